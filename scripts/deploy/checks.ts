import type { Finding } from './config'
import type { FunctionCall, QueryUse } from './scan'
import type { PackageSizes } from '../size-budget'
import { PACKAGE_LIMIT, TOTAL_LIMIT } from '../size-budget'

/**
 * The dry run's checks, as pure functions over what was measured or scanned: each answers findings,
 * errors that stop a deployment and warnings that are printed with the plan.
 */

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

/** WeChat's package limits: main package ≤ 2 MB, every subpackage ≤ 2 MB, all together ≤ 30 MB. */
export function checkSizes(sizes: PackageSizes, limits = { main: PACKAGE_LIMIT, subpackage: PACKAGE_LIMIT, total: TOTAL_LIMIT }): Finding[] {
  const findings: Finding[] = []
  if (sizes.main > limits.main) {
    findings.push({ severity: 'error', subject: 'size:main', message: `主包 ${kb(sizes.main)} 超过上限 ${kb(limits.main)}，微信会拒绝上传。` })
  }
  for (const [root, size] of Object.entries(sizes.subpackages)) {
    if (size > limits.subpackage) {
      findings.push({ severity: 'error', subject: `size:${root}`, message: `分包 ${root} ${kb(size)} 超过上限 ${kb(limits.subpackage)}。` })
    }
  }
  if (sizes.total > limits.total) {
    findings.push({ severity: 'error', subject: 'size:total', message: `全部分包合计 ${kb(sizes.total)} 超过上限 ${kb(limits.total)}。` })
  }
  return findings
}

/**
 * Every function the app can call must be deployed: the ones its pages call (`call('fn', …)`) and
 * the ones the contract (types/index.ts) declares actions for. A contract entry with no actions yet
 * and no folder is only a warning: nothing can call it.
 */
export function checkFunctions(input: { calls: FunctionCall[]; contract: Record<string, Record<string, unknown>>; deployed: string[] }): Finding[] {
  const findings: Finding[] = []
  const deployed = new Set(input.deployed)
  const byFn = new Map<string, FunctionCall[]>()
  for (const call of input.calls) byFn.set(call.fn, [...(byFn.get(call.fn) ?? []), call])
  for (const [fn, calls] of [...byFn].sort(([a], [b]) => a.localeCompare(b))) {
    if (deployed.has(fn)) continue
    const where = calls
      .slice(0, 3)
      .map((c) => `${c.path}:${c.line}`)
      .join('、')
    findings.push({
      severity: 'error',
      subject: `function:${fn}`,
      message: `小程序调用了云函数 ${fn}（${where}${calls.length > 3 ? ' 等' : ''}），但 cloudfunctions/${fn}/index.ts 不存在，上线后这些调用会失败。`,
    })
  }
  for (const [fn, actions] of Object.entries(input.contract).sort(([a], [b]) => a.localeCompare(b))) {
    if (deployed.has(fn) || byFn.has(fn)) continue
    const count = Object.keys(actions).length
    findings.push(
      count > 0
        ? {
            severity: 'error',
            subject: `function:${fn}`,
            message: `契约 types/index.ts 为云函数 ${fn} 声明了 ${count} 个操作，但 cloudfunctions/${fn}/index.ts 不存在。`,
          }
        : { severity: 'warning', subject: `function:${fn}`, message: `契约中有云函数 ${fn}（还没有操作），cloudfunctions/${fn}/ 不存在，本次不部署它。` },
    )
  }
  for (const call of input.calls) {
    const actions = input.contract[call.fn]
    if (!actions || !call.action || call.action in actions || !deployed.has(call.fn)) continue
    findings.push({
      severity: 'warning',
      subject: `action:${call.fn}.${call.action}`,
      message: `${call.path}:${call.line} 调用 ${call.fn}.${call.action}，契约中没有这个操作。`,
    })
  }
  return findings
}

export interface IndexSpec {
  name: string
  keys: { field: string; direction: number | string }[]
  unique?: boolean
}
export type IndexFile = Record<string, IndexSpec[]>

