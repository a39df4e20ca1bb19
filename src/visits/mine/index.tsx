import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import PagedMore from '../../components/PagedMore'
import VisitBookingCard from '../../components/VisitBookingCard'
import { visitUrls } from '../../components/VisitWords/urls'
import { usePaged } from '../../hooks/usePaged'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { confirmAndCancel } from '../cancel'
import '../pages.css'

/** My bookings, newest first, each with its number and a cancel while it can still be cancelled. */
export default function MyBookingsPage() {
  const paged = usePaged((cursor) => call('visits', 'myBookings', { limit: 20, cursor }))
  const bookings = paged.remote
  useReloadOnShow(bookings.retry)
  return (
    <Page>
      <PageState remote={bookings} loadingText="正在查看我的预约…" emptyTitle="还没有预约" emptyHint="在“流动警务室”里选一场，预约后就能看到排队号和签到码。">
        {({ items }) => (
          <View>
            {items.map((booking) => (
              <VisitBookingCard
                key={booking.bookingId}
                booking={booking}
                onOpen={(bookingId) => Taro.navigateTo({ url: visitUrls.booking(bookingId) })}
                onCancel={(bookingId) => {
                  confirmAndCancel(bookingId).then((done) => done && bookings.retry())
                }}
              />
            ))}
            <PagedMore paged={paged} />
          </View>
        )}
      </PageState>
      <View className="visit-page__actions">
        <ActionButton tone="secondary" onClick={() => Taro.switchTab({ url: visitUrls.tab })}>
          看看近期的流动警务室
        </ActionButton>
      </View>
    </Page>
  )
}
