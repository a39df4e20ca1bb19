import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import PlatePage from '@/pages/plate/index'
import { SESSION_KEY } from '@/api/session'
import type { ActionOutput } from '../../types'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { ...actual, __esModule: true, default: actual.default, useRouter: () => ({ params, path: '/pages/plate/index' }) }
})

let lookups: unknown[]

function cloudAnswers(answer: { status: number; body: unknown }) {
  lookups = []
  global.fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    // The card also lists its area's notices (community.listNotices): none here.
    if (String(url).endsWith('/community')) return { status: 200, json: async () => ({ ok: true, data: { items: [] } }) } as Response
    lookups.push(JSON.parse(String(init?.body)))
    return { status: answer.status, json: async () => answer.body } as Response
  }) as typeof fetch
}

const knownPlate: ActionOutput<'plates', 'lookup'> = {
  plate: { code: 'NGSQ235Q', kind: 'plate', label: '南关社区 3 号楼门口', address: '南关什字 3 号楼', area: '南关社区', status: 'active' },
  officer: { officerId: 'off-1', name: '王建国', badgeNo: '031245', phone: '13800138000', dutyHours: '工作日 8:30–17:30' },
  station: { stationId: 'st-1', name: '南关警务室', address: '南关街 12 号', phone: '0931-88880000', location: { lat: 36.06, lng: 103.83 } },
  emergency: [{ number: '110', label: '报警' }],
}

let makePhoneCall: jest.SpyInstance

beforeEach(() => {
  localStorage.clear()
  Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'o1' })
  makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
})

afterEach(() => makePhoneCall.mockRestore())

describe('the plate page', () => {
  it('shows the officer of a scanned plate with a call button', async () => {
    params = { code: 'NGSQ235Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('王建国')).toBeInTheDocument()
    expect(screen.getByText('南关社区 3 号楼门口')).toBeInTheDocument()
    expect(screen.getByText('南关社区 · 编号 NGSQ235Q')).toBeInTheDocument()
    expect(screen.getByText('警号 031245')).toBeInTheDocument()
    expect(screen.getByText('南关警务室')).toBeInTheDocument()
    expect(lookups).toEqual([{ action: 'lookup', data: { code: 'NGSQ235Q' } }])

    fireEvent.click(screen.getByText('打电话给王建国'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800138000' })
  })

  it('reads the code from the scene of a 小程序码', async () => {
    params = { scene: 'c%3DNGSQ235Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('王建国')).toBeInTheDocument()
    expect(lookups).toEqual([{ action: 'lookup', data: { code: 'NGSQ235Q' } }])
  })

  it('tells plainly when a plate is unknown and gives the district number', async () => {
    params = { code: 'NGSQ235Q' }
    cloudAnswers({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: '这块联系牌已停用或不存在。' } } })
    render(<PlatePage />)

    expect(await screen.findByText('没有找到这块联系牌')).toBeInTheDocument()
    expect(screen.getByText('这块联系牌已停用或不存在。')).toBeInTheDocument()
    expect(screen.getByText('重试')).toBeInTheDocument()

    fireEvent.click(screen.getByText('拨打 12345'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('does not ask the cloud about a code that cannot exist', async () => {
    params = { code: 'NGSQ236Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('联系牌编号不对')).toBeInTheDocument()
    expect(screen.getByText('联系牌编号有误，请核对后重新输入。收到的编号是“NGSQ236Q”。')).toBeInTheDocument()
    expect(screen.getByText('重新输入编号')).toBeInTheDocument()
    expect(lookups).toEqual([])
  })

  it('says a retired plate is out of service and still shows the station', async () => {
    params = { code: 'NGSQ235Q' }
    const retired = { ...knownPlate, plate: { ...knownPlate.plate, status: 'retired' }, officer: null }
    cloudAnswers({ status: 200, body: { ok: true, data: retired } })
    render(<PlatePage />)

    expect(await screen.findByText('这块联系牌已经停用。有事请联系下面的警务室。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('打电话到警务室'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0931-88880000' })
  })

  it('keeps the emergency numbers on screen when the page was opened without a code', async () => {
    params = {}
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('没有读到联系牌编号，请重新扫码或输入编号。')).toBeInTheDocument()
    expect(screen.getByText('110')).toBeInTheDocument()
    expect(screen.getByText('122')).toBeInTheDocument()
  })
})
