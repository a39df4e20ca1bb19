import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import VisitRequestsPage from '@/visits/requests/index'
import { fakeStaffCloud } from './staff-cloud'

function typeInto(label: string, value: string) {
  const field = screen.getByText(label).parentElement?.querySelector('taro-textarea-core, taro-input-core')
  if (!field) throw new Error(`no field labelled ${label}`)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const station = (stationId: string, name: string) => ({ stationId, name, address: '某路 1 号', phone: '0931-8123456' })

describe('相约: the station that answers', () => {
  it('sends the request to the station the resident picks, whose officers answer it', async () => {
    const calls = fakeStaffCloud({
      'visits.templates': () => ({ reminder: 'tmpl-reminder-1', cancelled: 'tmpl-cancelled-1', requestAnswered: 'tmpl-answer-1' }),
      'visits.listRequests': () => ({ items: [] }),
      'org.listStations': () => ({ items: [station('st-chengguan', '城关派出所'), station('st-dongcheng', '东城派出所')] }),
      'visits.requestVisit': () => ({ requestId: 'rq-new' }),
    })
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<VisitRequestsPage />)
    fireEvent.click(await screen.findByText('东城派出所'))
    typeInto('地点名称', '东岗农贸市场')
    typeInto('地址', '东岗路 1 号')
    typeInto('为什么需要民警来', '商户想听防骗知识')
    fireEvent.click(screen.getByText('提交请求'))
    await waitFor(() => expect(calls.some((c) => c.action === 'requestVisit')).toBe(true))
    expect(calls.find((c) => c.action === 'requestVisit')?.data).toMatchObject({ stationId: 'st-dongcheng', place: { name: '东岗农贸市场' } })
    showToast.mockRestore()
  })

  it('leaves the station to the district when the resident does not know', async () => {
    const calls = fakeStaffCloud({
      'visits.templates': () => ({ reminder: 'tmpl-reminder-1', cancelled: 'tmpl-cancelled-1', requestAnswered: 'tmpl-answer-1' }),
      'visits.listRequests': () => ({ items: [] }),
      'org.listStations': () => ({ items: [station('st-chengguan', '城关派出所')] }),
      'visits.requestVisit': () => ({ requestId: 'rq-new' }),
    })
    const showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<VisitRequestsPage />)
    await screen.findByText('城关派出所')
    typeInto('地点名称', '某村委会')
    typeInto('地址', '某路 3 号')
    typeInto('为什么需要民警来', '村里想请民警来')
    fireEvent.click(screen.getByText('提交请求'))
    await waitFor(() => expect(calls.some((c) => c.action === 'requestVisit')).toBe(true))
    expect(calls.find((c) => c.action === 'requestVisit')?.data).not.toHaveProperty('stationId')
    showToast.mockRestore()
  })
})
