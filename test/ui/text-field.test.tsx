import { act, render, screen } from '@testing-library/react'
import TextField from '@/components/TextField'

/** One labelled text field for the resident forms and the console (no TextBox, StaffTextArea, ReportLine beside it). */
describe('TextField', () => {
  it('counts what is written under a long text, before its hint', () => {
    const onChange = jest.fn()
    const { rerender } = render(<TextField label="事情经过" value="" onChange={onChange} maxlength={2500} tall counted hint="不写真实姓名" />)
    expect(screen.getByText('已写 0 / 2500 字')).toBeInTheDocument()
    const field = screen.getByLabelText('事情经过')
    act(() => void field.dispatchEvent(new CustomEvent('input', { detail: { value: '接到自称客服的电话' }, bubbles: true })))
    expect(onChange).toHaveBeenLastCalledWith('接到自称客服的电话')
    rerender(<TextField label="事情经过" value="接到自称客服的电话" onChange={onChange} maxlength={2500} tall counted hint="不写真实姓名" />)
    const hints = Array.from(document.querySelectorAll('.jmt-field__hint')).map((node) => node.textContent)
    expect(hints).toEqual(['已写 9 / 2500 字', '不写真实姓名'])
  })

  it('is several lines when tall, twice the height of an ordinary several-line field', () => {
    render(<TextField label="事情经过" value="" onChange={() => undefined} tall />)
    expect(screen.getByLabelText('事情经过').closest('.jmt-input')).toHaveClass('jmt-input--multiline', 'text-field__input--tall')
  })

  it('shows no count unless asked', () => {
    render(<TextField label="错在哪里" value="转了账" onChange={() => undefined} multiline maxlength={1000} />)
    expect(screen.queryByText(/已写/)).not.toBeInTheDocument()
  })
})
