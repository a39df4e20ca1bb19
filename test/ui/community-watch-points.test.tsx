import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { H5_PRIVACY_AGREED_KEY } from '@/privacy/authorization'
import type { NearbyWatchPoint } from '../../types/community'
import WatchPointBrowse from '@/components/WatchPointBrowse'
import WatchPointNearby from '@/components/WatchPointNearby'
import { LOCATION_REASON } from '@/components/WatchPointNearby/words'
import WatchPointCard from '@/components/WatchPointCard'
import { distanceText } from '@/components/WatchPointSummary'
import { fakeStaffCloud } from './staff-cloud'
import { first } from '../list-items'

const point = (over: Partial<NearbyWatchPoint>): NearbyWatchPoint => ({
  id: 'wp-01',
  name: '南关什字 24 小时便利店',
  address: '南关什字 5 号',
  location: { lat: 36.0632, lng: 103.8331 },
  phone: '0000-8810001',
  services: ['避险', '报警'],
  hours: { allDay: true, ranges: [] },
  hoursText: '24 小时',
  stationId: 'st-chengguan',
  distanceM: 236,
  openNow: true,
  ...over,
})

let getLocation: jest.SpyInstance
afterEach(() => getLocation?.mockRestore())

describe('the nearest watch points', () => {
  it('does not ask for the position until the person taps, and says why it asks', () => {
    const calls = fakeStaffCloud({})
    getLocation = jest.spyOn(Taro, 'getLocation')
    render(<WatchPointNearby />)
    expect(screen.getByText(LOCATION_REASON)).toBeInTheDocument()
    expect(getLocation).not.toHaveBeenCalled()
    expect(calls).toEqual([])
  })

  it('asks once on a tap and shows the points with distance and whether open now', async () => {
    const calls = fakeStaffCloud({
      'community.nearbyWatchPoints': () => ({
        items: [point({}), point({ id: 'wp-07', name: '庆阳路夜宵店', distanceM: 1480, openNow: false, hoursText: '每天 18:00–次日02:00' })],
      }),
    })
    Taro.setStorageSync(H5_PRIVACY_AGREED_KEY, true)
    getLocation = jest.spyOn(Taro, 'getLocation').mockResolvedValue({ latitude: 36.0611, longitude: 103.8343 } as Taro.getLocation.SuccessCallbackResult)
    render(<WatchPointNearby />)
    fireEvent.click(screen.getByText('查找附近的守望点'))
    expect(await screen.findByText('南关什字 24 小时便利店')).toBeInTheDocument()
    expect(getLocation).toHaveBeenCalledTimes(1)
    expect(first(calls).data).toEqual({ lat: 36.0611, lng: 103.8343, radiusKm: 3, limit: 3 })
    expect(screen.getByText('240 米')).toBeInTheDocument()
    expect(screen.getByText('1.5 公里')).toBeInTheDocument()
    expect(screen.getByText('现在开门')).toBeInTheDocument()
    expect(screen.getByText('现在没开门')).toBeInTheDocument()
    // In brief, as on the home tab: no buttons under the points.
    expect(screen.queryByText('打电话')).toBeNull()
  })

  it('draws each point as the page asks: the list page with its services, a call and a map button', async () => {
    fakeStaffCloud({ 'community.nearbyWatchPoints': () => ({ items: [point({})] }) })
    Taro.setStorageSync(H5_PRIVACY_AGREED_KEY, true)
    getLocation = jest.spyOn(Taro, 'getLocation').mockResolvedValue({ latitude: 36.0611, longitude: 103.8343 } as Taro.getLocation.SuccessCallbackResult)
    render(<WatchPointNearby renderPoint={(p) => <WatchPointCard key={p.id} point={p} />} />)
    fireEvent.click(screen.getByText('查找附近的守望点'))
    expect(await screen.findByText('南关什字 24 小时便利店')).toBeInTheDocument()
    expect(screen.getByText('240 米')).toBeInTheDocument()
    expect(screen.getByText('避险')).toBeInTheDocument()
    expect(screen.getByText('打电话')).toBeInTheDocument()
    expect(screen.getByText('看地图、去那里')).toBeInTheDocument()
  })

  it('explains a refused position and offers to try again', async () => {
    const calls = fakeStaffCloud({})
    Taro.setStorageSync(H5_PRIVACY_AGREED_KEY, true)
    getLocation = jest.spyOn(Taro, 'getLocation').mockRejectedValue({ errMsg: 'getLocation:fail auth deny' })
    render(<WatchPointNearby />)
    fireEvent.click(screen.getByText('查找附近的守望点'))
    expect(await screen.findByText(/没有得到位置权限/)).toBeInTheDocument()
    expect(screen.getByText('再试一次')).toBeInTheDocument()
    expect(calls).toEqual([])
  })

  it('rounds distances the way people say them', () => {
    expect(distanceText(4)).toBe('10 米')
    expect(distanceText(236)).toBe('240 米')
    expect(distanceText(1000)).toBe('1.0 公里')
  })
})

describe('全部守望点, without a position', () => {
  const point = (id: string, name: string, stationId = 'st-chengguan') => ({
    id,
    name,
    address: `${name}地址`,
    location: { lat: 36.06, lng: 103.83 },
    phone: '0931-8123456',
    services: ['避险'],
    hours: { allDay: true, ranges: [] },
    hoursText: '24 小时',
    stationId,
    openNow: true,
  })

  it('lists every point, by station and by what was typed, with no distance', async () => {
    const calls = fakeStaffCloud({
      'org.listStations': () => ({ items: [{ stationId: 'st-chengguan', name: '城关派出所', address: '民主路', phone: '0931-8123456' }] }),
      'community.browseWatchPoints': (data) => ({ items: data.q ? [point('w2', '张掖路便利店')] : [point('w1', '南关药店'), point('w2', '张掖路便利店')] }),
    })
    render(<WatchPointBrowse />)
    expect(await screen.findByText('南关药店')).toBeInTheDocument()
    expect(screen.queryByText(/米$|公里$/)).not.toBeInTheDocument()

    fireEvent.click(await screen.findByText('城关派出所'))
    await waitFor(() => expect(calls.filter((c) => c.action === 'browseWatchPoints').at(-1)?.data).toMatchObject({ stationId: 'st-chengguan' }))

    const field = screen.getByText('按名称、地址或社区查找').parentElement?.querySelector('taro-input-core')
    act(() => {
      field?.dispatchEvent(new CustomEvent('input', { detail: { value: '便利店' }, bubbles: true }))
    })
    fireEvent.click(screen.getByText('查找'))
    await waitFor(() => expect(screen.queryByText('南关药店')).not.toBeInTheDocument())
    expect(calls.filter((c) => c.action === 'browseWatchPoints').at(-1)?.data).toMatchObject({ stationId: 'st-chengguan', q: '便利店' })
  })
})
