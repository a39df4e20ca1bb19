import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import MyBookingsPage from '@/visits/mine/index'
import { fakeStaffCloud } from './staff-cloud'
import { stubToastAndModal } from './toast-and-modal'
import { myBooking } from './visits-fixtures'
import type { TaroHooks } from './taro-hooks'

jest.mock('@tarojs/taro', () => jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useDidShow: () => undefined }))

const { showModal } = stubToastAndModal()

const future = { startsAt: '2099-12-01T01:00:00.000Z', endsAt: '2099-12-01T03:30:00.000Z' }

describe('我的预约', () => {
  it('offers cancel only for active bookings of sessions that have not started', async () => {
    fakeStaffCloud({
      'visits.myBookings': () => ({
        items: [
          myBooking({ bookingId: 'active', session: { ...myBooking().session, ...future } }),
          myBooking({ bookingId: 'gone', status: 'cancelled', queueNo: 4, session: { ...myBooking().session, ...future } }),
          myBooking({
            bookingId: 'past',
            status: 'attended',
            queueNo: 2,
            session: { ...myBooking().session, startsAt: '2020-01-01T01:00:00.000Z', endsAt: '2020-01-01T03:00:00.000Z' },
          }),
        ],
      }),
    })
    render(<MyBookingsPage />)

    expect(await screen.findByText('第 13 号 · 居住证')).toBeInTheDocument()
    expect(screen.getByText('已取消')).toBeInTheDocument()
    expect(screen.getByText('已签到')).toBeInTheDocument()
    expect(screen.getAllByText('取消预约')).toHaveLength(1)
    // The cancelled booking holds no place: no queue number, no check-in code to look at.
    expect(screen.queryByText('第 4 号 · 居住证')).not.toBeInTheDocument()
    expect(screen.getAllByText('查看签到码 ›')).toHaveLength(1)
  })

  it('cancels after a confirmation and reloads the list', async () => {
    let status: 'booked' | 'cancelled' = 'booked'
    const calls = fakeStaffCloud({
      'visits.myBookings': () => ({ items: [myBooking({ status, session: { ...myBooking().session, ...future } })] }),
      'visits.cancel': () => {
        status = 'cancelled'
        return { status: 'cancelled' }
      },
    })
    render(<MyBookingsPage />)

    fireEvent.click(await screen.findByText('取消预约'))

    // The list loads again (a loading state in between), then shows the booking cancelled.
    expect(await screen.findByText('已取消')).toBeInTheDocument()
    expect(screen.queryByText('取消预约')).not.toBeInTheDocument()
    expect(calls.filter((c) => c.action === 'cancel').map((c) => c.data)).toEqual([{ bookingId: 'bk-1' }])
    expect(calls.filter((c) => c.action === 'myBookings')).toHaveLength(2)
  })

  it('keeps the booking when the person answers 不取消', async () => {
    const calls = fakeStaffCloud({ 'visits.myBookings': () => ({ items: [myBooking({ session: { ...myBooking().session, ...future } })] }) })
    showModal.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<MyBookingsPage />)

    fireEvent.click(await screen.findByText('取消预约'))

    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ cancelText: '不取消' })))
    // Whatever the answer sets off would have started by now.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(calls.map((c) => c.action)).toEqual(['myBookings'])
    expect(screen.getByText('取消预约')).toBeInTheDocument()
  })

  it('pages: 加载更多 asks for the next page with its cursor and shows both pages', async () => {
    const calls = fakeStaffCloud({
      'visits.myBookings': (data) => {
        const cursor = (data as { cursor?: string }).cursor
        return cursor
          ? { items: [myBooking({ bookingId: 'older', queueNo: 7, matter: '户籍咨询' })] }
          : { items: [myBooking({ bookingId: 'newer', queueNo: 13 })], nextCursor: 'page-2' }
      },
    })
    render(<MyBookingsPage />)
    expect(await screen.findByText('第 13 号 · 居住证')).toBeInTheDocument()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('第 7 号 · 户籍咨询')).toBeInTheDocument()
    expect(screen.getByText('第 13 号 · 居住证')).toBeInTheDocument()
    expect(screen.queryByText('加载更多')).not.toBeInTheDocument()
    expect(calls.filter((c) => c.action === 'myBookings').map((c) => (c.data as { cursor?: string }).cursor)).toEqual([undefined, 'page-2'])
  })
})
