import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ReportForm, { ANONYMOUS_NOTE, CONTACT_PURPOSE } from '@/components/ReportForm'
import MediationForm, { MEDIATION_CONTACT_PURPOSE } from '@/components/MediationForm'
import { type CloudCall, fakeStaffCloud, Refusal } from './staff-cloud'
import { first } from '../list-items'

/** What the form sent, leaving out reading the template of progress notices and asking for it. */
const sent = (calls: CloudCall[]) => calls.filter((c) => c.action !== 'getStatusTemplates' && c.fn !== 'subscriptions')

/** Types into the resident field labelled `label` (a Taro Textarea or Input), as H5 reports typing. */
function typeInto(label: string, value: string) {
  const field = screen.getByText(label).parentElement?.querySelector('taro-textarea-core, taro-input-core')
  if (!field) throw new Error(`no field labelled ${label}`)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const CLUE = '小区门口有人摆摊，说扫码领鸡蛋，要下载投资软件。'

describe('线索举报 form', () => {
  it('puts 110 first and dials it', () => {
    fakeStaffCloud({})
    const makePhoneCall = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    render(<ReportForm onSent={jest.fn()} />)
    fireEvent.click(screen.getByText('拨打 110'))
    expect(makePhoneCall).toHaveBeenCalledWith({ phoneNumber: '110' })
    makePhoneCall.mockRestore()
  })

  it('says why it asks for a phone number, and that an anonymous sender cannot be called back', () => {
    fakeStaffCloud({})
    render(<ReportForm onSent={jest.fn()} />)
    expect(screen.getByText(CONTACT_PURPOSE)).toBeInTheDocument()
    fireEvent.click(screen.getByText('匿名'))
    expect(screen.getByText(ANONYMOUS_NOTE)).toBeInTheDocument()
    expect(screen.queryByText(CONTACT_PURPOSE)).not.toBeInTheDocument()
  })

  it('asks for a category and a few words before sending anything', () => {
    const calls = fakeStaffCloud({})
    render(<ReportForm onSent={jest.fn()} />)
    fireEvent.click(screen.getByText('提交线索'))
    expect(screen.getByText('请选择线索类别')).toBeInTheDocument()
    fireEvent.click(screen.getByText('涉赌'))
    typeInto('发生了什么', '有人赌钱')
    fireEvent.click(screen.getByText('提交线索'))
    expect(screen.getByText('请把情况写清楚一些，至少 10 个字')).toBeInTheDocument()
    expect(sent(calls)).toEqual([])
  })

  it('sends an anonymous report with no contact, to the station it was opened for', async () => {
    const calls = fakeStaffCloud({ 'community.submitReport': () => ({ ticketNo: 'JB20261124-7KQ3' }) })
    const onSent = jest.fn()
    render(<ReportForm onSent={onSent} stationId="st-chengguan" />)
    fireEvent.click(screen.getByText('电信网络诈骗'))
    typeInto('发生了什么', CLUE)
    typeInto('联系电话（可不填）', '13912345678')
    fireEvent.click(screen.getByText('匿名'))
    fireEvent.click(screen.getByText('提交线索'))
    await waitFor(() => expect(onSent).toHaveBeenCalledWith('JB20261124-7KQ3'))
    expect(sent(calls)).toEqual([
      { fn: 'community', action: 'submitReport', data: { category: 'fraud', text: CLUE, anonymous: true, stationId: 'st-chengguan' } },
    ])
  })

  it('shows the server’s refusal, e.g. the daily limit', async () => {
    fakeStaffCloud({ 'community.submitReport': () => new Refusal('RATE_LIMITED', '每人每天最多提交 5 条举报，请明天再来。', 429) })
    const onSent = jest.fn()
    render(<ReportForm onSent={onSent} />)
    fireEvent.click(screen.getByText('安全隐患'))
    typeInto('发生了什么', CLUE)
    fireEvent.click(screen.getByText('提交线索'))
    expect(await screen.findByText('每人每天最多提交 5 条举报，请明天再来。')).toBeInTheDocument()
    expect(onSent).not.toHaveBeenCalled()
  })
})

describe('矛盾纠纷调解 form', () => {
  it('needs a phone number and says who sees it', async () => {
    const calls = fakeStaffCloud({ 'community.requestMediation': () => ({ ticketNo: 'TJ20261124-2ABC' }) })
    const onSent = jest.fn()
    render(<MediationForm onSent={onSent} />)
    expect(screen.getByText(MEDIATION_CONTACT_PURPOSE)).toBeInTheDocument()
    fireEvent.click(screen.getByText('邻里纠纷'))
    typeInto('纠纷经过', '楼上邻居每天半夜拖椅子，沟通过没有用。')
    fireEvent.click(screen.getByText('申请调解'))
    expect(screen.getByText('请填写手机号（11 位）或带区号的座机号，例如 0931-8123456')).toBeInTheDocument()
    // A landline as people write it: the area code, a dash, the number.
    typeInto('联系电话', '0931-8123456')
    typeInto('对方是谁（可不填）', '楼上 602')
    fireEvent.click(screen.getByText('申请调解'))
    await waitFor(() => expect(onSent).toHaveBeenCalledWith('TJ20261124-2ABC'))
    expect(first(sent(calls)).data).toEqual({
      category: 'neighbour',
      description: '楼上邻居每天半夜拖椅子，沟通过没有用。',
      contact: '0931-8123456',
      otherParty: '楼上 602',
    })
  })
})
