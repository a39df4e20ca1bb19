import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import RetireForm, { RETIRE_CONFIRM_TITLE } from '@/staff/components/RetireForm'
import { type CloudCall, fakeStaffCloud } from './staff-cloud'
import { stubToastAndModal } from './toast-and-modal'
import { typeInto } from './staff-form-input'

const { showToast, showModal } = stubToastAndModal()

function answerDialog(confirm: boolean) {
  showModal.mockResolvedValue({ confirm, cancel: !confirm, errMsg: 'showModal:ok' })
}

const retirements = (calls: CloudCall[]) => calls.filter((c) => c.action === 'retire')

describe('停用联系牌', () => {
  it('asks for a reason first', () => {
    const calls = fakeStaffCloud({})
    answerDialog(true)
    render(<RetireForm code="NGSQ234X" onRetired={jest.fn()} />)

    fireEvent.click(screen.getByText('停用这块联系牌'))

    expect(screen.getByText('请写明停用原因（至少 2 个字），例如 小区拆迁，牌子已收回')).toBeInTheDocument()
    expect(showModal).not.toHaveBeenCalled()
    expect(retirements(calls)).toEqual([])
  })

  it('does nothing when the confirmation is declined', async () => {
    const calls = fakeStaffCloud({ 'plates.retire': () => ({ code: 'NGSQ234X', status: 'retired' }) })
    answerDialog(false)
    const onRetired = jest.fn()
    render(<RetireForm code="NGSQ234X" onRetired={onRetired} />)
    typeInto('停用原因', '小区拆迁')

    fireEvent.click(screen.getByText('停用这块联系牌'))

    await waitFor(() => expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: RETIRE_CONFIRM_TITLE, confirmText: '停用' })))
    expect(retirements(calls)).toEqual([])
    expect(onRetired).not.toHaveBeenCalled()
  })

  it('retires the plate with its reason once confirmed', async () => {
    const calls = fakeStaffCloud({ 'plates.retire': () => ({ code: 'NGSQ234X', status: 'retired' }) })
    answerDialog(true)
    const onRetired = jest.fn()
    render(<RetireForm code="NGSQ234X" onRetired={onRetired} />)
    typeInto('停用原因', '  小区拆迁，牌子已收回 ')

    fireEvent.click(screen.getByText('停用这块联系牌'))

    await waitFor(() => expect(onRetired).toHaveBeenCalled())
    expect(retirements(calls).map((c) => c.data)).toEqual([{ code: 'NGSQ234X', reason: '小区拆迁，牌子已收回' }])
    expect(showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已停用' }))
  })
})
