import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '../../components/ActionButton'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import VisitTicket from '../../components/VisitTicket'
import { visitUrls } from '../../components/VisitWords/urls'
import { useNow } from '@/hooks/useNow'
import { confirmAndCancel } from '../cancel'
import { useMyBooking } from '../useVisitPages'
import { useParam } from '@/hooks/useParam'
import '../pages.css'

/** One booking: the success page right after booking, and the ticket shown on site later. */
export default function BookingPage() {
  const booking = useMyBooking()
  const fresh = useParam('fresh') === '1'
  const now = useNow()
  return (
    <Page>
      <PageState remote={booking} loadingText="正在打开预约…" emptyTitle="没有找到这个预约" errorTitles={{ NOT_FOUND: '没有找到这个预约' }}>
        {(b) => (
          <View>
            <VisitTicket booking={b} fresh={fresh} />
            <View className="visit-page__actions">
              <ActionButton tone="secondary" onClick={() => Taro.redirectTo({ url: visitUrls.mine })}>
                我的全部预约
              </ActionButton>
              {b.status === 'booked' && Date.parse(b.session.startsAt) > now ? (
                <ActionButton
                  tone="quiet"
                  onClick={() => {
                    confirmAndCancel(b.bookingId).then((done) => done && booking.retry())
                  }}
                >
                  取消预约
                </ActionButton>
              ) : null}
            </View>
          </View>
        )}
      </PageState>
    </Page>
  )
}
