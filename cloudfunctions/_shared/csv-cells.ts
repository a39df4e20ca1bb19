import { stringify } from 'csv-stringify/sync'

/**
 * Cells of a CSV meant for Excel (and WPS, which reads CSV the same way).
 *
 * Formulas: a cell Excel reads as starting with = + - @ (or a tab or carriage return before one) is a
 * formula, and a resident's name can be one (`=HYPERLINK(…)`). The defence is a `'` before the
 * character (OWASP, CSV injection). Excel in a locale whose list separator is `;` splits a line
 * on `;`, not `,`, and ignores our quoting of commas: a cell `张三;=cmd…` becomes two cells, the second
 * a formula. So the character is defused at the start of the text and after every `;` or `,` (and
 * any spaces or quotes after it), wherever a cell may start in either locale.
 *
 * Phone numbers: Excel turns a column of digits into numbers (13800000000 shows as 1.38E+10, a
 * landline loses its leading 0). In a CSV opened by double-click there is no column type to set; the
 * one form Excel keeps as text and shows as exactly the digits is a formula yielding the text:
 * `="13800000000"`. A leading tab or apostrophe shows up in the cell, or stacks with the formula
 * defence into `'<TAB>138…`. Only a number that passed the phone schema is written that way, so the
 * formula can never hold anything but digits and one hyphen; anything else is ordinary text.
 */

const TRIGGER = /(^|[;,][\s"']*)([=+\-@\t\r])/g

/** Text as Excel will read it, with every place a formula could start defused. */
export function textCell(value: string): string {
  return value.replace(TRIGGER, "$1'$2")
}

/** The phone schema's forms (types/common.ts): a mobile, a landline with or without its hyphen, a short number. */
const VALID_PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,5})$/

/** A phone number Excel keeps as text and shows digit for digit. */
export function phoneCell(phone: string | undefined): string {
  if (!phone) return ''
  return VALID_PHONE.test(phone) ? `="${phone}"` : textCell(phone)
}

/**
 * A table as a CSV Excel opens right by double-click: a byte-order mark (without it Excel reads UTF-8
 * as the system code page and garbles Chinese), CRLF line ends, and csv-stringify's quoting of
 * commas, quotes and line breaks. Cells that hold people's or staff's text go through `textCell`.
 */
export function excelCsv(columns: string[], records: Array<Array<string | number>>): string {
  return stringify(records, { header: true, columns, bom: true, record_delimiter: 'windows' })
}
