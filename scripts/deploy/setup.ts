import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { WxApi } from './wxapi'
import { firstAdminStatement, insertStatements } from './wxapi'

/**
 * First-run setup: the first admin (a `staff` document keyed by OPENID, the same grant the console
 * and ADMIN_OPENIDS give), and, only with --demo, the demo data that `npm start` shows.
 */

/** Collections of the demo left out of a real environment: its staff grants are for made-up OPENIDs. */
const NOT_DEPLOYED = new Set(['staff'])

/** The demo data exactly as the local cloud loads it (local/demo), taken from a throwaway store. */
export async function demoDocuments(): Promise<Record<string, Record<string, unknown>[]>> {
  const { loadIndexFile, openDatabase } = await import('../../local/db')
  const { loadDemoData } = await import('../../local/demo')
  const dir = mkdtempSync(join(tmpdir(), 'jmt-demo-'))
  const db = await openDatabase({ dataDir: dir, indexes: loadIndexFile(), warn: () => undefined })
  try {
    await loadDemoData(db)
    const snapshot = db.snapshot() as Record<string, Record<string, unknown>[]>
    return Object.fromEntries(Object.entries(snapshot).filter(([name, docs]) => !NOT_DEPLOYED.has(name) && docs.length > 0))
  } finally {
    await db.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export const countDocuments = (docs: Record<string, unknown[]>) => Object.fromEntries(Object.entries(docs).map(([c, list]) => [c, list.length]))

export async function runSetup(
  api: WxApi,
  options: { adminOpenid: string; demo?: Record<string, Record<string, unknown>[]> },
  log: (line: string) => void,
): Promise<void> {
  await api.update(firstAdminStatement(options.adminOpenid))
  log(`第一位管理员已写入 staff：${options.adminOpenid}。之后在小程序“管理”中授予其他人角色。`)
  if (!options.demo) return
  for (const [collection, docs] of Object.entries(options.demo)) {
    let inserted = 0
    for (const statement of insertStatements(collection, docs)) inserted += (await api.add(statement)).length
    log(`演示数据 ${collection}：${inserted} 条`)
  }
}
