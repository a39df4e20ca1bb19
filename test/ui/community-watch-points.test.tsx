import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { NearbyWatchPoint } from '../../types/community'
import WatchPointNearby from '@/components/WatchPointNearby'
import { LOCATION_REASON } from '@/components/WatchPointNearby/location'
import { distanceText } from '@/components/WatchPointCard'
import { fakeStaffCloud } from './staff-cloud'

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
      'community.nearbyWatchPoints': () => ({ items: [point({}), point({ id: 'wp-07', name: '庆阳路夜宵店', distanceM: 1480, openNow: false, hoursText: '每天 18:00–次日02:00' })] }),
    })
    getLocation = jest.spyOn(Taro, 'getLocation').mockResolvedValue({ latitude: 36.0611, longitude: 103.8343 } as Taro.getLocation.SuccessCallbackResult)
    render(<WatchPointNearby compact />)
    fireEvent.click(screen.getByText('查找附近的守望点'))
    expect(await screen.findByText('南关什字 24 小时便利店')).toBeInTheDocument()
    expect(getLocation).toHaveBeenCalledTimes(1)
    expect(calls[0].data).toEqual({ lat: 36.0611, lng: 103.8343, radiusKm: 3, limit: 3 })
    expect(screen.getByText('240 米')).toBeInTheDocument()
    expect(screen.getByText('1.5 公里')).toBeInTheDocument()
    expect(screen.getByText('现在开门')).toBeInTheDocument()
    expect(screen.getByText('现在没开门')).toBeInTheDocument()
  })

  it('explains a refused position and offers to try again', async () => {
    const calls = fakeStaffCloud({})
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
