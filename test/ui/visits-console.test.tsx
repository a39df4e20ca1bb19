import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import VisitCheckInPage, { readCheckinCode } from '@/staff/visits/checkin'
import VisitAnswerForm from '@/staff/components/VisitAnswerForm'
import VisitSessionForm, { sessionDraftProblem, draftOf } from '@/staff/components/VisitSessionForm'
import type { VisitRequest } from '../../types/visits'
import { type CloudCall, fakeStaffCloud, Refusal } from './staff-cloud'
import { typeInto } from './staff-form-input'
import { openSession } from './visits-fixtures'
import { keepWhole } from '@/text/keepWhole'

let showToast: jest.SpyInstance
beforeEach(() => {
  showToast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => showToast.mockRestore())

const actions = (calls: CloudCall[], action: string) => calls.filter((c) => c.action === action).map((c) => c.data)

describe('签到 at the desk', () => {
  it('reads a typed code the way it is printed under the QR', () => {
    expect(readCheckinCode(' k7m2 q9xa ')).toBe('K7M2Q9XA')
    expect(readCheckinCode('K7M2')).toBeNull()
    expect(readCheckinCode('K7M2-Q9XA')).toBeNull()
  })

  it('offers a typed code in H5, where there is no camera scan, and checks the resident in', async () => {
    const calls = fakeStaffCloud({ 'visits.checkIn': () => ({ bookingId: 'bk-1', queueNo: 13, name: '李秀兰', matter: '居住证', status: 'attended' }) })
    render(<VisitCheckInPage />)
    expect(screen.queryByText('扫居民的签到码')).not.toBeInTheDocument()

    typeInto('输入签到码', 'k7m2q9xa')
    fireEvent.click(screen.getByText('签到'))

    expect(await screen.findByText('13 号 李秀兰 已签到')).toBeInTheDocument()
    expect(actions(calls, 'checkIn')).toEqual([{ checkinCode: 'K7M2Q9XA' }])
  })

  it("shows the function's reason when a code is refused", async () => {
    fakeStaffCloud({ 'visits.checkIn': () => new Refusal('CONFLICT', '这个预约已经签到过了（09:12）', 409) })
    render(<VisitCheckInPage />)

    typeInto('输入签到码', 'K7M2Q9XA')
    fireEvent.click(screen.getByText('签到'))

    expect(await screen.findByRole('alert')).toHaveTextContent('这个预约已经签到过了（09:12）')
  })
})

describe('publishing a session', () => {
  const filled = { ...draftOf(undefined, 'st-chengguan'), title: '流动警务室进市场', placeName: '东岗农贸市场', address: '东岗路 66 号', date: '2026-12-01' }

  it('checks the times and the capacity before asking the function', () => {
    expect(sessionDraftProblem(filled)).toBeNull()
    expect(sessionDraftProblem({ ...filled, to: '08:30' })).toBe('结束时间应晚于开始时间')
    expect(sessionDraftProblem({ ...filled, from: '9:00' })).toBe('时间格式应为 09:00')
    expect(sessionDraftProblem({ ...filled, capacity: '501' })).toBe('名额应为 1–500 的整数')
    expect(sessionDraftProblem({ ...filled, date: '2026-13-01' })).toBe('日期格式应为 2026-12-01')
    expect(sessionDraftProblem({ ...filled, services: [] })).toBe('至少选择一项服务')
  })

  it("publishes for the officer's own station with China-time instants", async () => {
    const calls = fakeStaffCloud({ 'visits.createSession': () => ({ sessionId: 'ses-new' }) })
    const onSaved = jest.fn()
    render(<VisitSessionForm ownStationId="st-chengguan" onSaved={onSaved} />)
    expect(screen.queryByText('派出所')).not.toBeInTheDocument()

    typeInto('标题', '流动警务室进市场')
    typeInto('地点名称', '东岗农贸市场')
    typeInto('地址', '东岗路 66 号')
    typeInto('日期', '2026-12-01')
    typeInto('名额', '12')
    fireEvent.click(screen.getByText('出入境咨询'))
    fireEvent.click(screen.getByText('发布这一场'))

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('ses-new'))
    expect(actions(calls, 'createSession')).toEqual([
      {
        stationId: 'st-chengguan',
        title: '流动警务室进市场',
        place: { name: '东岗农贸市场', address: '东岗路 66 号' },
        startsAt: '2026-12-01T09:00:00+08:00',
        endsAt: '2026-12-01T11:30:00+08:00',
        capacity: 12,
        services: ['户籍咨询', '居住证', '反诈咨询', '出入境咨询'],
      },
    ])
  })

  it('changes a session without touching its station, and shows its times in China time', async () => {
    const calls = fakeStaffCloud({ 'visits.updateSession': () => ({ sessionId: 'ses-market' }) })
    const session = openSession({ startsAt: '2026-12-01T01:00:00.000Z', endsAt: '2026-12-01T03:30:00.000Z' })
    render(<VisitSessionForm session={session} onSaved={jest.fn()} />)

    expect(screen.getByLabelText('开始')).toHaveAttribute('value', '09:00')
    typeInto('名额', '40')
    fireEvent.click(screen.getByText('保存修改'))

    await waitFor(() => expect(actions(calls, 'updateSession')).toHaveLength(1))
    const [sent] = actions(calls, 'updateSession')
    expect(sent).toMatchObject({ sessionId: 'ses-market', capacity: 40, startsAt: '2026-12-01T09:00:00+08:00', endsAt: '2026-12-01T11:30:00+08:00' })
    expect(sent).not.toHaveProperty('stationId')
  })
})

