import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import VisitRosterPage from '@/staff/visits/roster'
import { type CloudCall, fakeStaffCloud } from './staff-cloud'
import { stubToastAndModal } from './toast-and-modal'
import { typeInto } from './staff-form-input'
import { openSession } from './visits-fixtures'
import type { TaroHooks } from './taro-hooks'

jest.mock('@tarojs/taro', () =>
  jest
    .requireActual<TaroHooks>('./taro-hooks')
    .taroWith({ useRouter: () => ({ params: { sessionId: 'ses-market' }, path: '/staff/visits/roster' }), useDidShow: () => undefined }),
)

// A session well in the future, so it can still be changed and cancelled.
const session = openSession({ startsAt: '2099-12-01T01:00:00.000Z', endsAt: '2099-12-01T03:30:00.000Z', booked: 2 })
const ROSTER = {
  session,
  items: [
    {
      bookingId: 'bk-1',
      queueNo: 1,
      expectedAt: '2099-12-01T01:00:00.000Z',
      name: '刘阿姨',
      phone: '13800001001',
      matter: '居住证',
      status: 'booked',
      atCounter: false,
    },
    {
      bookingId: 'bk-2',
      queueNo: 2,
      expectedAt: '2099-12-01T01:06:00.000Z',
      name: '钱奶奶',
      phone: '13800002222',
      matter: '户籍咨询',
      status: 'booked',
      atCounter: true,
    },
  ],
}

const { showToast, showModal } = stubToastAndModal()

const actions = (calls: CloudCall[], action: string) => calls.filter((c) => c.action === action).map((c) => c.data)

describe('the roster', () => {
  it('lists bookings in queue order with phones in full and who was booked at the counter', async () => {
    fakeStaffCloud({ 'visits.roster': () => ROSTER })
    render(<VisitRosterPage />)

    expect(await screen.findByText('1 号 刘阿姨')).toBeInTheDocument()
    expect(screen.getByText('13800001001 · 居住证')).toBeInTheDocument()
    expect(screen.getByText('13800002222 · 户籍咨询 · 代预约')).toBeInTheDocument()
    expect(screen.getByText('名单（2 人）')).toBeInTheDocument()
  })

  it('exports the roster as a CSV download that Excel reads as UTF-8', async () => {
    const calls = fakeStaffCloud({
      'visits.roster': () => ROSTER,
      'visits.exportRoster': () => ({ filename: '名单.csv', csv: '\uFEFF排队号,姓名\r\n1,刘阿姨\r\n' }),
    })
    const blobs: Blob[] = []
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob)
      return 'blob:roster'
    })
    URL.revokeObjectURL = jest.fn()
    const clicks: string[] = []
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download)
    })
    render(<VisitRosterPage />)

    fireEvent.click(await screen.findByText('导出名单'))

    await waitFor(() => expect(clicks).toEqual(['名单.csv']))
    expect(actions(calls, 'exportRoster')).toEqual([{ sessionId: 'ses-market' }])
    const bytes = new Uint8Array(await new Response(blobs[0]).arrayBuffer())
    // One BOM (EF BB BF), not two: the next byte starts 排 (E6 8E 92).
    expect(Array.from(bytes.slice(0, 4))).toEqual([0xef, 0xbb, 0xbf, 0xe6])
    // An export changes nothing: the desk is free again and the roster is not read a second time.
    await waitFor(() => expect(screen.getByText('导出名单').closest('[aria-disabled="true"], [disabled]')).toBeNull())
    expect(actions(calls, 'roster')).toHaveLength(1)
    click.mockRestore()
  })

  it('cancels the session only with a reason and after a confirmation', async () => {
    const calls = fakeStaffCloud({ 'visits.roster': () => ROSTER, 'visits.cancelSession': () => ({ sessionId: 'ses-market', cancelledBookings: 2 }) })
    render(<VisitRosterPage />)

    fireEvent.click(await screen.findByText('取消这一场'))
    fireEvent.click(screen.getByText('确认取消这一场'))
    expect(screen.getByRole('alert')).toHaveTextContent('请写明取消原因')
    expect(showModal).not.toHaveBeenCalled()

    typeInto('取消原因', '暴雨预警，改期另行通知')
    // The problem was about the missing reason: it goes as soon as one is written.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('确认取消这一场'))

    await waitFor(() => expect(actions(calls, 'cancelSession')).toEqual([{ sessionId: 'ses-market', reason: '暴雨预警，改期另行通知' }]))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消这一场？' }))
    await waitFor(() => expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消 2 个预约' })))
  })

  it('says so when the dialog cannot open, rather than doing nothing', async () => {
    showModal.mockRejectedValue({ errMsg: 'showModal:fail confirmText length should not larger than 4 Chinese characters' })
    const calls = fakeStaffCloud({ 'visits.roster': () => ROSTER, 'visits.cancelSession': () => ({ sessionId: 'ses-market', cancelledBookings: 2 }) })
    render(<VisitRosterPage />)

    fireEvent.click(await screen.findByText('取消这一场'))
    typeInto('取消原因', '暴雨预警，改期另行通知')
    fireEvent.click(screen.getByText('确认取消这一场'))

    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(actions(calls, 'cancelSession')).toEqual([])
  })
})
