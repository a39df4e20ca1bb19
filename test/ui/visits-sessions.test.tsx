import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { H5_PRIVACY_AGREED_KEY } from '@/privacy/authorization'
import VisitsPage from '@/pages/visits/index'
import { fakeStaffCloud } from './staff-cloud'
import { openSession } from './visits-fixtures'
import { keepWhole } from '@/text/keepWhole'
import type { TaroHooks } from './taro-hooks'

jest.mock('@tarojs/taro', () => jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useDidShow: () => undefined }))

describe('the 流动警务室 tab', () => {
  it('groups sessions by their China calendar day and says how many seats are left', async () => {
    const calls = fakeStaffCloud({
      'visits.listSessions': () => ({
        items: [
          openSession({
            sessionId: 'a',
            place: { name: '南关农贸市场东门', address: '南关什字' },
            startsAt: '2026-12-01T01:00:00.000Z',
            endsAt: '2026-12-01T04:00:00.000Z',
            seatsLeft: 24,
          }),
          openSession({
            sessionId: 'b',
            place: { name: '民主西路建筑工地', address: '民主西路' },
            startsAt: '2026-12-01T06:00:00.000Z',
            endsAt: '2026-12-01T08:00:00.000Z',
            seatsLeft: 0,
            bookingState: 'full',
          }),
          // 17:30 UTC on the 1st is 01:30 on the 2nd in China: the next day's heading.
          openSession({
            sessionId: 'c',
            place: { name: '夜市入口', address: '张掖路' },
            startsAt: '2026-12-01T17:30:00.000Z',
            endsAt: '2026-12-01T19:00:00.000Z',
            seatsLeft: 2,
          }),
        ],
      }),
    })
    render(<VisitsPage />)

    const first = (await screen.findByText('12月1日 周二')).parentElement as HTMLElement
    expect(within(first).getByText('南关农贸市场东门')).toBeInTheDocument()
    expect(within(first).getByText(keepWhole('09:00–12:00'))).toBeInTheDocument()
    expect(within(first).getByText('还剩 24 个名额')).toBeInTheDocument()
    expect(within(first).getByText('名额已满')).toBeInTheDocument()
    const second = screen.getByText('12月2日 周三').parentElement as HTMLElement
    expect(within(second).getByText('夜市入口')).toBeInTheDocument()
    expect(within(second).getByText(keepWhole('01:30–03:00'))).toBeInTheDocument()
    expect(within(first).queryByText('夜市入口')).not.toBeInTheDocument()
    expect(calls.map((c) => c.action)).toEqual(['listSessions'])
  })

  it('opens a session when its card is tapped', async () => {
    fakeStaffCloud({ 'visits.listSessions': () => ({ items: [openSession()] }) })
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<VisitsPage />)

    fireEvent.click(await screen.findByText('东岗农贸市场'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/visits/session/index?sessionId=ses-market' })
    navigateTo.mockRestore()
  })

  it('says so when nothing is planned', async () => {
    fakeStaffCloud({ 'visits.listSessions': () => ({ items: [] }) })
    render(<VisitsPage />)
    expect(await screen.findByText('近期还没有流动警务室安排')).toBeInTheDocument()
  })

  it('lists the nearest first, with each day and distance, once the person taps 离我最近', async () => {
    const calls = fakeStaffCloud({
      'visits.listSessions': (data) =>
        data.near
          ? {
              items: [
                openSession({ sessionId: 'near', place: { name: '东岗社区广场', address: '东岗东路 6 号' }, distanceM: 850 }),
                openSession({ sessionId: 'far', startsAt: '2026-12-03T01:00:00.000Z', endsAt: '2026-12-03T03:00:00.000Z', distanceM: 4200 }),
              ],
            }
          : { items: [openSession()] },
    })
    const getLocation = jest.spyOn(Taro, 'getLocation').mockResolvedValue({ latitude: 36.05, longitude: 103.86 } as Taro.getLocation.SuccessCallbackResult)
    render(<VisitsPage />)
    await screen.findByText('东岗农贸市场')
    expect(getLocation).not.toHaveBeenCalled()

    fireEvent.click(screen.getByText('离我最近'))
    // H5's first use of the position: the privacy notice first (the mini-program's WeChat shows its own).
    expect(getLocation).not.toHaveBeenCalled()
    fireEvent.click(await screen.findByText('同意并继续'))

    expect(await screen.findByText('离你由近到远')).toBeInTheDocument()
    expect(screen.getByText('东岗东路 6 号 · 约 850 米')).toBeInTheDocument()
    expect(screen.getByText(keepWhole('12月3日 周四 09:00–11:00'))).toBeInTheDocument()
    expect(calls.map((c) => c.data)).toEqual([{ limit: 50 }, { limit: 50, near: { lat: 36.05, lng: 103.86 } }])
    getLocation.mockRestore()
  })

  it('keeps the dates order and says why when the position cannot be read', async () => {
    fakeStaffCloud({ 'visits.listSessions': () => ({ items: [openSession()] }) })
    Taro.setStorageSync(H5_PRIVACY_AGREED_KEY, true)
    const getLocation = jest.spyOn(Taro, 'getLocation').mockRejectedValue({ errMsg: 'getLocation:fail auth deny' })
    render(<VisitsPage />)
    await screen.findByText('东岗农贸市场')

    fireEvent.click(screen.getByText('离我最近'))

    expect(await screen.findByText('没有得到位置权限，先按日期排列。可以在设置里允许使用位置。')).toBeInTheDocument()
    expect(screen.getByText('12月1日 周二')).toBeInTheDocument()
    getLocation.mockRestore()
  })
})
