import { callUntyped } from './index'

/**
 * The fraud domain is not in types/ yet. Until it is, its calls go through
 * `callUntyped` and their answers are read here, field by field, into the small view shapes the pages
 * render. When the domain lands in the contract, `call` with its real output type replaces its reader.
 */

type Fields = Record<string, unknown>

function fields(value: unknown): Fields {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Fields) : {}
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function firstText(source: Fields, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const found = text(source[key])
    if (found) return found
  }
  return undefined
}

// ── fraud ─────────────────────────────────────────────────────────────────────────────────────────

export interface DailyTipView {
  title?: string
  body: string
}

/** Answers null when there is no tip today. */
export async function fetchDailyTip(): Promise<DailyTipView | null> {
  const answer = fields(await callUntyped('fraud', 'dailyTip', {}))
  const tip = { ...answer, ...fields(answer.tip) }
  const body = firstText(tip, 'body', 'text', 'content')
  return body ? { title: firstText(tip, 'title'), body } : null
}
