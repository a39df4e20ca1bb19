import type { IndexFile } from './checks'

/**
 * WeChat's 云开发 HTTP API (api.weixin.qq.com/tcb/…): the documented server-side way to create
 * collections and indexes and to write documents with only the AppID and AppSecret. miniprogram-ci
 * offers no database operations in its public API, and Tencent Cloud's manager SDK would need a
 * second set of credentials (a Tencent Cloud API key) that a mini-program team usually lacks.
 */

export type Fetch = (url: string, init: { method: string; headers: Record<string, string>; body: string }) => Promise<{ json(): Promise<unknown> }>

const API = 'https://api.weixin.qq.com'

export class WxApiError extends Error {
  constructor(
    readonly path: string,
    readonly errcode: number,
    readonly errmsg: string,
  ) {
    super(`${path} 失败：errcode ${errcode} ${errmsg}`)
  }
}

export interface WxApi {
  collections(): Promise<string[]>
  addCollection(name: string): Promise<void>
  createIndex(collection: string, index: IndexFile[string][number]): Promise<'created' | 'exists'>
  /** Runs a database statement (`db.collection("x").add({...})`) through databaseadd / databaseupdate. */
  add(query: string): Promise<string[]>
  update(query: string): Promise<{ matched: number; modified: number; id?: string }>
}

export function createWxApi(options: { appid: string; secret: string; envId: string; fetch?: Fetch }): WxApi {
  const doFetch: Fetch = options.fetch ?? ((url, init) => fetch(url, init))
  let token: string | undefined

  async function post(path: string, body: Record<string, unknown>): Promise<Record<string, unknown>> {
    const response = await doFetch(`${API}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const data = (await response.json()) as Record<string, unknown>
    const errcode = Number(data.errcode ?? 0)
    const [endpoint = path] = path.split('?')
    if (errcode !== 0) throw new WxApiError(endpoint, errcode, String(data.errmsg ?? ''))
    return data
  }

  async function accessToken(): Promise<string> {
    // The stable token does not invalidate a token another server of the same AppID holds.
    token ??= String((await post('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: options.appid, secret: options.secret })).access_token)
    return token
  }

  const tcb = async (name: string, body: Record<string, unknown>) =>
    post(`/tcb/${name}?access_token=${encodeURIComponent(await accessToken())}`, { env: options.envId, ...body })

  return {
    async collections() {
      const names: string[] = []
      for (let offset = 0; ; offset += 100) {
        const data = await tcb('databasecollectionget', { limit: 100, offset })
        const list = (data.collections ?? []) as { name: string }[]
        names.push(...list.map((c) => c.name))
        const total = Number((data.pager as { Total?: number } | undefined)?.Total ?? names.length)
        if (list.length < 100 || names.length >= total) return names
      }
    },
    async addCollection(name) {
      await tcb('databasecollectionadd', { collection_name: name })
    },
    async createIndex(collection, index) {
      try {
        await tcb('updateindex', {
          collection_name: collection,
          create_indexes: [
            { name: index.name, unique: Boolean(index.unique), keys: index.keys.map((k) => ({ name: k.field, direction: String(k.direction) })) },
          ],
          drop_indexes: [],
        })
        return 'created'
      } catch (error) {
        // The API has no "list indexes"; an index of the same name answers an "exist" error.
        if (error instanceof WxApiError && /exist/i.test(error.errmsg)) return 'exists'
        throw error
      }
    },
    async add(query) {
      return ((await tcb('databaseadd', { query })).id_list ?? []) as string[]
    },
    async update(query) {
      const data = await tcb('databaseupdate', { query })
      return { matched: Number(data.matched ?? 0), modified: Number(data.modified ?? 0), id: data.id ? String(data.id) : undefined }
    },
  }
}

/**
 * A value as a literal of the database statement language (the SDK's own syntax): JSON, except
 * dates, which become `new Date("…")`. Accepts the EJSON `{"$date": …}` form that snapshots use.
 */
export function toStatementLiteral(value: unknown): string {
  if (value instanceof Date) return `new Date(${JSON.stringify(value.toISOString())})`
  if (Array.isArray(value)) return `[${value.map(toStatementLiteral).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    const [only] = entries
    if (entries.length === 1 && only?.[0] === '$date') {
      const raw = only[1]
      const date =
        typeof raw === 'object' && raw && '$numberLong' in raw
          ? new Date(Number((raw as { $numberLong: string }).$numberLong))
          : new Date(raw as string | number)
      return toStatementLiteral(date)
    }
    return `{${entries
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${JSON.stringify(k)}:${toStatementLiteral(v)}`)
      .join(',')}}`
  }
  return JSON.stringify(value ?? null)
}

/** The statement that makes `openid` the first admin, keeping any grant already there overwritten by this one. */
export function firstAdminStatement(openid: string): string {
  return `db.collection("staff").doc(${JSON.stringify(openid)}).set({data:{"role":"admin","grantedBy":"deploy --setup","grantedAt":db.serverDate()}})`
}

/** Statements inserting documents, in batches (the HTTP API takes a bounded request body). */
export function insertStatements(collection: string, docs: Record<string, unknown>[], batch = 50): string[] {
  const out: string[] = []
  for (let i = 0; i < docs.length; i += batch) {
    out.push(`db.collection(${JSON.stringify(collection)}).add({data:${toStatementLiteral(docs.slice(i, i + batch))}})`)
  }
  return out
}
