import Taro from '@tarojs/taro'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import VisitBookingForm from '../../components/VisitBookingForm'
import { visitUrls } from '../../components/VisitWords/urls'
import { useVisitSession } from '../useVisitPages'

/** The booking form of one session; once booked, the booking (queue number, QR) replaces it. */
export default function BookPage() {
  const session = useVisitSession()
  return (
    <Page>
      <PageState remote={session} loadingText="正在打开预约…" emptyTitle="没有找到这一场" errorTitles={{ NOT_FOUND: '没有找到这一场' }}>
        {(s) => <VisitBookingForm session={s} onBooked={(booked) => Taro.redirectTo({ url: visitUrls.booking(booked.bookingId, { fresh: true }) })} />}
      </PageState>
    </Page>
  )
}