export interface FieldUse {
  collection: string
  field: string
  /** Where it is used, `path:line`. */
  at: string[]
  indexed: boolean
}

export interface IndexReport {
  fields: FieldUse[]
  findings: Finding[]
}

/**
 * Every query the functions make must be able to start from a declared index: the filter names
 * `_id` (one document), or the first key of some index of its collection is among the fields it
 * filters on (or, with no filter, sorts by). Other fields of such a query only filter or sort the
 * documents the index found, and need nothing more. A query no index can start scans the whole
 * collection in the cloud. Queries on undeclared collections fail in the cloud (the deploy creates
 * only the declared ones). Both are errors: CI runs the dry run, so a query without an index cannot
 * land. Only the parts of a filter that are computed at run time (which the scan cannot read) are a
 * warning. The fields found are listed with the plan.
 */
export function checkIndexes(queries: QueryUse[], indexes: IndexFile): IndexReport {
  const severity = 'error'
  const findings: Finding[] = []
  const uses = new Map<string, FieldUse>()
  const undeclared = new Map<string, string[]>()
  const unbacked = new Map<string, { collection: string; fields: string[]; at: string[] }>()
  const dynamic: string[] = []
  for (const q of queries) {
    const at = `${q.path}:${q.line}`
    if (!q.collection) {
      dynamic.push(`集合名运行时确定（${at}）`)
      continue
    }
    const declared = indexes[q.collection]
    if (!declared) {
      undeclared.set(q.collection, [...(undeclared.get(q.collection) ?? []), at])
      continue
    }
    if (q.dynamic) dynamic.push(`${q.collection}（${at}）`)
    if (q.fields.includes('_id')) continue
    const inSomeIndex = new Set(declared.flatMap((i) => i.keys.map((k) => k.field)))
    const leading = new Set(declared.map((i) => i.keys[0]?.field).filter(Boolean))
    const fields = q.fields.filter((f) => f !== '_id')
    const sorted = q.sortedBy.filter((f) => f !== '_id')
    for (const field of new Set([...fields, ...sorted])) {
      const key = `${q.collection}.${field}`
      const use = uses.get(key) ?? { collection: q.collection, field, at: [], indexed: inSomeIndex.has(field) }
      use.at.push(at)
      uses.set(key, use)
    }
    const startable = fields.some((f) => leading.has(f)) || (fields.length === 0 && sorted.some((f) => leading.has(f)))
    // A query that neither filters nor sorts on a field (`where({})` paged by `_id`) reads in _id order.
    if (startable || (fields.length === 0 && sorted.length === 0)) continue
    const key = `${q.collection}:${[...fields, ...sorted].join(',')}`
    const entry = unbacked.get(key) ?? { collection: q.collection, fields: [...new Set([...fields, ...sorted])], at: [] }
    entry.at.push(at)
    unbacked.set(key, entry)
  }
  for (const u of unbacked.values()) {
    findings.push({
      severity,
      subject: `index:${u.collection}.${u.fields.join('+')}`,
      message: `集合 ${u.collection} 按 ${u.fields.join(', ')} 查询（${u.at.slice(0, 3).join('、')}${u.at.length > 3 ? ' 等' : ''}），database/indexes.json 中没有以其中任一字段开头的索引：数据多了会全表扫描。`,
    })
  }
  for (const [collection, at] of undeclared) {
    findings.push({
      severity,
      subject: `collection:${collection}`,
      message: `集合 ${collection} 被查询（${at.slice(0, 3).join('、')}），但没有在 database/indexes.json 中声明，部署不会创建它。`,
    })
  }
  if (dynamic.length) {
    findings.push({
      severity: 'warning',
      subject: 'index:dynamic',
      message: `有 ${dynamic.length} 处查询条件含运行时才确定的部分，只检查了能读出的字段：${dynamic.slice(0, 5).join('、')}${dynamic.length > 5 ? ' 等' : ''}。`,
    })
  }
  const fields = [...uses.values()].sort((a, b) => `${a.collection}.${a.field}`.localeCompare(`${b.collection}.${b.field}`))
  return { fields, findings }
}
