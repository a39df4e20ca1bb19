import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ContentEditPage from '@/staff/content/edit'
import ContentListPage from '@/staff/content/index'
import { fakeStaffCloud, Refusal } from './staff-cloud'
import { first, last, nth } from '../list-items'
import type { TaroHooks } from './taro-hooks'

let params: Record<string, string> = {}
jest.mock('@tarojs/taro', () =>
  jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ useRouter: () => ({ params, path: '/staff/content/edit' }), useDidShow: () => undefined }),
)

const row = (id: string, title: string, status: string) => ({ id, kind: 'article', status, type: 'police', title, updatedAt: '2026-11-20T08:00:00.000Z' })

/** Types into the text box labelled `label`, as Taro's H5 textarea reports typing. */
function typeIntoBox(label: string, value: string) {
  const box = screen.getByText(label).parentElement?.querySelector('taro-textarea-core')
  if (!box) throw new Error(`no text box labelled ${label}`)
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}
const chip = (label: string) => screen.getByText(label, { selector: '.choice-chips__chip *' })

beforeEach(() => {
  params = {}
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
})
afterEach(() => jest.restoreAllMocks())

describe('the content list', () => {
  it('lists content of a kind by status, drafts included', async () => {
    const calls = fakeStaffCloud({
      'fraud.listContent': ({ kind, status }) =>
        kind === 'tip'
          ? { items: [{ id: 't1', kind: 'tip', status: 'draft', title: '验证码不告诉任何人。', updatedAt: '2026-11-20T08:00:00.000Z' }] }
          : { items: status === 'draft' ? [row('a1', '草稿文章', 'draft')] : [row('a1', '草稿文章', 'draft'), row('a2', '已发布文章', 'published')] },
    })
    render(<ContentListPage />)

    expect(await screen.findByText('已发布文章')).toBeInTheDocument()
    expect(screen.getByText('草稿文章')).toBeInTheDocument()

    fireEvent.click(chip('草稿'))
    await waitFor(() => expect(screen.queryByText('已发布文章')).not.toBeInTheDocument())
    expect(last(calls).data).toMatchObject({ kind: 'article', status: 'draft' })

    fireEvent.click(chip('每日提示'))
    expect(await screen.findByText('验证码不告诉任何人。')).toBeInTheDocument()
    expect(screen.getByText('新建每日提示')).toBeInTheDocument()
  })
})

describe('the content editor', () => {
  it('writes a new tip, previews it, saves it as a draft and publishes it', async () => {
    params = { kind: 'tip' }
    const calls = fakeStaffCloud({
      'fraud.saveTip': () => ({ id: 'tip-new' }),
      'fraud.publish': ({ id }) => ({ id, status: 'published' }),
    })
    render(<ContentEditPage />)

    await screen.findByText('提示内容')
    typeIntoBox('提示内容', '陌生来电让你转账，一律不转。')
    fireEvent.click(chip('冒充公检法'))
    fireEvent.click(chip('预览'))
    expect(await screen.findByText('今日提醒 · 冒充公检法')).toBeInTheDocument()
    expect(screen.getByText('陌生来电让你转账，一律不转。')).toBeInTheDocument()

    fireEvent.click(screen.getByText('发布'))
    expect(await screen.findByText('已发布', { selector: '.content-edit__badge, .content-edit__badge *' })).toBeInTheDocument()
    expect(calls.map((c) => c.action)).toEqual(['saveTip', 'publish'])
    expect(first(calls).data).toEqual({ text: '陌生来电让你转账，一律不转。', type: 'police' })
    expect(nth(calls, 1).data).toEqual({ kind: 'tip', id: 'tip-new' })
  })

  it('names the field the content check rejected', async () => {
    params = { kind: 'article', id: 'a1' }
    fakeStaffCloud({
      'fraud.getContent': () => ({
        kind: 'article',
        id: 'a1',
        status: 'draft',
        updatedAt: '2026-11-20T08:00:00.000Z',
        type: 'police',
        title: '标题',
        summary: '摘要',
        body: [
          { kind: 'paragraph', text: '第一段' },
          { kind: 'signs', items: ['信号一', '信号二'] },
        ],
      }),
      'fraud.publish': () => new Refusal('CONTENT_REJECTED', '正文含有不适合发布的内容，请修改后再发布', 422),
    })
    render(<ContentEditPage />)

    expect(await screen.findByText('第 2 段 · 警惕信号')).toBeInTheDocument()
    expect(screen.getByLabelText('警惕信号，一行一条')).toHaveValue('信号一\n信号二')
    fireEvent.click(screen.getByText('发布'))
    expect(await screen.findByRole('alert')).toHaveTextContent('正文含有不适合发布的内容')
  })

  it('says what is missing before sending anything', async () => {
    params = { kind: 'question' }
    const calls = fakeStaffCloud({})
    render(<ContentEditPage />)
    fireEvent.click(await screen.findByText('保存草稿'))
    expect(await screen.findByRole('alert')).toHaveTextContent('请填写题目')
    expect(calls).toEqual([])
  })

  it('takes a published item down', async () => {
    params = { kind: 'case', id: 'c1' }
    const calls = fakeStaffCloud({
      'fraud.getContent': () => ({
        kind: 'case',
        id: 'c1',
        status: 'published',
        updatedAt: '2026-11-20T08:00:00.000Z',
        type: 'boss',
        title: '冒充领导',
        story: '一位会计接到“老板”的微信。',
        mistake: '没核实',
        lesson: '先核实',
      }),
      'fraud.archive': ({ id }) => ({ id, status: 'archived' }),
    })
    // 下架 asks first: 不下架 changes nothing, 下架 takes it down.
    const showModal = jest
      .spyOn(Taro, 'showModal')
      .mockResolvedValueOnce({ confirm: false, cancel: true } as never)
      .mockResolvedValueOnce({ confirm: true, cancel: false } as never)
    render(<ContentEditPage />)
    fireEvent.click(await screen.findByText('下架'))
    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1))
    expect(calls.filter((c) => c.action === 'archive')).toEqual([])
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)))
    fireEvent.click(screen.getByText('下架'))
    expect(await screen.findByText('已下架')).toBeInTheDocument()
    expect(calls[calls.length - 1]).toMatchObject({ action: 'archive', data: { kind: 'case', id: 'c1' } })
    showModal.mockRestore()
  })
})
