import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import VisitRequestsPage from '@/visits/requests/index'
import type { VisitRequest } from '../../types/visits'
import { type CloudCall, fakeStaffCloud } from './staff-cloud'

const ANSWER = 'tmpl-answer-1'
const TEMPLATES = { reminder: 'tmpl-reminder-1', cancelled: 'tmpl-cancelled-1', requestAnswered: ANSWER }

const neighbours: VisitRequest = {
  requestId: 'rq-1',
  place: { name: '幸福里小区', address: '幸福路 8 号' },
  reason: '小区老人多，希望来讲讲防骗知识',
  preferredDates: [],
  status: 'open',
  seconds: 2,
  mine: false,
  seconded: false,
  createdAt: '2026-11-24T02:00:00.000Z',
}

function cloud(): CloudCall[] {
  return fakeStaffCloud({
    'visits.templates': () => TEMPLATES,
    'visits.listRequests': () => ({ items: [neighbours] }),
    'org.listStations': () => ({ items: [] }),
    'visits.requestVisit': () => ({ requestId: 'rq-2' }),
    'visits.secondRequest': () => ({ seconds: 3 }),
  })
}

const asked = (calls: CloudCall[]) => calls.filter((c) => c.fn === 'subscriptions').map((c) => c.data.templateIds)
const order = (calls: CloudCall[]) => calls.map((c) => `${c.fn}.${c.action}`).filter((name) => !/templates|listRequests|listStations/.test(name))

async function renderPage() {
  render(<VisitRequestsPage />)
  await screen.findByText('幸福里小区')
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
}

function typeInto(label: string, value: string) {
  const field = screen.getByLabelText(label)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

let toast: jest.SpyInstance
beforeEach(() => {
  toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => toast.mockRestore())

/** Runs `body` as the mini-program (TARO_ENV is inlined there; read at run time here), WeChat's dialog accepting. */
async function inMiniProgram(body: (subscribe: jest.SpyInstance) => Promise<void>) {
  const subscribe = jest
    .spyOn(Taro, 'requestSubscribeMessage')
    .mockImplementation((async () => ({ errMsg: 'requestSubscribeMessage:ok', [ANSWER]: 'accept' })) as unknown as typeof Taro.requestSubscribeMessage)
  const was = process.env.TARO_ENV
  process.env.TARO_ENV = 'weapp'
  try {
    await body(subscribe)
  } finally {
    process.env.TARO_ENV = was
    subscribe.mockRestore()
  }
}

describe('相约: the answer comes as a subscribe message asked for on the tap', () => {
  it('in the mini-program, asking for a visit opens WeChat’s dialog for the answer template on the tap', async () => {
    await inMiniProgram(async (subscribe) => {
      const calls = cloud()
      await renderPage()
      typeInto('地点名称', '东岗农贸市场')
      typeInto('地址', '东岗路 66 号')
      typeInto('为什么需要民警来', '商户想听听防骗知识')

      fireEvent.click(screen.getByText('提交请求'))
      // Called synchronously in the tap handler, before any cloud call.
      expect(subscribe).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [ANSWER] }))
      await waitFor(() => expect(order(calls)).toEqual(['visits.requestVisit']))
    })
  })

  it('in the mini-program, seconding opens WeChat’s dialog for the answer template on the tap', async () => {
    await inMiniProgram(async (subscribe) => {
      const calls = cloud()
      await renderPage()

      fireEvent.click(screen.getByText('我也需要（附议）'))
      expect(subscribe).toHaveBeenCalledWith(expect.objectContaining({ tmplIds: [ANSWER] }))
      await waitFor(() => expect(order(calls)).toEqual(['visits.secondRequest']))
    })
  })

  it('in H5, which gets no WeChat message, asks for nothing and still seconds', async () => {
    const subscribe = jest.spyOn(Taro, 'requestSubscribeMessage')
    const calls = cloud()
    await renderPage()

    fireEvent.click(screen.getByText('我也需要（附议）'))

    await waitFor(() => expect(order(calls)).toEqual(['visits.secondRequest']))
    expect(asked(calls)).toEqual([])
    expect(subscribe).not.toHaveBeenCalled()
    subscribe.mockRestore()
  })
})
