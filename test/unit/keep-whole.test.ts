import { keepWhole } from '../../src/text/keepWhole'

const J = '\u2060'

describe('keepWhole', () => {
  it('joins both sides of the dash in a time range, and inside 次日', () => {
    expect(keepWhole('工作日 8:30–17:30')).toBe(`工作日 8:30${J}–${J}17:30`)
    expect(keepWhole('每天 18:00–次日02:00')).toBe(`每天 18:00${J}–${J}次${J}日${J}02:00`)
  })

  it('keeps a landline and a number range whole, and leaves other words alone', () => {
    expect(keepWhole('0931-8123456')).toBe(`0931${J}-${J}8123456`)
    expect(keepWhole('1–500 人')).toBe(`1${J}–${J}500 人`)
    expect(keepWhole('南关社区 3 号楼')).toBe('南关社区 3 号楼')
  })

  it('is drawn exactly as before: only invisible joiners are added', () => {
    const text = '12月1日 周二 09:00–11:30'
    expect(keepWhole(text).replaceAll(J, '')).toBe(text)
  })
})
