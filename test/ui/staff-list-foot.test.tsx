import { fireEvent, render, screen } from '@testing-library/react'
import VisitOutboxPage from '@/staff/visits/outbox'
import { DESK, PHONE, windowWidth } from './desk-width'
import { fakeStaffCloud, OFFICER } from './staff-cloud'

/** Every console list ends the same way (ListFoot): numbered pages on a desk, 加载更多 on a phone. */
const message = (n: number) => ({
  id: `m${n}`,
  templateId: 'local-visit-reminder',
  page: 'visits/booking/index?bookingId=b1',
  data: { thing1: { value: `第 ${n} 条提醒` } },
  status: 'sent',
  sentAt: '2026-11-20T08:00:00.000Z',
})

function outboxCloud() {
  return fakeStaffCloud({
    'org.whoami': () => OFFICER,
    'visits.outbox': ({ cursor }) => (cursor === 'page-2' ? { items: [message(3)] } : { items: [message(1), message(2)], nextCursor: 'page-2' }),
  })
}

describe('the foot of a console list (the send record as the example)', () => {
  afterEach(() => windowWidth(PHONE))

  it('on a phone reads on with 加载更多, then says all is shown', async () => {
    windowWidth(PHONE)
    const calls = outboxCloud()
    render(<VisitOutboxPage />)
    fireEvent.click(await screen.findByText('加载更多'))
    expect(await screen.findByText('第 3 条提醒')).toBeInTheDocument()
    expect(screen.getByText('第 1 条提醒')).toBeInTheDocument()
    expect(screen.getByText('已经全部显示')).toBeInTheDocument()
    expect(calls.filter((c) => c.action === 'outbox').map((c) => c.data.cursor)).toEqual([undefined, 'page-2'])
  })

  it('on a desk opens the next page by number, with no 加载更多 that cannot load', async () => {
    windowWidth(DESK)
    const calls = outboxCloud()
    render(<VisitOutboxPage />)
    expect(await screen.findByText('第 1 条提醒')).toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '第 2 页' }))
    expect(await screen.findByText('第 3 条提醒')).toBeInTheDocument()
    expect(screen.queryByText('第 1 条提醒')).not.toBeInTheDocument()
    expect(calls.filter((c) => c.action === 'outbox').map((c) => c.data.cursor)).toEqual([undefined, 'page-2'])
  })
})
