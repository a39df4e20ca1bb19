import { normalisePlateCode, parsePlateCodeFromScan, plateCodeFromScene } from '@/plate/code'

describe('parsePlateCodeFromScan', () => {
  it('reads the scene of a 小程序码 path', () => {
    expect(parsePlateCodeFromScan('pages/plate/index?scene=K7M3Q9')).toBe('K7M3Q9')
  })

  it('reads a URL-encoded scene with a key, as WeChat hands it over', () => {
    expect(parsePlateCodeFromScan('pages/plate/index?scene=c%3DK7M3Q9')).toBe('K7M3Q9')
  })

  it('reads a printed plate URL ending in /p/CODE', () => {
    expect(parsePlateCodeFromScan('https://jmt.example.gov.cn/p/K7M3Q9')).toBe('K7M3Q9')
    expect(parsePlateCodeFromScan('http://127.0.0.1:8787/p/k7m3q9/')).toBe('K7M3Q9')
    expect(parsePlateCodeFromScan('https://jmt.example.gov.cn/p/K7M3Q9?from=plate#top')).toBe('K7M3Q9')
  })

  it('reads a link to the H5 plate page', () => {
    expect(parsePlateCodeFromScan('http://127.0.0.1:8787/#/pages/plate/index?code=K7M3Q9')).toBe('K7M3Q9')
  })

  it('takes a bare code, in any case, with spaces around it', () => {
    expect(parsePlateCodeFromScan('  k7m3q9 ')).toBe('K7M3Q9')
  })

  it('refuses what is not a plate', () => {
    expect(parsePlateCodeFromScan('')).toBeNull()
    expect(parsePlateCodeFromScan('https://example.com/')).toBeNull()
    expect(parsePlateCodeFromScan('https://example.com/article/123')).toBeNull()
    expect(parsePlateCodeFromScan('WIFI:S:shop;T:WPA;P:12345678;;')).toBeNull()
    expect(parsePlateCodeFromScan('6901234567892')).toBeNull() // a barcode: has 0 and 1
    expect(parsePlateCodeFromScan('pages/plate/index?scene=%E4%BD%A0%E5%A5%BD')).toBeNull()
    expect(parsePlateCodeFromScan('ABC')).toBeNull()
  })

  it('refuses codes with the look-alike characters 0, O, 1 and I', () => {
    expect(parsePlateCodeFromScan('K7M0Q9')).toBeNull()
    expect(parsePlateCodeFromScan('K7MOQ9')).toBeNull()
    expect(parsePlateCodeFromScan('K7M1Q9')).toBeNull()
    expect(parsePlateCodeFromScan('K7MIQ9')).toBeNull()
  })
})

describe('plate code helpers', () => {
  it('normalises what a person types', () => {
    expect(normalisePlateCode('k7m-3q9')).toBe('K7M3Q9')
    expect(normalisePlateCode('k7 m3 q9')).toBe('K7M3Q9')
  })

  it('reads a bare scene as the code', () => {
    expect(plateCodeFromScene('K7M3Q9')).toBe('K7M3Q9')
    expect(plateCodeFromScene('code%3DK7M3Q9')).toBe('K7M3Q9')
  })
})
