import { act, screen } from '@testing-library/react'

/** Types into the console text field labelled `label`, as Taro's H5 input reports typing. */
export function typeInto(label: string, value: string) {
  const field = screen.getByText(label).parentElement?.querySelector('taro-input-core')
  if (!field) throw new Error(`no field labelled ${label}`)
  act(() => {
    field.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}
