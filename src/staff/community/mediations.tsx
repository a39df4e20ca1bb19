import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { StaffMediation } from '../../../types/community'
import type { MediationStatus } from '../../../types/community-words'
import { MEDIATION_CATEGORY_LABELS, MEDIATION_STATUS_LABELS } from '../../../types/community-words'
import { call } from '../../api'
import PageState from '../../components/PageState'
import { chinaMoment } from '../../components/VisitWords'
import ChoiceChips from '../components/ChoiceChips'
import DeskLayout from '../components/DeskLayout'
import DeskTable, { type DeskColumn } from '../components/DeskTable'
import DeskTag from '../components/DeskTable/DeskTag'
import ListFoot from '../components/ListFoot'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { useDeskWidth } from '../hooks/useDeskWidth'
import { usePagedList } from '../hooks/usePagedList'
import MediationQueueCard from './parts/MediationQueueCard'
import { useQueueFilter } from './useQueueFilter'

const STATUSES: MediationStatus[] = ['requested', 'accepted', 'scheduled', 'resolved', 'withdrawn']
const STATUS_CHOICES = STATUSES.map((value) => ({ value, label: MEDIATION_STATUS_LABELS[value] }))

/** The queue as a table on a station PC; a row opens its card (and its steps) above the table. */
const MEDIATION_COLUMNS: DeskColumn<StaffMediation>[] = [
  { key: 'ticketNo', title: '编号', sortBy: (m) => m.ticketNo, cell: (m) => m.ticketNo },
  { key: 'category', title: '类别', sortBy: (m) => MEDIATION_CATEGORY_LABELS[m.category], cell: (m) => MEDIATION_CATEGORY_LABELS[m.category] },
  { key: 'createdAt', title: '申请时间', sortBy: (m) => Date.parse(m.createdAt), cell: (m) => chinaMoment(m.createdAt) },
  { key: 'otherParty', title: '对方', sortBy: (m) => m.otherParty, cell: (m) => m.otherParty ?? '' },
  { key: 'scheduledAt', title: '约定时间', sortBy: (m) => (m.scheduledAt ? Date.parse(m.scheduledAt) : undefined), cell: (m) => (m.scheduledAt ? `${chinaMoment(m.scheduledAt)} ${m.place ?? ''}` : '') },
  { key: 'contact', title: '联系电话', sortBy: (m) => m.contact, cell: (m) => m.contact ?? '' },
  { key: 'status', title: '状态', sortBy: (m) => MEDIATION_STATUS_LABELS[m.status], cell: (m) => <DeskTag text={MEDIATION_STATUS_LABELS[m.status]} /> },
]

/** 矛盾纠纷调解 requests by state, oldest first. */
export default function MediationQueuePage() {
  const filter = useQueueFilter<MediationStatus>('requested')
  const list = usePagedList(
    (cursor, limit) => call('community', 'listMediations', { status: filter.status, ...filter.station, limit, ...(cursor ? { cursor } : {}) }),
    [filter.status, filter.station.stationId],
  )
  const desk = useDeskWidth()
  const [openedNo, setOpenedNo] = useState<string | null>(null)
  return (
    <StaffPage title='纠纷调解' wide>
      <DeskLayout
        side={
          <>
            <ChoiceChips label='状态' choices={STATUS_CHOICES} value={filter.status} onChange={filter.setStatus} />
            {filter.role.isAdmin ? <StationPicker label='派出所' value={filter.stationId} onChange={filter.setStationId} anyLabel='全部' /> : null}
          </>
        }
      >
        <PageState remote={list.remote} loadingText='正在读取调解申请…' emptyTitle='这个状态下没有调解申请'>
          {({ items, nextCursor }) => {
            const opened = desk ? items.find((m) => m.ticketNo === openedNo) : undefined
            return (
              <View>
                {opened ? <MediationQueueCard key={opened.ticketNo} mediation={opened} onChanged={list.remote.retry} /> : null}
                <DeskTable
                  caption='调解申请（点列名排序，点一行在上方处理）'
                  columns={MEDIATION_COLUMNS}
                  rows={items}
                  rowKey={(m) => m.ticketNo}
                  onOpen={(m) => {
                    setOpenedNo(m.ticketNo)
                    // The card opens above the table: bring it into view.
                    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
                  }}
                  openedKey={opened?.ticketNo}
                  openHint='在上方打开这份申请'
                  phone={items.map((m) => (
                    <MediationQueueCard key={m.ticketNo} mediation={m} onChanged={list.remote.retry} />
                  ))}
                />
                <ListFoot list={list} hasMore={Boolean(nextCursor)} />
              </View>
            )
          }}
        </PageState>
      </DeskLayout>
    </StaffPage>
  )
}
