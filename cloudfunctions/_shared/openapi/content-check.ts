import { cloud, isLocalCloud } from '../cloud'

/**
 * Checks user text before others see it: `security.msgSecCheck` (v2) in the WeChat cloud, a word
 * list in the local cloud. The function using it needs the openapi permission
 * `security.msgSecCheck` in its config.json.
 */
export interface TextCheck {
  pass: boolean
  /** WeChat's label for what was found, when not passed. */
  label?: string
}

/** Scenes of msgSecCheck v2: 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export type CheckScene = 1 | 2 | 3 | 4

// A small local stand-in for WeChat's classifier: enough to prove the rejection path end to end.
const LOCAL_BLOCKLIST = ['赌博网站', '代开发票', '出售枪支', '冰毒', '办假证', '裸聊', '刷单兼职日结', '测试违规词']

export async function checkText(content: string, openid: string, scene: CheckScene = 2): Promise<TextCheck> {
  if (isLocalCloud) {
    const hit = LOCAL_BLOCKLIST.find((word) => content.includes(word))
    return hit ? { pass: false, label: 'local-blocklist' } : { pass: true }
  }
  const result = (await cloud.openapi.security.msgSecCheck({ version: 2, openid, scene, content })) as {
    result?: { suggest?: string; label?: number }
  }
  const suggest = result.result?.suggest
  return suggest === 'pass' ? { pass: true } : { pass: false, label: String(result.result?.label ?? suggest) }
}
