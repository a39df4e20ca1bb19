/**
 * The contact number a resident leaves on a form. Apart from types/contact.ts, whose emergency numbers
 * the tab pages show, so that this stays with the forms (subpackages) and the contract's schemas.
 *
 * A number the police can call a resident back on: a mobile (1[3-9] and 9 more digits) or a landline
 * with its area code, as people write it (0931-8123456, or without the dash). Short numbers such as
 * 12345 or 110 are services, not a person's contact.
 */
export const CONTACT_PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/
export const CONTACT_PHONE_PROBLEM = '请填写手机号（11 位）或带区号的座机号，例如 0931-8123456'

/** The number as typed, with the spaces people put between groups of digits taken out. */
export const normalisePhone = (typed: string) => typed.trim().replace(/[\s\u3000]+/g, '')

export const isContactPhone = (typed: string) => CONTACT_PHONE_PATTERN.test(normalisePhone(typed))
