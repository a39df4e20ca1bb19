import { act, fireEvent, render, screen } from '@testing-library/react'
import PlateCodeForm from '@/components/PlateCodeForm'
import { PLATE_CODE_PROBLEMS } from '../../types/plate-code'

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

    type(container, 'ngsq235q')
    expect(container.querySelector('taro-input-core')).toHaveAttribute('value', 'NGSQ235Q')

    fireEvent.click(screen.getByText('查看联系牌'))
    expect(onSubmit).toHaveBeenCalledWith('NGSQ235Q')
  })

  it.each([
    ['too short', 'NGSQ23', PLATE_CODE_PROBLEMS.format],
    ['with a look-alike character', 'NGSQ2O5Q', PLATE_CODE_PROBLEMS.characters],
    ['with one character mistyped', 'NGSQ236Q', PLATE_CODE_PROBLEMS.check],
  ])('says what is wrong with a code %s, and does not look it up', (_, typed, problem) => {
    const onSubmit = jest.fn()
    const { container } = render(<PlateCodeForm onSubmit={onSubmit} />)

    type(container, typed)
    fireEvent.click(screen.getByText('查看联系牌'))

    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByText(problem)).toBeInTheDocument()
  })
})
