import { View } from '@tarojs/components'
import type { ActionOutput } from '@/types'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import { sessionWhen } from '../../components/VisitWords'
import ChoiceChips from '../components/ChoiceChips'
import DeskLayout from '../components/DeskLayout'
import DeskTable, { type DeskColumn } from '../components/DeskTable'
import DeskTag from '../components/DeskTable/DeskTag'
import ListFoot from '../components/ListFoot'
import ListRow from '../components/ListRow'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { openConsolePage } from '../navigation'
import { useStationSessions, WHEN_CHOICES } from './useStationSessions'
import { visitConsoleUrls } from './urls'

type StationSession = ActionOutput<'visits', 'listStationSessions'>['items'][number]

function sessionState(s: StationSession): { text: string; tone: 'plain' | 'warning' } | undefined {
  if (s.status === 'cancelled') return { text: '已取消', tone: 'warning' }
  if (Date.parse(s.endsAt) < Date.now()) return { text: '已结束', tone: 'plain' }
  return undefined
}

/** The sessions as a table on a station PC. */
const SESSION_COLUMNS: DeskColumn<StationSession>[] = [
  { key: 'place', title: '地点', sortBy: (s) => s.place.name, cell: (s) => s.place.name },
  { key: 'when', title: '时间', sortBy: (s) => Date.parse(s.startsAt), cell: (s) => sessionWhen(s) },
  { key: 'title', title: '主题', sortBy: (s) => s.title, cell: (s) => s.title },
  { key: 'station', title: '派出所', fit: true, sortBy: (s) => s.stationName, cell: (s) => s.stationName },
  {
    key: 'state',
    title: '状态',
    fit: true,
    sortBy: (s) => sessionState(s)?.text ?? '待开始',
    cell: (s) => {
      const state = sessionState(s)
      return state ? <DeskTag text={state.text} tone={state.tone} /> : '待开始'
    },
  },
  { key: 'booked', title: '已约/名额', align: 'end', sortBy: (s) => s.booked, cell: (s) => `${s.booked}/${s.capacity}` },
]

/**
 * The sessions of my station (admins: all, or one), in two tabs: the ones still to run soonest first,
 * the ones that ended latest first; the day's work is one tap away.
 */
export default function VisitSessionsPage() {
  const { role, when, setWhen, stationId, setStationId, list } = useStationSessions()
  const open = (s: StationSession) => openConsolePage(visitConsoleUrls.roster(s.sessionId))
  return (
    <StaffPage title="流动警务室" wide>
      <DeskLayout
        side={
          <>
            <View className="staff-page__actions">
              <ActionButton onClick={() => openConsolePage(visitConsoleUrls.checkIn)} hint="扫居民的签到码，或输入签到码">
                扫码签到
              </ActionButton>
              <ActionButton tone="secondary" onClick={() => openConsolePage(visitConsoleUrls.edit())}>
                发布新的一场
              </ActionButton>
              <ActionButton tone="secondary" onClick={() => openConsolePage(visitConsoleUrls.requests)}>
                相约上门
              </ActionButton>
              <ActionButton tone="quiet" onClick={() => openConsolePage(visitConsoleUrls.outbox)}>
                提醒和通知的发送记录
              </ActionButton>
            </View>
            <ChoiceChips label="场次" choices={WHEN_CHOICES} value={when} onChange={setWhen} />
            {role.isAdmin ? <StationPicker label="派出所" value={stationId} onChange={setStationId} anyLabel="全部" /> : null}
          </>
        }
      >
        <PageState
          remote={list.remote}
          loadingText="正在读取场次…"
          emptyTitle={when === 'upcoming' ? '没有即将进行的场次' : '还没有结束的场次'}
          emptyHint={when === 'upcoming' ? '点“发布新的一场”，定好时间、地点和名额；也可以在已结束的场次里“复制为新的一场”。' : undefined}
        >
          {({ items }) => (
            <>
              <DeskTable
                caption="场次（点列名排序，点一行打开预约名单）"
                columns={SESSION_COLUMNS}
                rows={items}
                rowKey={(s) => s.sessionId}
                onOpen={open}
                openHint="打开预约名单"
                phone={
                  <View className="jmt-card">
                    {items.map((s) => {
                      const state = sessionState(s)
                      return (
                        <ListRow
                          key={s.sessionId}
                          title={s.place.name}
                          tag={state?.text}
                          tagTone={state?.tone}
                          lines={[sessionWhen(s), `${s.title} · ${s.stationName}`]}
                          aside={`${s.booked}/${s.capacity}`}
                          onClick={() => open(s)}
                        />
                      )
                    })}
                  </View>
                }
              />
              <ListFoot list={list} />
            </>
          )}
        </PageState>
      </DeskLayout>
    </StaffPage>
  )
}
