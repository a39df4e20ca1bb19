import { ensureDatabase } from '../../scripts/deploy/upload'
import { createWxApi, firstAdminStatement, insertStatements, toStatementLiteral, type Fetch } from '../../scripts/deploy/wxapi'
import { first } from '../list-items'

/** A stand-in for api.weixin.qq.com that records each request and answers from a script: no network. */
function fakeWeChat(answer: (path: string, body: Record<string, unknown>) => Record<string, unknown>) {
  const requests: { path: string; body: Record<string, unknown> }[] = []
  const fetch: Fetch = async (url, init) => {
    const path = url.replace('https://api.weixin.qq.com', '')
    const body = JSON.parse(init.body) as Record<string, unknown>
    requests.push({ path, body })
    return { json: async () => answer(first(path.split('?')), body) }
  }
  return { fetch, requests }
}

describe('WeChat cloud HTTP API client', () => {
  it('gets one stable token, then creates missing collections and each declared index', async () => {
    const wx = fakeWeChat((path, body) => {
      if (path === '/cgi-bin/stable_token') return { access_token: 'T0KEN', expires_in: 7200 }
      if (path === '/tcb/databasecollectionget') return { errcode: 0, collections: [{ name: 'plates' }], pager: { Total: 1 } }
      if (path === '/tcb/updateindex' && (body.create_indexes as { name: string }[])[0]?.name === 'area_status')
        return { errcode: -501001, errmsg: 'index already exists' }
      return { errcode: 0, errmsg: 'ok' }
    })
    const api = createWxApi({ appid: 'wx1234567890abcdef', secret: 's3cret', envId: 'prod-1', fetch: wx.fetch })
    const lines: string[] = []
    const result = await ensureDatabase(
      api,
      {
        plates: [
          {
            name: 'area_status',
            keys: [
              { field: 'area', direction: 1 },
              { field: 'status', direction: 1 },
            ],
          },
        ],
        officers: [{ name: 'badgeNo', keys: [{ field: 'badgeNo', direction: -1 }], unique: true }],
        outbox: [],
      },
      (line) => lines.push(line),
    )
    expect(result).toEqual({ created: ['officers', 'outbox'], indexes: 1, collections: ['officers', 'outbox', 'plates'] })
    expect(wx.requests.filter((r) => r.path.startsWith('/cgi-bin/stable_token'))).toHaveLength(1)
    expect(first(wx.requests).body).toEqual({ grant_type: 'client_credential', appid: 'wx1234567890abcdef', secret: 's3cret' })
    expect(wx.requests.slice(1).every((r) => r.path.endsWith('?access_token=T0KEN') && r.body.env === 'prod-1')).toBe(true)
    expect(wx.requests.filter((r) => r.path.startsWith('/tcb/databasecollectionadd')).map((r) => r.body.collection_name)).toEqual(['officers', 'outbox'])
    expect(wx.requests.find((r) => r.body.collection_name === 'officers' && r.path.startsWith('/tcb/updateindex'))?.body).toEqual({
      env: 'prod-1',
      collection_name: 'officers',
      create_indexes: [{ name: 'badgeNo', unique: true, keys: [{ name: 'badgeNo', direction: '-1' }] }],
      drop_indexes: [],
    })
  })

  it('stops on any other error, saying which call failed and why', async () => {
    const wx = fakeWeChat((path) => (path === '/cgi-bin/stable_token' ? { errcode: 40164, errmsg: 'invalid ip 1.2.3.4, not in whitelist' } : { errcode: 0 }))
    const api = createWxApi({ appid: 'wx1234567890abcdef', secret: 's', envId: 'prod-1', fetch: wx.fetch })
    await expect(api.collections()).rejects.toThrow('/cgi-bin/stable_token 失败：errcode 40164 invalid ip')
  })

  it('writes the first admin with a set on its OPENID, and demo documents in batches, dates as dates', () => {
    expect(firstAdminStatement('oAbc"123')).toBe(
      'db.collection("staff").doc("oAbc\\"123").set({data:{"role":"admin","grantedBy":"deploy --setup","grantedAt":db.serverDate()}})',
    )
    const docs = Array.from({ length: 120 }, (_, i) => ({ _id: `d${i}`, at: new Date(Date.UTC(2026, 0, 1)), tags: ['a'] }))
    const statements = insertStatements('notices', docs)
    expect(statements).toHaveLength(3)
    expect(statements[0]).toMatch(/^db\.collection\("notices"\)\.add\(\{data:\[\{"_id":"d0","at":new Date\("2026-01-01T00:00:00\.000Z"\),"tags":\["a"\]\},/)
    expect(toStatementLiteral({ at: { $date: '2026-02-03T04:05:06.000Z' }, n: null, skip: undefined })).toBe(
      '{"at":new Date("2026-02-03T04:05:06.000Z"),"n":null}',
    )
  })
})
