import { normalisePlateCode, parsePlateCodeFromScan, plateCodeFromScene } from '@/plate/code'

// Valid codes: seven characters and their check character (types/plate-code).
const CODE = 'NGSQ235Q'

describe('parsePlateCodeFromScan', () => {
  it('reads the scene of a 小程序码 path', () => {
    expect(parsePlateCodeFromScan(`pages/plate/index?scene=${CODE}`)).toBe(CODE)
  })

  it('reads a URL-encoded scene with a key, as WeChat hands it over', () => {
    expect(parsePlateCodeFromScan(`pages/plate/index?scene=c%3D${CODE}`)).toBe(CODE)
  })

  it('reads a printed plate URL ending in /p/CODE', () => {
    expect(parsePlateCodeFromScan(`https://jmt.example.gov.cn/p/${CODE}`)).toBe(CODE)
    expect(parsePlateCodeFromScan('http://127.0.0.1:8787/p/ngsq235q/')).toBe(CODE)
    expect(parsePlateCodeFromScan(`https://jmt.example.gov.cn/p/${CODE}?from=plate#top`)).toBe(CODE)
  })

  it('reads a link to the H5 plate page', () => {
    expect(parsePlateCodeFromScan(`http://127.0.0.1:8787/#/pages/plate/index?code=${CODE}`)).toBe(CODE)
  })

  it('takes a bare code, in any case, with spaces around it', () => {
    expect(parsePlateCodeFromScan('  ngsq235q ')).toBe(CODE)
  })

  it('refuses what is not a plate', () => {
    expect(parsePlateCodeFromScan('')).toBeNull()
    expect(parsePlateCodeFromScan('https://example.com/')).toBeNull()
    expect(parsePlateCodeFromScan('https://example.com/article/123')).toBeNull()
    expect(parsePlateCodeFromScan('WIFI:S:shop;T:WPA;P:12345678;;')).toBeNull()
    expect(parsePlateCodeFromScan('6901234567892')).toBeNull()
    expect(parsePlateCodeFromScan('pages/plate/index?scene=%E4%BD%A0%E5%A5%BD')).toBeNull()
    expect(parsePlateCodeFromScan('ABC')).toBeNull()
  })

  it('refuses a code whose check character does not match (one character misread)', () => {
    expect(parsePlateCodeFromScan('NGSQ236Q')).toBeNull()
    expect(parsePlateCodeFromScan('https://jmt.example.gov.cn/p/NGSQ235R')).toBeNull()
  })
})

describe('plate code helpers', () => {
  it('normalises what a person types', () => {
    expect(normalisePlateCode('ngsq-235q')).toBe(CODE)
    expect(normalisePlateCode('ngsq 235q')).toBe(CODE)
  })

  it('reads a bare scene as the code', () => {
    expect(plateCodeFromScene(CODE)).toBe(CODE)
    expect(plateCodeFromScene(`code%3D${CODE}`)).toBe(CODE)
  })
})
