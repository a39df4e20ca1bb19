import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import PrivacyPopup from '@/components/PrivacyPopup'
import MyDataPage from '@/privacy/my-data/index'
import PrivacyPolicyPage from '@/privacy/policy/index'
import { AGREE_BUTTON_ID, H5_PRIVACY_AGREED_KEY, requestPrivacyAuthorization } from '@/privacy/authorization'
import { locateOnce } from '@/device/location'
import { SESSION_KEY } from '@/api/session'
import { first, present } from '../list-items'

function cloudAnswers(answers: Record<string, { status: number; body: unknown }>) {
  const fetchMock = jest.fn(async (_url: string, init: RequestInit) => {
    const { action } = JSON.parse(String(init.body)) as { action: string }
    const answer = present(answers[action], `a canned answer to ${action}`)
    return { status: answer.status, json: async () => answer.body } as Response
  })
  global.fetch = fetchMock as unknown as typeof fetch
  return fetchMock
}

beforeEach(() => {
  localStorage.clear()
  Taro.setStorageSync(SESSION_KEY, { token: 't1', openid: 'oAbCd1234567890wxyz' })
})

describe('用户隐私保护提示', () => {
  it('appears when a privacy API waits, and passes the agreement on', () => {
    render(<PrivacyPopup />)
    expect(screen.queryByText('用户隐私保护提示')).not.toBeInTheDocument()
    const resolve = jest.fn()
    act(() => requestPrivacyAuthorization(resolve))
    expect(screen.getByText('用户隐私保护提示')).toBeInTheDocument()
    expect(resolve).toHaveBeenCalledWith({ event: 'exposureAuthorization' })
    act(() => void fireEvent.click(screen.getByText('同意并继续')))
    expect(resolve).toHaveBeenLastCalledWith({ event: 'agree', buttonId: AGREE_BUTTON_ID })
    expect(screen.queryByText('用户隐私保护提示')).not.toBeInTheDocument()
  })

  it('passes a refusal on, and links to the 隐私说明', () => {
    const navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<PrivacyPopup />)
    const resolve = jest.fn()
    act(() => requestPrivacyAuthorization(resolve))
    fireEvent.click(screen.getByText('《警民通隐私保护指引》'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/privacy/policy/index' })
    act(() => void fireEvent.click(screen.getByText('不同意')))
    expect(resolve).toHaveBeenLastCalledWith({ event: 'disagree' })
    navigateTo.mockRestore()
  })
})

describe('用户隐私保护提示 in H5, where the browser has no such flow', () => {
  const words = { denied: '没有位置', failed: '读不到' }
  /** Asks for the position as a page does; the popup it opens is a state update, so inside act(). */
  const startLocating = () => {
    let located!: ReturnType<typeof locateOnce>
    act(() => {
      located = locateOnce(words)
    })
    return located
  }

  it('comes before the first use of the position; 同意 reads it and is remembered', async () => {
    const getLocation = jest.spyOn(Taro, 'getLocation').mockResolvedValue({ latitude: 36.05, longitude: 103.86 } as Taro.getLocation.SuccessCallbackResult)
    render(<PrivacyPopup />)
    const first = startLocating()
    await screen.findByText('用户隐私保护提示')
    expect(getLocation).not.toHaveBeenCalled()
    fireEvent.click(screen.getByText('同意并继续'))
    await expect(first).resolves.toEqual({ lat: 36.05, lng: 103.86 })
    expect(Taro.getStorageSync(H5_PRIVACY_AGREED_KEY)).toBe(true)

    // The second use goes straight on.
    await expect(locateOnce(words)).resolves.toEqual({ lat: 36.05, lng: 103.86 })
    expect(screen.queryByText('用户隐私保护提示')).not.toBeInTheDocument()
    expect(getLocation).toHaveBeenCalledTimes(2)
    getLocation.mockRestore()
  })

  it('不同意 reads nothing, answers in the page’s words, and asks again next time', async () => {
    const getLocation = jest.spyOn(Taro, 'getLocation')
    render(<PrivacyPopup />)
    const first = startLocating()
    fireEvent.click(await screen.findByText('不同意'))
    await expect(first).rejects.toThrow('没有位置')
    expect(getLocation).not.toHaveBeenCalled()

    void startLocating().catch(() => undefined)
    expect(await screen.findByText('用户隐私保护提示')).toBeInTheDocument()
    fireEvent.click(screen.getByText('不同意'))
    getLocation.mockRestore()
  })
})

describe('隐私说明', () => {
  it('says for each item why, for how long and who sees it', () => {
    render(<PrivacyPolicyPage />)
    expect(screen.getByText('预约时填写的姓名和手机号')).toBeInTheDocument()
    expect(screen.getByText('这一场结束后 90 天自动删除')).toBeInTheDocument()
    expect(screen.getAllByText('谁能看到').length).toBeGreaterThanOrEqual(5)
  })
})

describe('我的数据', () => {
  it('exports my data as a file and says what was in it', async () => {
    const fetchMock = cloudAnswers({
      exportMyData: {
        status: 200,
        body: {
          ok: true,
          data: {
            exportedAt: '2026-11-24T00:00:00Z',
            filename: '警民通-我的数据-2026-11-24.json',
            openid: 'o1',
            records: {},
            counts: { bookings: 2, reports: 1, quizzes: 0 },
          },
        },
      },
    })
    const createObjectURL = jest.fn(() => 'blob:data')
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
    render(<MyDataPage />)
    fireEvent.click(screen.getByText('导出我的数据', { selector: '.action-button__label' }))
    expect(await screen.findByText(/已导出：流动警务室预约 2 条，举报线索 1 条/)).toBeInTheDocument()
    expect(createObjectURL).toHaveBeenCalled()
    expect(fetchMock).toHaveBeenCalledWith(expect.stringContaining('/api/functions/privacy'), expect.anything())
  })

  it('deletes only after a confirmation', async () => {
    const fetchMock = cloudAnswers({
      deleteMyData: { status: 200, body: { ok: true, data: { removed: { quizzes: 3 }, anonymised: { reports: 1 } } } },
    })
    const showModal = jest.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' } as never)
    render(<MyDataPage />)
    fireEvent.click(screen.getByText('删除我的数据', { selector: '.action-button__label' }))
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1))
    expect(fetchMock).not.toHaveBeenCalled()

    showModal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' } as never)
    fireEvent.click(screen.getByText('删除我的数据', { selector: '.action-button__label' }))
    expect(await screen.findByText(/已删除：反诈测验 3 条；已匿名处理.*举报线索 1 条/)).toBeInTheDocument()
    expect(JSON.parse(String((first(fetchMock.mock.calls)[1] as RequestInit).body))).toEqual({ action: 'deleteMyData', data: { confirm: true } })
    showModal.mockRestore()
  })

  it('shows the reason when the cloud refuses', async () => {
    cloudAnswers({ exportMyData: { status: 429, body: { ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请 60 秒后再试', retryAfter: 60 } } } })
    render(<MyDataPage />)
    fireEvent.click(screen.getByText('导出我的数据', { selector: '.action-button__label' }))
    expect(await screen.findByText('操作太频繁，请 60 秒后再试')).toBeInTheDocument()
  })
})

describe('审计日志', () => {
  const people = {
    status: 200,
    body: {
      ok: true,
      data: {
        items: [{ openid: 'demo-officer', role: 'officer', name: '王建国', officerId: 'of-wang', stationId: 'st-chengguan', active: true, grantedBy: 'demo' }],
      },
    },
  }
  const stations = {
    status: 200,
    body: { ok: true, data: { items: [{ stationId: 'st-chengguan', name: '城关派出所', address: '民主路 88 号', phone: '0000-6110110' }] } },
  }

  it('lists what was done in words, by whom by name, when and on which record', async () => {
    const { default: AuditLogPage } = await import('@/staff/audit/index')
    cloudAnswers({
      listStaff: people,
      listStations: stations,
      auditLog: {
        status: 200,
        body: {
          ok: true,
          data: {
            items: [
              {
                id: 'a1',
                at: '2026-11-24T01:30:00.000Z',
                actor: 'demo-admin-0001',
                role: 'admin',
                fn: 'org',
                action: 'createStation',
                target: 'stationId=st-1',
                targetName: '南关警务室',
                fields: ['name', 'phone'],
              },
              {
                id: 'a2',
                at: '2026-11-24T02:00:00.000Z',
                actor: 'demo-officer',
                actorName: '王建国',
                role: 'officer',
                stationId: 'st-chengguan',
                fn: 'visits',
                action: 'checkIn',
                fields: ['checkinCode'],
              },
              {
                id: 'a3',
                at: '2026-11-24T02:10:00.000Z',
                actor: 'demo-officer',
                actorName: '王建国',
                role: 'officer',
                fn: 'plates',
                action: 'somethingNew',
                fields: [],
                outcome: 'refused',
              },
            ],
          },
        },
      },
    })
    render(<AuditLogPage />)
    expect(await screen.findByText('新增派出所')).toBeInTheDocument()
    expect(screen.getByText('11月24日 周二 09:30')).toBeInTheDocument()
    expect(screen.getByText('管理员 账号尾号 n-0001')).toBeInTheDocument()
    expect(screen.getByText('对象 南关警务室')).toBeInTheDocument()
    expect(screen.getByText('签到')).toBeInTheDocument()
    expect(await screen.findByText('民警 王建国（城关派出所）')).toBeInTheDocument()
    // An action the label table does not know yet still reads as its function and name.
    expect(screen.getByText('联系牌 · somethingNew')).toBeInTheDocument()
    expect(screen.getByText('已拒绝')).toBeInTheDocument()
  })

  it('filters by person and by action, from the one label table', async () => {
    const { default: AuditLogPage } = await import('@/staff/audit/index')
    const fetchMock = cloudAnswers({ listStaff: people, listStations: stations, auditLog: { status: 200, body: { ok: true, data: { items: [] } } } })
    render(<AuditLogPage />)
    fireEvent.click(await screen.findByText('王建国'))
    fireEvent.click(screen.getByText('组织和权限'))
    fireEvent.click(await screen.findByText('开通工作台'))
    fireEvent.click(screen.getByText('今天'))
    await waitFor(() => {
      const queries = fetchMock.mock.calls.map((c) => JSON.parse(String((c[1] as RequestInit).body)) as { action: string; data: Record<string, unknown> })
      const last = queries.filter((q) => q.action === 'auditLog').pop()
      expect(last?.data).toMatchObject({ actor: 'demo-officer', fn: 'org', action: 'grantRole', from: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) })
    })
  })

  it('tells an officer it is for admins', async () => {
    const { default: AuditLogPage } = await import('@/staff/audit/index')
    cloudAnswers({
      listStaff: { status: 403, body: { ok: false, error: { code: 'FORBIDDEN', message: '仅管理员可以进行此操作' } } },
      listStations: stations,
      auditLog: { status: 403, body: { ok: false, error: { code: 'FORBIDDEN', message: '仅管理员可以进行此操作' } } },
    })
    render(<AuditLogPage />)
    expect(await screen.findByText('只有管理员可以查看审计日志')).toBeInTheDocument()
  })
})
