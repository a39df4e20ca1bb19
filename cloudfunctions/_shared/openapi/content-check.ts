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
}

/** Scenes of msgSecCheck v2: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type CheckScene = 1 | 2 | 3 | 4

export async function checkText(content: string, openid: string, scene: CheckScene = 2): Promise<TextCheck> {
  const request = { version: 2, openid, scene, content }
  const result = (isLocalCloud ? msgSecCheckLocally(request) : await cloud.openapi.security.msgSecCheck(request)) as {
    result?: { suggest?: string; label?: number }
  }
  const suggest = result.result?.suggest
  return suggest === 'pass' ? { pass: true } : { pass: false, label: String(result.result?.label ?? suggest) }
}
