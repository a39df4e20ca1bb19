import { Fragment, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { TicketFlow } from '@/types/tickets'
import PageState from '@/components/PageState'
import ChoiceChips from '../../components/ChoiceChips'
import LoadMore from '../../components/LoadMore'
import StaffPage from '../../components/StaffPage'
import StationPicker from '../../components/StationPicker'
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
}

/**
 * The console's queue of one kind of ticket, oldest first in each state — what waits longest comes
 * first — with the states of its flow to choose from and, for admins, a station.
 */
export default function TicketQueue<S extends string, T extends { ticketNo: string }>({ title, flow, load, loadingText, emptyTitle, card }: TicketQueueProps<S, T>) {
  const filter = useQueueFilter<S>(flow.first)
  const choices = (Object.keys(flow.labels) as S[]).map((value) => ({ value, label: flow.labels[value] }))
  const list = usePagedList((cursor) => load({ status: filter.status, ...filter.station, limit: 20, ...(cursor ? { cursor } : {}) }), [filter.status, filter.station.stationId])
  return (
    <StaffPage title={title}>
      <ChoiceChips label='状态' choices={choices} value={filter.status} onChange={filter.setStatus} />
      {filter.role.isAdmin ? <StationPicker label='派出所' value={filter.stationId} onChange={filter.setStationId} anyLabel='全部' /> : null}
      <PageState remote={list.remote} loadingText={loadingText} emptyTitle={emptyTitle}>
        {({ items, nextCursor }) => (
          <View>
            {items.map((ticket) => (
              <Fragment key={ticket.ticketNo}>{card(ticket, list.remote.retry)}</Fragment>
            ))}
            <LoadMore hasMore={Boolean(nextCursor)} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} />
          </View>
        )}
      </PageState>
    </StaffPage>
  )
}
