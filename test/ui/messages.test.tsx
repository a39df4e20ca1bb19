import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import WriteMessagePage from '@/messages/write/index'
import ThreadPage from '@/messages/thread/index'
import MyThreadsPage from '@/messages/mine/index'
import MessageInboxPage from '@/staff/messages/index'
import MessageThreadConsolePage from '@/staff/messages/thread'
import { MESSAGE_NOT_FOR_EMERGENCIES } from '../../types/messages-words'
import { fakeStaffCloud, Refusal } from './staff-cloud'
import { first } from '../list-items'
import type { TaroHooks } from './taro-hooks'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () =>
  jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useRouter: () => ({ params, path: '/messages' }), useDidShow: () => undefined }),
)

function typeInto(label: string, value: string) {
  const field = screen.getByText(label).parentElement?.querySelector('taro-textarea-core, taro-input-core')
  if (!field) throw new Error(`no field labelled ${label}`)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const CARD = {
  plate: { code: 'NGSQ234X', kind: 'plate', label: '南关社区 3 号楼单元门', address: '南关什字 3 号楼', area: '南关社区', status: 'active' },
  officer: { officerId: 'of-wang', name: '王建国', badgeNo: '012345', dutyHours: '工作日 9:00–17:30', phone: '13800000001' },
  station: { stationId: 'st-chengguan', name: '城关派出所', address: '城关区民主路 88 号', phone: '0000-6110110' },
  emergency: [{ label: '报警', number: '110' }],
}

const THREAD = {
  threadId: 'LYABC',
  plateCode: 'NGSQ234X',
  area: '南关社区',
  stationId: 'st-chengguan',
  stationName: '城关派出所',
  officerName: '王建国',
  status: 'open',
  lastText: '收到，明天去看。',
  lastFrom: 'staff',
  lastAt: '2026-11-30T02:00:00.000Z',
  unread: 1,
  createdAt: '2026-11-30T01:00:00.000Z',
  messages: [
    { from: 'resident', text: '楼道里堆了很多杂物。', at: '2026-11-30T01:00:00.000Z' },
    { from: 'staff', text: '收到，明天去看。', at: '2026-11-30T02:00:00.000Z', by: '王建国' },
  ],
}

let redirectTo: jest.SpyInstance
let navigateTo: jest.SpyInstance
beforeEach(() => {
  params = {}
  redirectTo = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  navigateTo = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
})
afterEach(() => {
  redirectTo.mockRestore()
  navigateTo.mockRestore()
})

describe('给民警留言', () => {
  it('says it is not for emergencies above the box, with 110 one tap away, and names the officer', async () => {
    params = { code: 'NGSQ234X' }
    fakeStaffCloud({ 'plates.lookup': () => CARD })
    render(<WriteMessagePage />)
    expect(screen.getByText(MESSAGE_NOT_FOR_EMERGENCIES)).toBeInTheDocument()
    expect(screen.getByText('拨打 110')).toBeInTheDocument()
    expect(await screen.findByText('写给 王建国')).toBeInTheDocument()
    // The notice comes before the box in the page.
    const notice = screen.getByText(MESSAGE_NOT_FOR_EMERGENCIES)
    const box = screen.getByText('想对民警说的话')
    expect(notice.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('counts the characters left instead of cutting the text silently', async () => {
    params = { code: 'NGSQ234X' }
    fakeStaffCloud({ 'plates.lookup': () => CARD })
    render(<WriteMessagePage />)
    await screen.findByText('写给 王建国')
    expect(screen.getByText('还可以写 500 个字')).toBeInTheDocument()
    typeInto('想对民警说的话', '楼道里堆了杂物')
    expect(screen.getByText('还可以写 493 个字')).toBeInTheDocument()
  })

  it('sends the message to the plate and opens the thread', async () => {
    params = { code: 'NGSQ234X' }
    const calls = fakeStaffCloud({ 'plates.lookup': () => CARD, 'messages.send': () => ({ threadId: 'LYABC' }) })
    render(<WriteMessagePage />)
    await screen.findByText('写给 王建国')
    typeInto('想对民警说的话', '楼道里堆了很多杂物，担心着火。')
    fireEvent.click(screen.getByText('发送留言'))
    await waitFor(() => expect(redirectTo).toHaveBeenCalledWith({ url: '/messages/thread/index?threadId=LYABC' }))
    expect(calls.filter((c) => c.action === 'send').map((c) => c.data)).toEqual([{ plateCode: 'NGSQ234X', text: '楼道里堆了很多杂物，担心着火。' }])
  })

  it('shows a refusal, and clears it once the text is fixed', async () => {
    params = { code: 'NGSQ234X' }
    fakeStaffCloud({ 'plates.lookup': () => CARD, 'messages.send': () => new Refusal('CONTENT_REJECTED', '留言含有不允许发送的词语，请修改后再发送', 422) })
    render(<WriteMessagePage />)
    await screen.findByText('写给 王建国')
    fireEvent.click(screen.getByText('发送留言'))
    expect(await screen.findByRole('alert')).toHaveTextContent('请至少写 2 个字')
    typeInto('想对民警说的话', '有人卖违禁品')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    fireEvent.click(screen.getByText('发送留言'))
    expect(await screen.findByRole('alert')).toHaveTextContent('不允许发送的词语')
  })
})

describe('a resident’s thread', () => {
  it('shows both sides with the officer’s name, and sends the next message to the same plate', async () => {
    params = { threadId: 'LYABC' }
    const calls = fakeStaffCloud({ 'messages.getThread': () => THREAD, 'messages.send': () => ({ threadId: 'LYABC' }) })
    render(<ThreadPage />)
    expect(await screen.findByText('楼道里堆了很多杂物。')).toBeInTheDocument()
    expect(screen.getByText(/民警 王建国 ·/)).toBeInTheDocument()
    typeInto('继续留言', '好的，谢谢！')
    fireEvent.click(screen.getByText('发送'))
    await waitFor(() => expect(calls.filter((c) => c.action === 'send').map((c) => c.data)).toEqual([{ plateCode: 'NGSQ234X', text: '好的，谢谢！' }]))
    await waitFor(() => expect(calls.filter((c) => c.action === 'getThread')).toHaveLength(2))
  })

  it('lists my threads with unread replies', async () => {
    fakeStaffCloud({ 'messages.myThreads': () => ({ items: [THREAD] }) })
    render(<MyThreadsPage />)
    expect(await screen.findByText('1 条新回复')).toBeInTheDocument()
    expect(screen.getByText('民警：收到，明天去看。')).toBeInTheDocument()
    fireEvent.click(screen.getByText('王建国（南关社区）'))
    expect(navigateTo).toHaveBeenCalledWith({ url: '/messages/thread/index?threadId=LYABC' })
  })
})

describe('the console’s 留言', () => {
  it('shows the inbox with unread counts, open threads first', async () => {
    const calls = fakeStaffCloud({
      'messages.inbox': () => ({ items: [{ ...THREAD, lastFrom: 'resident', lastText: '楼道里堆了很多杂物。', unread: 2 }], unreadThreads: 1 }),
    })
    render(<MessageInboxPage />)
    expect(await screen.findByText('2 条未读')).toBeInTheDocument()
    expect(screen.getByText('1 条留言有未读消息')).toBeInTheDocument()
    expect(first(calls).data).toMatchObject({ status: 'open' })
  })

  it('replies, and ends a thread after asking', async () => {
    params = { threadId: 'LYABC' }
    const showModal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const calls = fakeStaffCloud({
      'messages.readThread': () => THREAD,
      'messages.reply': () => ({ threadId: 'LYABC' }),
      'messages.close': () => ({ threadId: 'LYABC', status: 'closed' }),
    })
    render(<MessageThreadConsolePage />)
    await screen.findByText('楼道里堆了很多杂物。')
    typeInto('回复居民', '已经安排物业清理。')
    fireEvent.click(screen.getByText('发送回复'))
    await waitFor(() => expect(calls.filter((c) => c.action === 'reply').map((c) => c.data)).toEqual([{ threadId: 'LYABC', text: '已经安排物业清理。' }]))
    fireEvent.click(await screen.findByText('结束这条留言'))
    await waitFor(() => expect(calls.filter((c) => c.action === 'close')).toHaveLength(1))
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '结束' }))
    showModal.mockRestore()
  })
})
