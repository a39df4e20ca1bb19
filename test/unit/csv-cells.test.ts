import { stringify } from 'csv-stringify/sync'
import { phoneCell, textCell } from '../../cloudfunctions/_shared/csv-cells'

/** The cells Excel sees in a line, splitting on `;` as a semicolon-locale Excel does (quotes aside). */
const semicolonCells = (line: string) => line.split(';').map((cell) => cell.replace(/^"+/, ''))
const startsFormula = (cell: string) => /^[\s"]*[=+\-@\t\r]/.test(cell)

describe('CSV cells for Excel', () => {
  it('writes a validated phone number as ="…": text to Excel, shown digit for digit, nothing stray', () => {
    expect(phoneCell('13800000000')).toBe('="13800000000"')
    expect(phoneCell('0931-8123456')).toBe('="0931-8123456"')
    expect(phoneCell(undefined)).toBe('')
    const line = stringify([[phoneCell('13800000000')]]).trim()
    expect(line).toBe('"=""13800000000"""')
    // Unquoted as Excel reads it ("" is one "): the cell is exactly the formula, no tab, no apostrophe.
    expect(line.slice(1, -1).replace(/""/g, '"')).toBe('="13800000000"')
    expect(line).not.toMatch(/\t|'/)
  })

  it('never lets anything but a valid number into the ="…" form', () => {
    expect(phoneCell('138"&HYPERLINK("x")&"')).not.toMatch(/^="/)
    expect(phoneCell('=1+1')).toBe("'=1+1")
  })

  it('defuses formulas at the start of a cell', () => {
    for (const trigger of ['=', '+', '-', '@', '\t', '\r']) expect(textCell(`${trigger}HYPERLINK("http://x")`)).toBe(`'${trigger}HYPERLINK("http://x")`)
    expect(textCell('王阿姨')).toBe('王阿姨')
  })

  it('defuses formulas after ; and , where a semicolon-locale Excel starts a new cell', () => {
    const name = textCell("张三;=cmd|' /C calc'!A0")
    const note = textCell('备注, =HYPERLINK("http://x");  "+1+1')
    expect(name).toBe("张三;'=cmd|' /C calc'!A0")
    expect(note).toBe('备注, \'=HYPERLINK("http://x");  "\'+1+1')
    const line = stringify([[1, name, note]]).trim()
    expect(semicolonCells(line).filter(startsFormula)).toEqual([])
    expect(
      line
        .split(',')
        .map((c) => c.replace(/^"+/, ''))
        .filter(startsFormula),
    ).toEqual([])
  })
})
