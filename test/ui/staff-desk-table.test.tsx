import { fireEvent, render, screen, within } from '@testing-library/react'
import { Text } from '@tarojs/components'
import DeskTable, { type DeskColumn } from '@/staff/components/DeskTable'
import Pager from '@/staff/components/Pager'
import { pageWindow } from '@/staff/components/Pager/window'
import { DESK, PHONE, windowWidth } from './desk-width'

interface Row {
  id: string
  name: string
  queue: number
  phone?: string
}

const ROWS: Row[] = [
  { id: 'a', name: '王芳', queue: 10, phone: '13800000003' },
  { id: 'b', name: '李明', queue: 2 },
  { id: 'c', name: '赵大爷', queue: 7, phone: '13800000001' },
]

const COLUMNS: DeskColumn<Row>[] = [
  { key: 'name', title: '姓名', sortBy: (r) => r.name, cell: (r) => r.name },
  { key: 'queue', title: '号', align: 'end', sortBy: (r) => r.queue, cell: (r) => `${r.queue} 号` },
  { key: 'phone', title: '电话', fit: true, sortBy: (r) => r.phone, cell: (r) => r.phone ?? '未留电话' },
  { key: 'note', title: '备注', cell: () => '' },
]

function renderTable(onOpen?: (row: Row) => void) {
  return render(<DeskTable caption="预约名单" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} onOpen={onOpen} phone={<Text>手机上的名单</Text>} />)
}

/** The first cell of every body row, top to bottom. */
const firstCells = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('rowheader')[0]?.textContent)

describe('DeskTable', () => {
  it('keeps the phone list on a phone-wide screen', () => {
    windowWidth(PHONE)
    renderTable()
    expect(screen.getByText('手机上的名单')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('is a table with a caption, column headers and the rows in server order on a desk-wide screen', () => {
    windowWidth(DESK)
    renderTable()
    expect(screen.queryByText('手机上的名单')).not.toBeInTheDocument()
    const table = screen.getByRole('table', { name: '预约名单' })
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent?.replace(/[↕▲▼]/g, '')),
    ).toEqual(['姓名', '号', '电话', '备注'])
    expect(within(table).getByRole('columnheader', { name: /姓名/ })).toHaveAttribute('aria-sort', 'none')
    // A column without sortBy has no sort button and no aria-sort.
    expect(within(table).getByRole('columnheader', { name: '备注' })).not.toHaveAttribute('aria-sort')
    expect(firstCells()).toEqual(['王芳', '李明', '赵大爷'])
  })

  it('keeps a fitted column on one line and lets the others wrap', () => {
    windowWidth(DESK)
    renderTable()
    const phone = screen.getByText('13800000003').closest('td')
    const note = phone?.nextElementSibling
    expect(phone).toHaveClass('desk-table__cell--fit')
    expect(note).not.toHaveClass('desk-table__cell--fit')
  })

  it('sorts by a column, ascending then descending, numbers as numbers', () => {
    windowWidth(DESK)
    renderTable()
    const queueHeader = screen.getByRole('columnheader', { name: /号/ })

    fireEvent.click(within(queueHeader).getByRole('button'))
    expect(queueHeader).toHaveAttribute('aria-sort', 'ascending')
    expect(firstCells()).toEqual(['李明', '赵大爷', '王芳'])

    fireEvent.click(within(queueHeader).getByRole('button'))
    expect(queueHeader).toHaveAttribute('aria-sort', 'descending')
    expect(firstCells()).toEqual(['王芳', '赵大爷', '李明'])
    expect(screen.getByRole('columnheader', { name: /姓名/ })).toHaveAttribute('aria-sort', 'none')
  })

  it('puts rows without a value last whichever way a column is sorted', () => {
    windowWidth(DESK)
    renderTable()
    const phoneSort = within(screen.getByRole('columnheader', { name: /电话/ })).getByRole('button')
    fireEvent.click(phoneSort)
    expect(firstCells()).toEqual(['赵大爷', '王芳', '李明'])
    fireEvent.click(phoneSort)
    expect(firstCells()).toEqual(['王芳', '赵大爷', '李明'])
  })

  it('opens a row from the button in its first cell, which has a place in the tab order', () => {
    windowWidth(DESK)
    const opened: string[] = []
    renderTable((row) => opened.push(row.id))
    const open = screen.getByRole('button', { name: '赵大爷' })
    expect(open.tagName).toBe('BUTTON')
    fireEvent.click(open)
    expect(opened).toEqual(['c'])
  })

  it('offers no open button on read-only rows', () => {
    windowWidth(DESK)
    renderTable()
    expect(screen.queryByRole('button', { name: '赵大爷' })).not.toBeInTheDocument()
    expect(screen.getByRole('rowheader', { name: '赵大爷' })).toBeInTheDocument()
  })
})

describe('Pager', () => {
  it('numbers the pages, marks the current one and opens another', () => {
    const went: number[] = []
    render(<Pager pager={{ page: 2, pages: 3, go: (n) => went.push(n) }} />)
    const nav = screen.getByRole('navigation', { name: '分页' })
    expect(within(nav).getByRole('button', { name: '第 2 页' })).toHaveAttribute('aria-current', 'page')
    expect(within(nav).getByRole('button', { name: '第 1 页' })).not.toHaveAttribute('aria-current')

    fireEvent.click(within(nav).getByRole('button', { name: '第 3 页' }))
    fireEvent.click(within(nav).getByRole('button', { name: '‹ 上一页' }))
    fireEvent.click(within(nav).getByRole('button', { name: '下一页 ›' }))
    fireEvent.click(within(nav).getByRole('button', { name: '第 2 页' }))
    expect(went).toEqual([3, 1, 3])
  })

  it('cannot step before the first page or after the last', () => {
    const { rerender } = render(<Pager pager={{ page: 1, pages: 2, go: () => undefined }} />)
    expect(screen.getByRole('button', { name: '‹ 上一页' })).toBeDisabled()
    expect(screen.getByRole('button', { name: '下一页 ›' })).toBeEnabled()
    rerender(<Pager pager={{ page: 2, pages: 2, go: () => undefined }} />)
    expect(screen.getByRole('button', { name: '下一页 ›' })).toBeDisabled()
  })

  it('shows nothing for a single page', () => {
    render(<Pager pager={{ page: 1, pages: 1, go: () => undefined }} />)
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument()
  })

  it('leaves out far pages with a gap, keeping the first, the last and two either side', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(7, 20)).toEqual([1, 'gap', 5, 6, 7, 8, 9, 'gap', 20])
    expect(pageWindow(2, 9)).toEqual([1, 2, 3, 4, 'gap', 9])
  })
})
