import { createContext } from 'react'

/**
 * The form a one-line field belongs to: Enter (the keyboard's 完成 on a phone) in any of its fields
 * sends it, as a desktop reader expects of a form. A field's own `onConfirm` comes first.
 */
export const EnterSubmits = createContext<(() => void) | undefined>(undefined)
