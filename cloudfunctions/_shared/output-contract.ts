import type { ActionSpec } from '../../types/action'

/**
 * Every answer is checked against its action's declared output schema, in the WeChat cloud as in
 * the local one: the contract is what the front end and the privacy proofs rely on, so an answer that
 * does not match it — a wrong type, or a field the contract does not declare (a phone number a
 * handler let slip) — is not sent. The caller gets INTERNAL; the function's log names the action and
 * the paths at fault, never their values (they may be personal data).
 */
export function checkOutput(name: string, action: string, spec: ActionSpec, result: unknown): unknown {
  const checked = spec.output.safeParse(result)
  if (!checked.success) {
    const issues = checked.error.issues.map((issue) => `${issue.path.join('.') || '(answer)'}: ${issue.code}`)
    console.error(`[${name}.${action}] answer does not match the contract`, issues.slice(0, 20))
    throw new Error('output contract violation')
  }
  const undeclared = undeclaredFields(result, checked.data)
  if (undeclared.length > 0) {
    console.error(`[${name}.${action}] answer carries fields the contract does not declare`, undeclared.slice(0, 20))
    throw new Error('output contract violation')
  }
  return checked.data
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

/**
 * The paths of fields in `raw` that parsing dropped (zod objects strip keys they do not declare).
 * Fields whose value is undefined do not count: JSON leaves them out anyway.
 */
export function undeclaredFields(raw: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) return raw.flatMap((item, i) => undeclaredFields(item, parsed[i], `${path}${i}.`))
  if (!isPlainObject(raw) || !isPlainObject(parsed)) return []
  const out: string[] = []
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue
    if (!Object.prototype.hasOwnProperty.call(parsed, key)) out.push(`${path}${key}`)
    else out.push(...undeclaredFields(value, parsed[key], `${path}${key}.`))
  }
  return out
}
