import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { StaffReport } from '../../../types/community'
import type { ReportStatus } from '../../../types/community-words'
import { REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS } from '../../../types/community-words'
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
import ReportQueueCard from './parts/ReportQueueCard'
import { useQueueFilter } from './useQueueFilter'

const STATUSES: ReportStatus[] = ['submitted', 'accepted', 'closed', 'rejected']
const STATUS_CHOICES = STATUSES.map((value) => ({ value, label: REPORT_STATUS_LABELS[value] }))

/** The queue as a table on a station PC; a row opens its card (and its steps) above the table. */
const REPORT_COLUMNS: DeskColumn<StaffReport>[] = [
  { key: 'ticketNo', title: '编号', sortBy: (r) => r.ticketNo, cell: (r) => r.ticketNo },
  { key: 'category', title: '类别', sortBy: (r) => REPORT_CATEGORY_LABELS[r.category], cell: (r) => REPORT_CATEGORY_LABELS[r.category] },
  { key: 'createdAt', title: '提交时间', sortBy: (r) => Date.parse(r.createdAt), cell: (r) => chinaMoment(r.createdAt) },
  { key: 'occurredAt', title: '发生时间', sortBy: (r) => (r.occurredAt ? Date.parse(r.occurredAt) : undefined), cell: (r) => (r.occurredAt ? chinaMoment(r.occurredAt) : '') },
  { key: 'text', title: '内容', cell: (r) => (r.text.length > 40 ? `${r.text.slice(0, 40)}…` : r.text) },
  { key: 'contact', title: '联系电话', sortBy: (r) => r.contact, cell: (r) => (r.anonymous ? '匿名' : (r.contact ?? '未留电话')) },
  { key: 'status', title: '状态', sortBy: (r) => REPORT_STATUS_LABELS[r.status], cell: (r) => <DeskTag text={REPORT_STATUS_LABELS[r.status]} /> },
]

/** 举报线索, oldest first in each state: what waits longest comes first. */
export default function ReportQueuePage() {
  const filter = useQueueFilter<ReportStatus>('submitted')
  const list = usePagedList(
    (cursor, limit) => call('community', 'listReports', { status: filter.status, ...filter.station, limit, ...(cursor ? { cursor } : {}) }),
    [filter.status, filter.station.stationId],
  )
  const desk = useDeskWidth()
  const [openedNo, setOpenedNo] = useState<string | null>(null)
  return (
    <StaffPage title='举报线索' wide>
      <DeskLayout
        side={
          <>
            <ChoiceChips label='状态' choices={STATUS_CHOICES} value={filter.status} onChange={filter.setStatus} />
            {filter.role.isAdmin ? <StationPicker label='派出所' value={filter.stationId} onChange={filter.setStationId} anyLabel='全部' /> : null}
          </>
        }
      >
        <PageState remote={list.remote} loadingText='正在读取线索…' emptyTitle='这个状态下没有线索'>
          {({ items, nextCursor }) => {
            const opened = desk ? items.find((r) => r.ticketNo === openedNo) : undefined
            return (
              <View>
                {opened ? <ReportQueueCard key={opened.ticketNo} report={opened} onChanged={list.remote.retry} /> : null}
                <DeskTable
                  caption='举报线索（点列名排序，点一行在上方处理）'
                  columns={REPORT_COLUMNS}
                  rows={items}
                  rowKey={(r) => r.ticketNo}
                  onOpen={(r) => {
                    setOpenedNo(r.ticketNo)
                    // The card opens above the table: bring it into view.
                    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
                  }}
                  openedKey={opened?.ticketNo}
                  openHint='在上方打开这条线索'
                  phone={items.map((r) => (
                    <ReportQueueCard key={r.ticketNo} report={r} onChanged={list.remote.retry} />
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
