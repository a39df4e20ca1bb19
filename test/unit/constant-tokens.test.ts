import { constantTokens, inlineTokens } from '../../config/constant-tokens'

const PAGE = '.jmt-page{--c-blue:#0a3d91;--space-4:16rpx;--fs-body:34rpx;--gap:28rpx;color:var(--c-blue)}.jmt-page--large{--fs-body:44rpx}'
const DESK = '@media (min-width:900px){.staff-page{--gap:16rpx}}'
const CARD = '.card{margin:var(--space-4) 0 var(--gap);font-size:var(--fs-body);border-color:var(--c-blue)}'

describe('constant design tokens in the weapp stylesheets', () => {
  it('takes as constants the properties declared once, and leaves those any sheet redefines', () => {
    const constants = constantTokens([PAGE, DESK, CARD])
    expect(Object.fromEntries(constants)).toEqual({ 'c-blue': '#0a3d91', 'space-4': '16rpx' })
  })

  it('writes a constant as its value and drops its declaration, keeping the variables', () => {
    const constants = constantTokens([PAGE, DESK, CARD])
    expect(inlineTokens(CARD, constants)).toBe('.card{margin:16rpx 0 var(--gap);font-size:var(--fs-body);border-color:#0a3d91}')
    expect(inlineTokens(PAGE, constants)).toBe('.jmt-page{--fs-body:34rpx;--gap:28rpx;color:#0a3d91}.jmt-page--large{--fs-body:44rpx}')
  })

  it('keeps a property read with a fallback, which would show the fallback once the declaration is gone', () => {
    const sheets = ['.a{--line:#d3dae6;--c:red}', '.b{border-color:var(--line, #000);color:var(--c)}']
    const constants = constantTokens(sheets)
    expect([...constants.keys()]).toEqual(['c'])
    expect(sheets.map((sheet) => inlineTokens(sheet, constants))).toEqual(['.a{--line:#d3dae6}', '.b{border-color:var(--line, #000);color:red}'])
  })

  it('keeps values built from other variables', () => {
    const sheets = ['.a{--x:var(--y);--y:4rpx}', '.b{margin:var(--x)}']
    expect(Object.fromEntries(constantTokens(sheets))).toEqual({ y: '4rpx' })
  })
})