describe('answering a request', () => {
  const request: VisitRequest = {
    requestId: 'rq-1',
    place: { name: '新康小区', address: '南关什字新康小区中心花园' },
    reason: '小区老人多，想请流动警务室来讲讲防骗。',
    preferredDates: ['2026-12-01'],
    status: 'open',
    seconds: 12,
    mine: false,
    seconded: false,
    createdAt: '2026-11-20T02:00:00.000Z',
  }

  it('asks which session will come before scheduling, then notifies', async () => {
    const calls = fakeStaffCloud({ 'visits.answerRequest': () => ({ requestId: 'rq-1', status: 'scheduled', notified: 13 }) })
    const onAnswered = jest.fn()
    render(<VisitAnswerForm request={request} sessions={[openSession()]} onAnswered={onAnswered} />)
    typeInto('答复内容', '12月1日上午到小区门口，欢迎预约')

    fireEvent.click(screen.getByText('发送答复'))
    expect(screen.getByRole('alert')).toHaveTextContent('请选择安排的场次')

    fireEvent.click(screen.getByText(keepWhole('12月1日 周二 09:00–11:30 东岗农贸市场')))
    fireEvent.click(screen.getByText('发送答复'))

    await waitFor(() => expect(onAnswered).toHaveBeenCalled())
    expect(actions(calls, 'answerRequest')).toEqual([
      { requestId: 'rq-1', decision: 'scheduled', sessionId: 'ses-market', reply: '12月1日上午到小区门口，欢迎预约' },
    ])
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已答复，通知 13 人' }))
  })

  it('declines without a session', async () => {
    const calls = fakeStaffCloud({ 'visits.answerRequest': () => ({ requestId: 'rq-1', status: 'declined', notified: 13 }) })
    render(<VisitAnswerForm request={request} sessions={[]} onAnswered={jest.fn()} />)

    fireEvent.click(screen.getByText('暂不安排'))
    typeInto('答复内容', '附近市场已有场次')
    fireEvent.click(screen.getByText('发送答复'))

    await waitFor(() => expect(actions(calls, 'answerRequest')).toEqual([{ requestId: 'rq-1', decision: 'declined', reply: '附近市场已有场次' }]))
  })
})
