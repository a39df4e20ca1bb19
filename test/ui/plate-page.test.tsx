import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import PlatePage from '@/pages/plate/index'
import { SESSION_KEY } from '@/api/session'
import type { ActionOutput } from '../../types'
import type { TaroHooks } from './taro-hooks'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () => jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useRouter: () => ({ params, path: '/pages/plate/index' }) }))

let plateCalls: unknown[]

const stations = [
  { stationId: 'st-1', name: '南关警务室', address: '南关街 12 号', phone: '0931-88880000', location: { lat: 36.06, lng: 103.83 } },
  { stationId: 'st-2', name: '东岗警务室', address: '东岗路 1 号', phone: '0931-88880001', location: { lat: 36.05, lng: 103.88 } },
]

/** The cloud as the plate page meets it: `answer` for plates.lookup (and countScan), no notices, two stations; or no network at all. */
function cloudAnswers(answer: { status: number; body: unknown } | 'offline') {
  plateCalls = []
  global.fetch = jest.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    if (answer === 'offline') throw new TypeError('Failed to fetch')
    // The card also lists its area's notices (community.listNotices): none here.
    if (String(url).endsWith('/community')) return { status: 200, json: async () => ({ ok: true, data: { items: [] } }) } as Response
    if (String(url).endsWith('/org')) return { status: 200, json: async () => ({ ok: true, data: { items: stations } }) } as Response
    plateCalls.push(JSON.parse(String(init?.body)))
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
    // The scan is counted by a call of its own, once the card is in hand.
    await waitFor(() =>
      expect(plateCalls).toEqual([
        { action: 'lookup', data: { code: 'NGSQ235Q' } },
        { action: 'countScan', data: { code: 'NGSQ235Q' } },
      ]),
    )

    fireEvent.click(screen.getByText('打电话给王建国'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800138000' })
  })

  it('reads the code from the scene of a 小程序码', async () => {
    params = { scene: 'c%3DNGSQ235Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('王建国')).toBeInTheDocument()
    expect(plateCalls[0]).toEqual({ action: 'lookup', data: { code: 'NGSQ235Q' } })
  })

  it('tells plainly when a plate is unknown, gives the district number and the stations, and offers no 重试', async () => {
    params = { code: 'NGSQ235Q' }
    cloudAnswers({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: '这块联系牌已停用或不存在。' } } })
    render(<PlatePage />)

    expect(await screen.findByText('没有找到这块联系牌')).toBeInTheDocument()
    expect(screen.getByText('这块联系牌已停用或不存在。')).toBeInTheDocument()
    expect(screen.queryByText('重试')).not.toBeInTheDocument()
    expect(await screen.findByText('东岗警务室')).toBeInTheDocument()
    expect(screen.getByText('按离我最近排列')).toBeInTheDocument()

    fireEvent.click(screen.getByText('拨打 0000-6110000'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0000-6110000' })
    // No plate, no scan to count.
    expect(plateCalls).toEqual([{ action: 'lookup', data: { code: 'NGSQ235Q' } }])
  })

  it('offers 重试 when the network failed, not the stations', async () => {
    params = { code: 'NGSQ235Q' }
    cloudAnswers('offline')
    render(<PlatePage />)

    expect(await screen.findByText('重试')).toBeInTheDocument()
    expect(screen.getByText('拨打 0000-6110000')).toBeInTheDocument()
    expect(screen.queryByTestId('nearby-stations')).not.toBeInTheDocument()
  })

  it('does not ask the cloud about a code that cannot exist', async () => {
    params = { code: 'NGSQ236Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    expect(await screen.findByText('联系牌编号不对')).toBeInTheDocument()
    expect(screen.getByText('联系牌编号有误，请核对后重新输入。收到的编号是“NGSQ236Q”。')).toBeInTheDocument()
    expect(screen.getByText('重新输入编号')).toBeInTheDocument()
    expect(plateCalls).toEqual([])
  })

  it('says why a retired plate is out of service and still shows the area officer and the station', async () => {
    params = { code: 'NGSQ235Q' }
    const retired = { ...knownPlate, plate: { ...knownPlate.plate, status: 'retired', retiredReason: '小区拆迁，牌子已收回' } }
    cloudAnswers({ status: 200, body: { ok: true, data: retired } })
    render(<PlatePage />)

    expect(await screen.findByText('这块联系牌已经停用。停用原因：小区拆迁，牌子已收回。')).toBeInTheDocument()
    expect(screen.getByText('南关社区的社区民警还是下面这位，有事可以直接联系。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('打电话给王建国'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800138000' })
    fireEvent.click(screen.getByText('打电话到警务室'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '0931-88880000' })
  })

  it('says a retired plate whose area has no officer now leads to the station', async () => {
    params = { code: 'NGSQ235Q' }
    const retired = { ...knownPlate, plate: { ...knownPlate.plate, status: 'retired' }, officer: null }
    cloudAnswers({ status: 200, body: { ok: true, data: retired } })
    render(<PlatePage />)

    expect(await screen.findByText('这块联系牌已经停用。')).toBeInTheDocument()
    expect(screen.getByText('有事请联系下面的警务室。')).toBeInTheDocument()
    expect(screen.queryByText(/打电话给/)).not.toBeInTheDocument()
  })

  it('opens a 户口簿 stamp as a 警民联系章 card, in household words', async () => {
    params = { code: 'NGSQ235Q' }
    const stamp = { ...knownPlate, plate: { ...knownPlate.plate, kind: 'stamp', label: '南关社区户口簿联系章' } }
    cloudAnswers({ status: 200, body: { ok: true, data: stamp } })
    const title = jest.spyOn(Taro, 'setNavigationBarTitle')
    render(<PlatePage />)

    expect(await screen.findByText('警民联系章')).toBeInTheDocument()
    expect(screen.getByText('您家户口簿上的联系章')).toBeInTheDocument()
    expect(screen.getByText('您家的社区民警')).toBeInTheDocument()
    expect(screen.queryByText('警民联系牌')).not.toBeInTheDocument()
    expect(title).toHaveBeenCalledWith({ title: '警民联系章' })
    title.mockRestore()
  })

  it('puts 110 and the notice above the card, one tap to call', async () => {
    params = { code: 'NGSQ235Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />)

    await screen.findByText('王建国')
    const bar = screen.getByTestId('emergency-bar')
    expect(bar.compareDocumentPosition(screen.getByText('南关社区 3 号楼门口')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(bar).toHaveTextContent('本程序不是报警渠道')
    fireEvent.click(screen.getByText('拨打 110'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '110' })
  })

  it('shows the card kept from an earlier scan when there is no network, saying how old it is', async () => {
    params = { code: 'NGSQ235Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    const first = render(<PlatePage />)
    await screen.findByText('王建国')
    first.unmount()

    // Three days later, in a basement.
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 3 * 24 * 60 * 60 * 1000)
    cloudAnswers('offline')
    render(<PlatePage />)
    expect(await screen.findByText('3 天前的信息')).toBeInTheDocument()
    expect(await screen.findByText(/现在连不上网络/)).toBeInTheDocument()
    expect(screen.getByText('王建国')).toBeInTheDocument()
    expect(screen.getByText('110')).toBeInTheDocument()
    expect(screen.queryByText('给民警留言')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('打电话给王建国'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '13800138000' })
    now.mockRestore()
  })

  it('forgets a kept card once the cloud says the code does not exist', async () => {
    params = { code: 'NGSQ235Q' }
    cloudAnswers({ status: 200, body: { ok: true, data: knownPlate } })
    render(<PlatePage />).unmount()
    await new Promise((r) => setTimeout(r, 50))
    cloudAnswers({ status: 404, body: { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } } })
    render(<PlatePage />).unmount()
    await new Promise((r) => setTimeout(r, 50))
    cloudAnswers('offline')
    render(<PlatePage />)
    expect(await screen.findByText('重试')).toBeInTheDocument()
    expect(screen.queryByText('王建国')).not.toBeInTheDocument()
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
