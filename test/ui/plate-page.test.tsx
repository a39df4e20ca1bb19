import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import PlatePage from '@/pages/plate/index'
import { SESSION_KEY } from '@/api/session'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { ...actual, __esModule: true, default: actual.default, useRouter: () => ({ params, path: '/pages/plate/index' }) }
})

let lookups: unknown[]

function cloudAnswers(answer: { status: number; body: unknown }) {
  lookups = []
  global.fetch = jest.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
    lookups.push(JSON.parse(String(init?.body)))
    return { status: answer.status, json: async () => answer.body } as Response
  }) as typeof fetch
}

const knownPlate = {
  plate: { code: 'K7M3Q9', place: '南关社区 3 号楼门口', area: '南关社区' },
  officer: { name: '王建国', badgeNo: '031245', phone: '13800138000', dutyHours: '工作日 8:30–17:30' },
  station: { name: '南关警务室', address: '南关街 12 号', phone: '0431-88880000', location: { lat: 43.88, lng: 125.32 } },
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
    params = { code: 'K7M3Q9' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('王建国')).toBeInTheDocument()
    expect(screen.getByText('南关社区 3 号楼门口')).toBeInTheDocument()
    expect(screen.getByText('警号 031245')).toBeInTheDocument()
    expect(screen.getByText('南关警务室')).toBeInTheDocument()
    expect(lookups).toEqual([{ action: 'lookup', data: { code: 'K7M3Q9' } }])

    fireEvent.click(screen.getByText('打电话给王建国'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800138000' })
  })

  it('reads the code from the scene of a 小程序码', async () => {
    params = { scene: 'c%3DK7M3Q9' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('王建国')).toBeInTheDocument()
    expect(lookups).toEqual([{ action: 'lookup', data: { code: 'K7M3Q9' } }])
  })

  it('tells plainly when a plate is unknown and gives the district number', async () => {
    params = { code: 'K7M3Q9' }
    cloudAnswers({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: '这块联系牌已停用或不存在。' } } })
    render(<PlatePage />)

    expect(await screen.findByText('没有找到这块联系牌')).toBeInTheDocument()
    expect(screen.getByText('这块联系牌已停用或不存在。')).toBeInTheDocument()
    expect(screen.getByText('重试')).toBeInTheDocument()

    fireEvent.click(screen.getByText('拨打 12345'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '12345' })
  })

  it('does not ask the cloud about a code that cannot exist', async () => {
    params = { code: 'HELLO0' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('没有找到这块联系牌')).toBeInTheDocument()
    expect(screen.getByText('“HELLO0”不是联系牌编号，请对照联系牌再输入一次。')).toBeInTheDocument()
    expect(lookups).toEqual([])
  })

  it('keeps the emergency numbers on screen whatever happens', async () => {
    params = {}
    cloudAnswers({ status: 500, body: { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } } })
    render(<PlatePage />)

    expect(await screen.findByText('没有读到联系牌编号，请重新扫码或输入编号。')).toBeInTheDocument()
    expect(screen.getByText('110')).toBeInTheDocument()
    expect(screen.getByText('122')).toBeInTheDocument()
  })
})
