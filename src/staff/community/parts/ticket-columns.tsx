import { chinaMoment } from '../../../components/VisitWords'
import type { DeskColumn } from '../../components/DeskTable'
import DeskTag from '../../components/DeskTable/DeskTag'

interface TicketRow<C extends string, S extends string> {
  ticketNo: string
  category: C
  status: S
  createdAt: string
}

/**
 * A ticket queue's table on a station PC: the columns every kind has (number, category, when it came
 * in, state) around the kind's own. A row opens its card (and its steps) above the table.
 */
export function ticketColumns<C extends string, S extends string, T extends TicketRow<C, S>>(
  labels: { category: Record<C, string>; status: Record<S, string>; createdAt: string },
  own: DeskColumn<T>[],
): DeskColumn<T>[] {
  return [
    { key: 'ticketNo', title: '编号', fit: true, sortBy: (t) => t.ticketNo, cell: (t) => t.ticketNo },
    { key: 'category', title: '类别', fit: true, sortBy: (t) => labels.category[t.category], cell: (t) => labels.category[t.category] },
    { key: 'createdAt', title: labels.createdAt, fit: true, sortBy: (t) => Date.parse(t.createdAt), cell: (t) => chinaMoment(t.createdAt) },
    ...own,
    { key: 'status', title: '状态', fit: true, sortBy: (t) => labels.status[t.status], cell: (t) => <DeskTag text={labels.status[t.status]} /> },
  ]
}
