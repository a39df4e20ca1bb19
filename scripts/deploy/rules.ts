import { ADMIN_ONLY_RULE_TEXT, type CloudAdmin, isAdminOnly } from './cloudbase'
import { DeployError } from './functions'

/**
 * Every collection of the environment becomes admin-only (no client read or write), then each rule is
 * read back: a collection left on the default 仅创建者可读写 lets the mini-program `add` a `staff`
 * document for itself. Collections that exist but are not declared get the same rule: a client can
 * write to any collection that exists.
 */
export async function applyCollectionRules(admin: CloudAdmin, collections: string[], log: (line: string) => void): Promise<void> {
  const names = [...new Set(collections)].sort()
  for (const name of names) await admin.setCollectionRule(name, ADMIN_ONLY_RULE_TEXT)
  const wrong: string[] = []
  for (const name of names) {
    const rule = await admin.getCollectionRule(name)
    if (!isAdminOnly(rule)) wrong.push(`${name}（${rule.aclTag || '未知'}${rule.rule ? ` ${rule.rule}` : ''}）`)
  }
  if (wrong.length) {
    throw new DeployError(
      `设置后核对集合权限，这些集合仍允许小程序端读写：${wrong.join('、')}。请在“云开发控制台 → 数据库 → 集合 → 权限设置”中改为自定义安全规则 ${ADMIN_ONLY_RULE_TEXT}（小程序没有上传）。`,
    )
  }
  log(`集合权限：${names.length} 个集合已设为仅管理端可读写 ${ADMIN_ONLY_RULE_TEXT}，并已逐个核对。`)
}
