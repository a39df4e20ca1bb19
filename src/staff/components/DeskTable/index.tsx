import { type ReactNode, useState } from 'react'
import { useDeskWidth } from '../../hooks/useDeskWidth'
import { type SortDirection, type SortValue, sortRows } from './sort'
import './index.css'

export interface DeskColumn<T> {
  key: string
  title: string
  cell: (row: T) => ReactNode
  /** Makes the column sortable, by this value of each row. */
  sortBy?: (row: T) => SortValue
  /** Numbers and counts line up on the right. */
  align?: 'start' | 'end'
  /** Short values (names, codes, phone numbers, times) kept on one line; the other columns wrap around them. */
  fit?: boolean
}

interface DeskTableProps<T> {
  /** Names the table for screen readers, e.g. 联系牌. */
  caption: string
  columns: DeskColumn<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  /** Opening a row (click, or Enter on its first cell); rows without it are read-only. */
  onOpen?: (row: T) => void
  /** The row whose details are on screen beside the table (marked aria-current). */
  openedKey?: string
  /** The first cell's tooltip, e.g. 打开名单. */
  openHint?: string
  /** The list as the phone shows it: what a mini-program and a narrow browser render instead of the table. */
  phone: ReactNode
}

const cellClass = (column: Pick<DeskColumn<never>, 'align' | 'fit'>) =>
  `desk-table__cell desk-table__cell--${column.align ?? 'start'}${column.fit ? ' desk-table__cell--fit' : ''}`

interface Sorting {
  key: string
  direction: SortDirection
}

/**
 * A list as a sortable table on a screen 1024 px or wider (H5), with real table semantics: a caption,
 * column headers with aria-sort, rows that open from the keyboard. Elsewhere the phone's card list.
 * Sorting orders the rows on screen (one page) and starts in the server's order.
 */
export default function DeskTable<T>({ caption, columns, rows, rowKey, onOpen, openedKey, openHint = '打开', phone }: DeskTableProps<T>) {
  const desk = useDeskWidth()
  const [sorting, setSorting] = useState<Sorting | null>(null)
  // Native table elements exist only in the browser build; a mini-program never reaches this branch.
  if (process.env.TARO_ENV !== 'h5' || !desk) return <>{phone}</>

  const sortColumn = sorting ? columns.find((c) => c.key === sorting.key && c.sortBy) : undefined
  const shown = sortColumn?.sortBy && sorting ? sortRows(rows, sortColumn.sortBy, sorting.direction) : rows
  const sortOn = (key: string) => setSorting((now) => ({ key, direction: now?.key === key && now.direction === 'ascending' ? 'descending' : 'ascending' }))

  return (
    <table className="desk-table">
      <caption className="desk-table__caption">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => {
            const direction = sorting?.key === column.key ? sorting.direction : undefined
            return (
              <th
                key={column.key}
                scope="col"
                className={`desk-table__head desk-table__cell--${column.align ?? 'start'}`}
                aria-sort={column.sortBy ? (direction ?? 'none') : undefined}
              >
                {column.sortBy ? (
                  <button type="button" className="desk-table__sort" onClick={() => sortOn(column.key)} title={`按${column.title}排序（本页）`}>
                    {column.title}
                    <span className="desk-table__arrow" aria-hidden="true">
                      {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
                    </span>
                  </button>
                ) : (
                  column.title
                )}
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr
            key={rowKey(row)}
            className={['desk-table__row', onOpen ? 'desk-table__row--open' : '', openedKey === rowKey(row) ? 'desk-table__row--opened' : '']
              .filter(Boolean)
              .join(' ')}
            aria-current={openedKey === rowKey(row) ? 'true' : undefined}
            onClick={onOpen ? () => onOpen(row) : undefined}
          >
            {columns.map((column, i) =>
              i === 0 ? (
                <th key={column.key} scope="row" className={cellClass(column)}>
                  {onOpen ? (
                    // The row's click opens it; this button gives the row its place in the tab order, and
                    // Enter or Space on it is a click that reaches the row.
                    <button type="button" className="desk-table__open" title={openHint}>
                      {column.cell(row)}
                    </button>
                  ) : (
                    column.cell(row)
                  )}
                </th>
              ) : (
                <td key={column.key} className={cellClass(column)}>
                  {column.cell(row)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
