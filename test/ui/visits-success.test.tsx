import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import jsQR from 'jsqr'
import { create } from 'qrcode'
import BookingPage from '@/visits/booking/index'
import { qrRows } from '@/components/VisitQr'
import { type CloudCall, fakeStaffCloud } from './staff-cloud'
import { stubToastAndModal } from './toast-and-modal'
import { myBooking } from './visits-fixtures'
import type { TaroHooks } from './taro-hooks'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () =>
  jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useRouter: () => ({ params, path: '/visits/booking/index' }), useDidShow: () => undefined }),
)

const { showModal } = stubToastAndModal()

// The session of the fixture is on 2026-12-01; cancelling is offered only before it starts.
jest.useFakeTimers({
  now: new Date('2026-11-25T00:00:00Z'),
  doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'nextTick', 'setImmediate'],
})

describe('the success page', () => {
  it('shows the queue number, the expected time in China time and a QR of the check-in code', async () => {
    params = { bookingId: 'bk-1', fresh: '1' }
    const calls = fakeStaffCloud({ 'visits.getBooking': () => myBooking() })
    render(<BookingPage />)

    expect(await screen.findByText('预约成功')).toBeInTheDocument()
    expect(screen.getByText('第 13 号')).toBeInTheDocument()
    // 01:40 UTC is 09:40 in Beijing, whatever the zone of the test machine.
    expect(screen.getByText('预计办理时间')).toBeInTheDocument()
    expect(screen.getByText('12月1日 周二 09:40')).toBeInTheDocument()
    expect(screen.getByText('签到码 K7M2Q9XA')).toBeInTheDocument()
    expect(screen.getByText('138****0011')).toBeInTheDocument()
    expect(calls).toEqual([{ fn: 'visits', action: 'getBooking', data: { bookingId: 'bk-1' } }])

    const qr = screen.getByRole('img', { name: '签到码 K7M2Q9XA 的二维码' })
    expect(qr).toHaveAttribute('data-qr', 'K7M2Q9XA')
    const size = create('K7M2Q9XA', { errorCorrectionLevel: 'M' }).modules.size
    expect(qr.children).toHaveLength(size + 4)
    const dark = qr.querySelectorAll('.visit-qr__run--dark').length
    expect(dark).toBeGreaterThan(size)
  })

  it('draws the modules of the code, row by row', () => {
    const { modules } = create('K7M2Q9XA', { errorCorrectionLevel: 'M' })
    const rows = qrRows('K7M2Q9XA', 0)
    const drawn = rows.map((runs) => runs.flatMap((run) => Array<number>(run.length).fill(run.dark ? 1 : 0)))
    const expected = Array.from({ length: modules.size }, (_, y) => Array.from({ length: modules.size }, (_, x) => (modules.get(y, x) ? 1 : 0)))
    expect(drawn).toEqual(expected)
    expect(qrRows('K7M2Q9XA', 0)).not.toEqual(qrRows('K7M2Q9XB', 0))
  })

  it('draws rows that a scanner reads back as the check-in code', () => {
    const scale = 6
    const rows = qrRows('K7M2Q9XA')
    const size = rows.length * scale
    const pixels = new Uint8ClampedArray(size * size * 4).fill(255)
    rows.forEach((runs, y) => {
      let x = 0
      for (const run of runs) {
        for (let i = 0; i < run.length; i += 1, x += 1) {
          if (!run.dark) continue
          for (let dy = 0; dy < scale; dy += 1) {
            for (let dx = 0; dx < scale; dx += 1) {
              const at = ((y * scale + dy) * size + x * scale + dx) * 4
              pixels.fill(0, at, at + 3)
            }
          }
        }
      }
    })
    expect(jsQR(pixels, size, size)?.data).toBe('K7M2Q9XA')
  })

  it('cancels after a confirmation and then shows the booking as cancelled, without its QR', async () => {
    params = { bookingId: 'bk-1' }
    let status: 'booked' | 'cancelled' = 'booked'
    const calls: CloudCall[] = fakeStaffCloud({
      'visits.getBooking': () => myBooking({ status }),
      'visits.cancel': () => {
        status = 'cancelled'
        return { status: 'cancelled' }
      },
    })
    render(<BookingPage />)
    expect(await screen.findByText('第 13 号')).toBeInTheDocument()
    expect(screen.queryByText('预约成功')).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('取消预约'))

    await waitFor(() => expect(screen.getByText('已取消')).toBeInTheDocument())
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消这个预约？' }))
    expect(calls.filter((c) => c.action === 'cancel').map((c) => c.data)).toEqual([{ bookingId: 'bk-1' }])
    expect(screen.queryByRole('img')).not.toBeInTheDocument()
    expect(screen.queryByText('取消预约')).not.toBeInTheDocument()
    expect(screen.queryByText('第 13 号')).not.toBeInTheDocument()
    expect(screen.queryByText('预计办理时间')).not.toBeInTheDocument()
    expect(screen.getByText(/这个预约已经取消/)).toBeInTheDocument()
  })
})
