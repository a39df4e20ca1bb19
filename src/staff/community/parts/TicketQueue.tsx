import { Fragment, type ReactNode, useState } from 'react'
import { View } from '@tarojs/components'
import type { TicketFlow } from '@/types/tickets'
import PageState from '@/components/PageState'
import Taro from '@tarojs/taro'
import ChoiceChips from '../../components/ChoiceChips'
import DeskLayout from '../../components/DeskLayout'
import DeskTable, { type DeskColumn } from '../../components/DeskTable'
import ListFoot from '../../components/ListFoot'
import StaffPage from '../../components/StaffPage'
import StationPicker from '../../components/StationPicker'
import { useDeskWidth } from '../../hooks/useDeskWidth'
import { usePagedList } from '../../hooks/usePagedList'
import { useQueueFilter } from '../useQueueFilter'

interface TicketQueueProps<S extends string, T extends { ticketNo: string }> {
  title: string
  flow: TicketFlow<S>
  /** One page of the station's tickets in `status` (the list action of the kind). */
  load: (query: { status: S; stationId?: string; limit: number; cursor?: string }) => Promise<{ items: T[]; nextCursor?: string }>
  loadingText: string
  emptyTitle: string
  card: (ticket: T, onChanged: () => void) => ReactNode
  /** The queue as a table on a desk-wide screen; a row opens its card above the table. */
  columns: DeskColumn<T>[]
}

/**
 * The console's queue of one kind of ticket, oldest first in each state — what waits longest comes
 * first — with the states of its flow to choose from and, for admins, a station.
 */
export default function TicketQueue<S extends string, T extends { ticketNo: string }>({
  title,
  flow,
  load,
  loadingText,
  emptyTitle,
  card,
  columns,
}: TicketQueueProps<S, T>) {
  const filter = useQueueFilter<S>(flow.first)
  const choices = (Object.keys(flow.labels) as S[]).map((value) => ({ value, label: flow.labels[value] }))
  const list = usePagedList((cursor, limit) => load({ status: filter.status, ...filter.station, limit, cursor }), [filter.status, filter.station.stationId])
  const desk = useDeskWidth()
  const [openedNo, setOpenedNo] = useState<string | null>(null)
  return (
    <StaffPage title={title} wide>
      <DeskLayout
        side={
          <>
            <ChoiceChips label="状态" choices={choices} value={filter.status} onChange={filter.setStatus} />
            {filter.role.isAdmin ? <StationPicker label="派出所" value={filter.stationId} onChange={filter.setStationId} anyLabel="全部" /> : null}
          </>
        }
      >
        <PageState remote={list.remote} loadingText={loadingText} emptyTitle={emptyTitle}>
          {({ items }) => {
            const opened = desk ? items.find((t) => t.ticketNo === openedNo) : undefined
            return (
              <View>
                {opened ? <Fragment key={opened.ticketNo}>{card(opened, list.remote.retry)}</Fragment> : null}
                <DeskTable
                  caption={`${title}（点列名排序，点一行在上方处理）`}
                  columns={columns}
                  rows={items}
                  rowKey={(t) => t.ticketNo}
                  onOpen={(t) => {
                    setOpenedNo(t.ticketNo)
                    // The card opens above the table: bring it into view.
                    void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined)
                  }}
                  openedKey={opened?.ticketNo}
                  openHint="在上方打开"
                  phone={items.map((ticket) => (
                    <Fragment key={ticket.ticketNo}>{card(ticket, list.remote.retry)}</Fragment>
                  ))}
                />
                <ListFoot list={list} />
              </View>
            )
          }}
        </PageState>
      </DeskLayout>
    </StaffPage>
  )
}
