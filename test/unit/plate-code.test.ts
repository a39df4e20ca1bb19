import { makePlateCode, PLATE_ALPHABET, readPlateCode } from '../../types/plate-code'
import { first } from '../list-items'

/** A seeded generator, so the test is reproducible. */
function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31
    return seed / 2 ** 31
  }
}

const codes = Array.from({ length: 200 }, (_, i) => makePlateCode(seeded(i + 1)))

describe('plate codes', () => {
  it('are eight characters without look-alikes and read back as themselves', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
      expect(readPlateCode(code)).toEqual({ ok: true, code })
    }
  })

  it('read the same in lower case and with spaces or dashes', () => {
    const code = first(codes)
    expect(readPlateCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toEqual({ ok: true, code })
  })

  it('catch every single mistyped character', () => {
    for (const code of codes.slice(0, 50)) {
      for (let i = 0; i < code.length; i++) {
        for (const c of PLATE_ALPHABET) {
          if (c === code[i]) continue
          const typo = code.slice(0, i) + c + code.slice(i + 1)
          expect(readPlateCode(typo).ok).toBe(false)
        }
      }
    }
  })

  it('catch every swap of two neighbouring characters', () => {
    for (const code of codes) {
      for (let i = 0; i < code.length - 1; i++) {
        if (code[i] === code[i + 1]) continue
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)
        expect(readPlateCode(swapped)).toEqual({ ok: false, reason: 'check' })
      }
    }
  })

  it('say why a code is refused', () => {
    expect(readPlateCode('ABC')).toEqual({ ok: false, reason: 'format' })
    expect(readPlateCode('ABCDEFG0')).toEqual({ ok: false, reason: 'characters' })
    expect(readPlateCode('ABCDEFGO')).toEqual({ ok: false, reason: 'characters' })
  })

  it('fit the 32-character scene of a mini-program code', () => {
    expect(Math.max(...codes.map((c) => encodeURIComponent(c).length))).toBeLessThanOrEqual(32)
  })
})
