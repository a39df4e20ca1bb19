/**
 * Plate codes: printed on 警民联系牌 and stamped in household registers, read by people and by
 * cameras. Seven random characters and a check character from an alphabet without look-alikes
 * (no 0/O, 1/I/L), case-insensitive. 31 symbols is a prime, so a position-weighted mod-31 check
 * catches every single mistyped character and every swap of two neighbours: a mistyped code is
 * answered as mistyped, never as somebody else's plate. Eight characters fit the 32-character
 * `scene` of a 小程序码 with room to spare.
 */
export const PLATE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const PLATE_BODY_LENGTH = 7
export const PLATE_CODE_LENGTH = PLATE_BODY_LENGTH + 1

const VALUE = new Map([...PLATE_ALPHABET].map((c, i) => [c, i]))

export function checkCharacter(body: string): string {
  let sum = 0
  for (const [i, character] of [...body].entries()) {
    const value = VALUE.get(character)
    if (value === undefined) throw new Error(`not a plate character: ${character}`)
    sum += value * (i + 1)
  }
  return PLATE_ALPHABET.charAt((PLATE_ALPHABET.length - (sum % PLATE_ALPHABET.length)) % PLATE_ALPHABET.length)
}

/** A new code from random numbers in [0, 1) (crypto-strong ones on the server). */
export function makePlateCode(random: () => number): string {
  let body = ''
  for (let i = 0; i < PLATE_BODY_LENGTH; i++) body += PLATE_ALPHABET[Math.floor(random() * PLATE_ALPHABET.length)]
  return body + checkCharacter(body)
}

export type PlateCodeCheck = { ok: true; code: string } | { ok: false; reason: 'format' | 'characters' | 'check' }

/** Reads a typed or scanned code: spaces and dashes ignored, any case. */
export function readPlateCode(input: string): PlateCodeCheck {
  const code = input.replace(/[\s-]/g, '').toUpperCase()
  if (code.length !== PLATE_CODE_LENGTH) return { ok: false, reason: 'format' }
  if ([...code].some((c) => !VALUE.has(c))) return { ok: false, reason: 'characters' }
  if (checkCharacter(code.slice(0, PLATE_BODY_LENGTH)) !== code[PLATE_BODY_LENGTH]) return { ok: false, reason: 'check' }
  return { ok: true, code }
}

export const PLATE_CODE_PROBLEMS: Record<Exclude<PlateCodeCheck, { ok: true }>['reason'], string> = {
  format: `联系牌编号应为 ${PLATE_CODE_LENGTH} 位字母和数字`,
  characters: '联系牌编号里没有字母 O、I、L 和数字 0、1，请再核对一下',
  check: '联系牌编号有误，请核对后重新输入',
}
