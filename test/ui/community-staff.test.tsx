import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { StaffMediation, StaffReport } from '../../types/community'
import ReportQueueCard from '@/staff/community/parts/ReportQueueCard'
import MediationQueueCard, { chinaInstant } from '@/staff/community/parts/MediationQueueCard'
import MediationQueuePage from '@/staff/community/mediations'
import ReportQueuePage from '@/staff/community/reports'
import { fakeStaffCloud, OFFICER } from './staff-cloud'
import { first } from '../list-items'

function typeInto(label: string, value: string) {
  const field = screen.getByText(label).parentElement?.querySelector('taro-textarea-core, taro-input-core')
  if (!field) throw new Error(`no field labelled ${label}`)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const report = (over: Partial<StaffReport>): StaffReport => ({
  ticketNo: 'JB20261124-7KQ3',
  category: 'fraud',
  text: '小区门口有人摆摊，说扫码领鸡蛋。',
  anonymous: false,
  contact: '13912345678',
  stationId: 'st-chengguan',
  status: 'submitted',
  createdAt: '2026-11-24T02:00:00.000Z',
  timeline: [{ status: 'submitted', at: '2026-11-24T02:00:00.000Z' }],
  ...over,
})

let showToast: jest.SpyInstance
beforeEach(() => {
  showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => showToast.mockRestore())

describe('a report in the officer’s queue', () => {
  it('masks the sender’s number on screen and dials the whole number', () => {
    fakeStaffCloud({})
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<ReportQueueCard report={report({})} onChanged={jest.fn()} />)
    expect(screen.getByText('联系电话 139****5678')).toBeInTheDocument()
    expect(screen.queryByText(/13912345678/)).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('打电话'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13912345678' })
    makePhoneCall.mockRestore()
  })

  it('says an anonymous sender cannot be called back, with no call button', () => {
    fakeStaffCloud({})
    render(<ReportQueueCard report={report({ anonymous: true, contact: undefined })} onChanged={jest.fn()} />)
    expect(screen.getByText('匿名举报：不显示举报人身份，无法回电。')).toBeInTheDocument()
    expect(screen.queryByText('打电话')).not.toBeInTheDocument()
  })

  it("labels the location as the place of the matter, an anonymous report's only to about a kilometre", () => {
    fakeStaffCloud({})
    const { unmount } = render(
      <ReportQueueCard report={report({ anonymous: true, contact: undefined, location: { lat: 36.06, lng: 103.83 } })} onChanged={jest.fn()} />,
    )
    expect(screen.getByText('事发地点（约一公里范围） 36.06, 103.83')).toBeInTheDocument()
    unmount()
    render(<ReportQueueCard report={report({ location: { lat: 36.061234, lng: 103.834567 } })} onChanged={jest.fn()} />)
    expect(screen.getByText('事发地点 36.06123, 103.83457')).toBeInTheDocument()
    expect(screen.queryByText(/现在的位置/)).not.toBeInTheDocument()
  })

  it('offers 受理 for a new report, 办结 only once accepted', async () => {
    const calls = fakeStaffCloud({ 'community.acceptReport': () => report({ status: 'accepted' }) })
    const onChanged = jest.fn()
    const { unmount } = render(<ReportQueueCard report={report({})} onChanged={onChanged} />)
    expect(screen.queryByText('办结')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('受理'))
    await waitFor(() => expect(onChanged).toHaveBeenCalled())
    expect(calls).toEqual([{ fn: 'community', action: 'acceptReport', data: { ticketNo: 'JB20261124-7KQ3' } }])
    unmount()
    render(<ReportQueueCard report={report({ status: 'accepted' })} onChanged={onChanged} />)
    expect(screen.queryByText('受理')).not.toBeInTheDocument()
    expect(screen.getByText('办结')).toBeInTheDocument()
  })

  it('closes a report only with a reply to the sender', async () => {
    const calls = fakeStaffCloud({ 'community.closeReport': () => report({ status: 'closed' }) })
    const onChanged = jest.fn()
    render(<ReportQueueCard report={report({ status: 'accepted' })} onChanged={onChanged} />)
    fireEvent.click(screen.getByText('办结'))
    fireEvent.click(screen.getByText('办结并答复'))
    expect(screen.getByText('请写一句给举报人的答复')).toBeInTheDocument()
    typeInto('给举报人的答复', '已到现场核查，谢谢。')
    fireEvent.click(screen.getByText('办结并答复'))
    await waitFor(() => expect(onChanged).toHaveBeenCalled())
    expect(calls).toEqual([{ fn: 'community', action: 'closeReport', data: { ticketNo: 'JB20261124-7KQ3', reply: '已到现场核查，谢谢。' } }])
  })
})

const mediation: StaffMediation = {
  ticketNo: 'TJ20261124-2ABC',
  category: 'neighbour',
  description: '楼上邻居每天半夜拖椅子。',
  contact: '13712345678',
  stationId: 'st-chengguan',
  status: 'accepted',
  createdAt: '2026-11-24T02:00:00.000Z',
  timeline: [
    { status: 'requested', at: '2026-11-24T02:00:00.000Z' },
    { status: 'accepted', at: '2026-11-24T03:00:00.000Z' },
  ],
}

describe('a mediation request in the officer’s queue', () => {
  it('reads the date and time as China time', () => {
    expect(chinaInstant('2026-12-01', '09:30')).toBe('2026-12-01T09:30:00+08:00')
    expect(chinaInstant('2026-12-1', '09:30')).toBeNull()
    expect(chinaInstant('2026-12-01', '9:30')).toBeNull()
    expect(chinaInstant('2026-13-01', '09:30')).toBeNull()
  })

  it('schedules it at a time and place in China time', async () => {
    const calls = fakeStaffCloud({ 'community.scheduleMediation': () => ({ ...mediation, status: 'scheduled' }) })
    const onChanged = jest.fn()
    render(<MediationQueueCard mediation={mediation} onChanged={onChanged} />)
    fireEvent.click(screen.getByText('约定时间地点'))
    typeInto('日期', '2026-12-01')
    typeInto('时间', '25:00')
    typeInto('地点', '南关社区居委会调解室')
    fireEvent.click(screen.getByText('确定时间地点'))
    expect(screen.getByText('请按格式填写日期（2026-12-01）和时间（09:30）')).toBeInTheDocument()
    typeInto('时间', '19:30')
    fireEvent.click(screen.getByText('确定时间地点'))
    await waitFor(() => expect(onChanged).toHaveBeenCalled())
    expect(calls).toEqual([
      { fn: 'community', action: 'scheduleMediation', data: { ticketNo: 'TJ20261124-2ABC', time: '2026-12-01T19:30:00+08:00', place: '南关社区居委会调解室' } },
    ])
  })
})

describe('the ticket queues', () => {
  it('offers the states of the report flow, asks for the chosen one, and shows steps only on open tickets', async () => {
    const calls = fakeStaffCloud({
      'org.whoami': () => OFFICER,
      'community.listReports': (data) => ({ items: [report({ ticketNo: `JB-${String(data.status)}`, status: data.status as StaffReport['status'] })] }),
    })
    render(<ReportQueuePage />)
    const submitted = await screen.findByTestId('report-card')
    expect(within(submitted).getByText(/^编号 JB-submitted/)).toBeInTheDocument()
    expect(within(submitted).getByText('受理')).toBeInTheDocument()
    for (const label of ['已提交', '已受理', '已办结', '未予受理']) expect(screen.getAllByText(label).length).toBeGreaterThan(0)
    fireEvent.click(first(screen.getAllByText('已办结')))
    await screen.findByText(/^编号 JB-closed/)
    expect(within(screen.getByTestId('report-card')).queryByText('不予受理')).toBeNull()
    expect(calls.filter((c) => c.action === 'listReports').map((c) => c.data.status)).toEqual(['submitted', 'closed'])
  })

  it('starts the mediation queue at 已申请 and offers 调解完成 only once scheduled', async () => {
    const calls = fakeStaffCloud({
      'org.whoami': () => OFFICER,
      'community.listMediations': (data) => ({
        items: [{ ...mediation, ticketNo: `TJ-${String(data.status)}`, status: data.status as StaffMediation['status'] }],
      }),
    })
    render(<MediationQueuePage />)
    expect(within(await screen.findByTestId('mediation-card')).queryByText('调解完成')).toBeNull()
    expect(calls.find((c) => c.action === 'listMediations')?.data.status).toBe('requested')
    fireEvent.click(first(screen.getAllByText('已约定调解')))
    await waitFor(() => expect(calls.filter((c) => c.action === 'listMediations').map((c) => c.data.status)).toEqual(['requested', 'scheduled']))
    await screen.findByText('改约时间地点')
    expect(within(screen.getByTestId('mediation-card')).getByText('调解完成')).toBeInTheDocument()
  })
})
