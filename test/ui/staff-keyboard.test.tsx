import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import ChoiceChips from '@/staff/components/ChoiceChips'
import RetireForm from '@/staff/components/RetireForm'
import { fakeStaffCloud } from './staff-cloud'
import { typeInto } from './staff-form-input'

/** The keyboard's Enter in the console text field labelled `label`, as Taro's H5 input reports it. */
function pressEnterIn(label: string) {
  const field = screen.getByText(label).parentElement?.querySelector('taro-input-core')
  if (!field) throw new Error(`no field labelled ${label}`)
  act(() => {
    field.dispatchEvent(new CustomEvent('confirm', { detail: { value: '' }, bubbles: true }))
  })
}

describe('console forms at a keyboard', () => {
  it('sends a form on Enter in a one-line field, as its button does', async () => {
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const ask = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const calls = fakeStaffCloud({ 'plates.retire': () => ({ code: 'NGSQ234X', status: 'retired' }) })
    const onRetired = jest.fn()
    render(<RetireForm code="NGSQ234X" onRetired={onRetired} />)
    typeInto('停用原因', '小区拆迁')

    pressEnterIn('停用原因')

    await waitFor(() => expect(onRetired).toHaveBeenCalled())
    expect(ask).toHaveBeenCalledTimes(1)
    expect(calls.filter((c) => c.action === 'retire').map((c) => c.data)).toEqual([{ code: 'NGSQ234X', reason: '小区拆迁' }])
    ask.mockRestore()
  })

  it('says what is missing on Enter in an empty form, sending nothing', () => {
    const calls = fakeStaffCloud({})
    render(<RetireForm code="NGSQ234X" onRetired={jest.fn()} />)
    pressEnterIn('停用原因')
    expect(screen.getByText('请写明停用原因（至少 2 个字），例如 小区拆迁，牌子已收回')).toBeInTheDocument()
    expect(calls).toEqual([])
  })

  it('lets Tab reach every chip and Enter or Space choose it', () => {
    const chosen: string[] = []
    render(
      <ChoiceChips
        label="状态"
        choices={[
          { value: 'active', label: '在用' },
          { value: 'retired', label: '已停用' },
        ]}
        value="active"
        onChange={(v) => chosen.push(v)}
      />,
    )
    const chips = screen.getAllByRole('button')
    expect(chips.map((c) => c.getAttribute('tabindex'))).toEqual(['0', '0'])
    expect(chips[0]).toHaveAttribute('aria-pressed', 'true')
    fireEvent.keyDown(chips[1] as HTMLElement, { key: 'Enter' })
    fireEvent.keyDown(chips[1] as HTMLElement, { key: ' ' })
    fireEvent.keyDown(chips[1] as HTMLElement, { key: 'a' })
    expect(chosen).toEqual(['retired', 'retired'])
  })
})
