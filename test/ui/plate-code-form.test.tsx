import { act, fireEvent, render, screen } from '@testing-library/react'
import PlateCodeForm, { CODE_INVALID } from '@/components/PlateCodeForm'

function type(container: HTMLElement, value: string) {
  const input = container.querySelector('taro-input-core')
  if (!input) throw new Error('no code field')
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

describe('typing a plate code', () => {
  it('shows what is typed in capitals and opens the plate', () => {
    const onSubmit = jest.fn()
    const { container } = render(<PlateCodeForm onSubmit={onSubmit} />)

    type(container, 'k7m3q9')
    expect(container.querySelector('taro-input-core')).toHaveAttribute('value', 'K7M3Q9')

    fireEvent.click(screen.getByText('查看联系牌'))
    expect(onSubmit).toHaveBeenCalledWith('K7M3Q9')
  })

  it('explains what a code looks like when the one typed cannot exist', () => {
    const onSubmit = jest.fn()
    const { container } = render(<PlateCodeForm onSubmit={onSubmit} />)

    type(container, 'K7M0Q9')
    fireEvent.click(screen.getByText('查看联系牌'))

    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByText(CODE_INVALID)).toBeInTheDocument()
  })
})
