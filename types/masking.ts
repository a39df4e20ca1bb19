/**
 * Masking of personal data where it is shown (PIPL: show no more than the task needs). Shared by the
 * front end and the functions: `maskPhone('13812341234')` → `138****1234`.
 */
export function maskPhone(phone: string | undefined | null): string {
  if (!phone) return ''
  const digits = phone.trim()
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  // Landlines and other lengths: keep the first three and last four when there is something to hide.
  if (digits.length > 7) return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`
  return digits.length > 4 ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : digits
}

/** A name with only its first character shown: 王建国 → 王**, 李梅 → 李*. */
export function maskName(name: string | undefined | null): string {
  if (!name) return ''
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return chars.join('')
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 4))
}

/** Enough of an openid to tell two apart, never the whole of it. */
export function maskOpenid(openid: string): string {
  if (openid.length <= 8) return `${openid.slice(0, 2)}****`
  return `${openid.slice(0, 4)}****${openid.slice(-4)}`
}
