import { Text, View } from '@tarojs/components'
import { maskPhone } from '@/types/masking'
import PageState from '../../components/PageState'
import { chinaTime } from '../../time/china'
import { sessionWhen } from '../../components/VisitWords'
import NoticeCard from '../components/NoticeCard'
import PrintButton from '../components/PrintButton'
import StaffPage from '../components/StaffPage'
import { SESSION_MISSING, useRoster, useSessionParam } from './useConsoleSession'
import '../print.css'
import './signsheet.css'

/** Empty lines at the end of the sheet for people who walk up without a booking. */
const WALK_UP_LINES = 6

/**
 * 签到表: the session's bookings on paper, one line each for a signature, and a few empty lines for
 * walk-ups. A4 from the browser (H5); in the mini-program the same page with a hint, since it cannot
 * print. Phones are masked: the sheet lies on a table in public. No check-in codes either.
 */
export default function VisitSignSheetPage() {
  const roster = useRoster(useSessionParam())
  return (
    <StaffPage className="print-page sign-sheet-page">
      <PageState remote={roster} loadingText="正在生成签到表…" {...SESSION_MISSING}>
        {({ session, items }) => {
          const waiting = items.filter((i) => i.status !== 'cancelled')
          return (
            <>
              <View className="print-page__controls sign-sheet-page__controls">
                {session.status === 'cancelled' ? <NoticeCard tone="warning" title="这一场已经取消" text={session.cancelReason ?? ''} /> : null}
                <PrintButton hint="A4 纵向，黑白即可" />
              </View>
              <View className="sign-sheet">
                <Text className="sign-sheet__title">{`${session.title} 签到表`}</Text>
                <Text className="sign-sheet__meta">{`${session.stationName} · ${session.place.name}（${session.place.address}）`}</Text>
                <Text className="sign-sheet__meta">{`${sessionWhen(session)} · 已约 ${waiting.length} 人`}</Text>
                <View className="sign-sheet__table" role="table">
                  <View className="sign-sheet__row sign-sheet__row--head" role="row">
                    <Text className="sign-sheet__cell sign-sheet__cell--no">号</Text>
                    <Text className="sign-sheet__cell sign-sheet__cell--time">预计</Text>
                    <Text className="sign-sheet__cell sign-sheet__cell--name">姓名</Text>
                    <Text className="sign-sheet__cell sign-sheet__cell--phone">电话</Text>
                    <Text className="sign-sheet__cell sign-sheet__cell--matter">事项</Text>
                    <Text className="sign-sheet__cell sign-sheet__cell--sign">签名</Text>
                  </View>
                  {waiting.map((entry) => (
                    <View className="sign-sheet__row" role="row" key={entry.bookingId}>
                      <Text className="sign-sheet__cell sign-sheet__cell--no">{entry.queueNo}</Text>
                      <Text className="sign-sheet__cell sign-sheet__cell--time">{chinaTime(entry.expectedAt) ?? ''}</Text>
                      <Text className="sign-sheet__cell sign-sheet__cell--name">{entry.name}</Text>
                      <Text className="sign-sheet__cell sign-sheet__cell--phone">{maskPhone(entry.phone)}</Text>
                      <Text className="sign-sheet__cell sign-sheet__cell--matter">{entry.matter}</Text>
                      <Text className="sign-sheet__cell sign-sheet__cell--sign">{entry.status === 'attended' ? '已签到' : ''}</Text>
                    </View>
                  ))}
                  {Array.from({ length: WALK_UP_LINES }, (_, i) => (
                    <View className="sign-sheet__row sign-sheet__row--blank" role="row" key={`walk-up-${i}`}>
                      <Text className="sign-sheet__cell sign-sheet__cell--no" />
                      <Text className="sign-sheet__cell sign-sheet__cell--time" />
                      <Text className="sign-sheet__cell sign-sheet__cell--name" />
                      <Text className="sign-sheet__cell sign-sheet__cell--phone" />
                      <Text className="sign-sheet__cell sign-sheet__cell--matter" />
                      <Text className="sign-sheet__cell sign-sheet__cell--sign" />
                    </View>
                  ))}
                </View>
                <Text className="sign-sheet__foot">空白行供未预约的居民登记。本表含居民个人信息，用后请交回派出所统一销毁。</Text>
              </View>
            </>
          )
        }}
      </PageState>
    </StaffPage>
  )
}
