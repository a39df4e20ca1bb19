import { cloud, isLocalCloud } from '../cloud'
import { msgSecCheckLocally } from './local/msg-sec-check'

/**
 * Checks user text before others see it: `security.msgSecCheck` (v2) in the WeChat cloud, its strict
 * stand-in with a word list in the local cloud (local/msg-sec-check.ts). The function using it needs
 * the openapi permission `security.msgSecCheck` in its config.json.
 */
export interface TextCheck {
  pass: boolean
  /** WeChat's label for what was found, when not passed. */
  label?: string
  /** The words the check named (its `keyword` strategy), when it named any: an editor knows what to change. */
  words?: string[]
}

/** Scenes of msgSecCheck v2: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type CheckScene = 1 | 2 | 3 | 4

export async function checkText(content: string, openid: string, scene: CheckScene = 2): Promise<TextCheck> {
  const request = { version: 2, openid, scene, content }
  const result = (isLocalCloud ? msgSecCheckLocally(request) : await cloud.openapi.security.msgSecCheck(request)) as {
    result?: { suggest?: string; label?: number }
    detail?: { keyword?: unknown }[]
  }
  const suggest = result.result?.suggest
  if (suggest === 'pass') return { pass: true }
  const words = [...new Set((result.detail ?? []).map((d) => d.keyword).filter((k): k is string => typeof k === 'string' && k.length > 0))]
  return { pass: false, label: String(result.result?.label ?? suggest), ...(words.length > 0 ? { words } : {}) }
}

/** The words a refused check named, for a refusal message: `“赌博网站”、“办假证”`, or '' when it named none. */
export function quoteWords(words: string[] | undefined): string {
  return (words ?? []).map((w) => `“${w}”`).join('、')
}
