import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { type LocalCloud, startLocalCloud } from '../../local/cloud'
import { ADMIN } from './harness'

/**
 * Compression and the plate link, over raw HTTP (fetch would decode the bytes and hide what the
 * gateway sent): a made-up H5 build in a folder of its own, precompressed as the build does it.
 */
let cloud: LocalCloud
let dataDir: string
let staticDir: string

const script = Buffer.from(`console.log(${JSON.stringify('警民通 '.repeat(400))})\n`)
const plainScript = Buffer.from(`console.log(${JSON.stringify('社区民警 '.repeat(400))})\n`)
const indexHtml =
  '<!doctype html><html lang="zh-CN"><head><title>警民通</title><script defer src="/js/app.0123abcd.js"></script></head><body><div id="app"></div></body></html>'

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jmt-encoding-'))
  staticDir = mkdtempSync(join(tmpdir(), 'jmt-encoding-static-'))
  mkdirSync(join(staticDir, 'js'))
  writeFileSync(join(staticDir, 'index.html'), indexHtml)
  writeFileSync(join(staticDir, 'js', 'app.0123abcd.js'), script)
  writeFileSync(join(staticDir, 'js', 'app.0123abcd.js.br'), brotliCompressSync(script))
  writeFileSync(join(staticDir, 'js', 'app.0123abcd.js.gz'), gzipSync(script))
  writeFileSync(join(staticDir, 'js', 'plain.89abcdef.js'), plainScript)
  writeFileSync(join(staticDir, 'logo.png'), Buffer.alloc(4096, 7))
  cloud = await startLocalCloud({ port: 0, dataDir, staticDir, adminOpenids: [ADMIN], workers: 2 })
})
afterAll(async () => {
  await cloud.close()
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(staticDir, { recursive: true, force: true })
})

interface Raw {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(`${cloud.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

const decode = (r: Raw) => {
  if (r.headers['content-encoding'] === 'br') return brotliDecompressSync(r.body)
  if (r.headers['content-encoding'] === 'gzip') return gunzipSync(r.body)
  return r.body
}

describe('compressed static files', () => {
  it('sends the brotli copy to a browser that takes brotli, with Vary, and it decodes to the same bytes', async () => {
    const r = await raw('/js/app.0123abcd.js', { 'Accept-Encoding': 'gzip, deflate, br, zstd' })
    expect(r.status).toBe(200)
    expect(r.headers['content-encoding']).toBe('br')
    expect(r.headers.vary).toBe('Accept-Encoding')
    expect(r.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(Number(r.headers['content-length'])).toBe(r.body.length)
    expect(r.body.length).toBeLessThan(script.length / 4)
    expect(decode(r).equals(script)).toBe(true)
  })

  it('sends gzip to a client that takes only gzip, or refuses brotli with q=0', async () => {
    for (const accept of ['gzip', 'br;q=0, gzip;q=0.8']) {
      const r = await raw('/js/app.0123abcd.js', { 'Accept-Encoding': accept })
      expect(r.headers['content-encoding']).toBe('gzip')
      expect(decode(r).equals(script)).toBe(true)
    }
  })

  it('sends the file as it is to a client that asks for no compression, still saying it varies', async () => {
    const r = await raw('/js/app.0123abcd.js')
    expect(r.headers['content-encoding']).toBeUndefined()
    expect(r.headers.vary).toBe('Accept-Encoding')
    expect(r.body.equals(script)).toBe(true)
  })

  it('compresses on the way out a text file the build did not precompress', async () => {
    const r = await raw('/js/plain.89abcdef.js', { 'Accept-Encoding': 'br' })
    expect(r.headers['content-encoding']).toBe('br')
    expect(decode(r).equals(plainScript)).toBe(true)
  })

  it('leaves images alone', async () => {
    const r = await raw('/logo.png', { 'Accept-Encoding': 'br, gzip' })
    expect(r.headers['content-encoding']).toBeUndefined()
    expect(r.headers.vary).toBeUndefined()
    expect(r.body.length).toBe(4096)
  })

  it('answers HEAD with the headers of the compressed copy and no body', async () => {
    const r = await raw('/js/app.0123abcd.js', { 'Accept-Encoding': 'br' }, 'HEAD')
    expect(r.headers['content-encoding']).toBe('br')
    expect(r.body.length).toBe(0)
  })
})

describe('compressed API answers', () => {
  it('compresses a large answer when asked, and the envelope decodes intact', async () => {
    const token = cloud.tokens.issue(ADMIN)
    const { stationId } = await call<{ stationId: string }>(token, 'org', 'createStation', {
      name: '城关派出所',
      address: '民主路 88 号',
      phone: '0931-8123456',
    })
    for (let i = 0; i < 12; i++)
      await call(token, 'org', 'createStation', { name: `压缩测试派出所${i}`, address: `民主路 ${i} 号，一段足够长的地址`, phone: '0931-8123456' })
    const body = JSON.stringify({ action: 'listStations', data: { limit: 50 } })
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }
    const packed = await raw('/api/functions/org', { ...headers, 'Accept-Encoding': 'gzip, br' }, 'POST', body)
    const plain = await raw('/api/functions/org', headers, 'POST', body)
    expect(packed.headers['content-encoding']).toBe('br')
    expect(packed.headers.vary).toBe('Accept-Encoding')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(packed.body.length).toBeLessThan(plain.body.length)
    const answer = JSON.parse(decode(packed).toString('utf8')) as { ok: boolean; data: { items: { stationId: string }[] } }
    expect(answer).toEqual(JSON.parse(plain.body.toString('utf8')))
    expect(answer.data.items.map((s) => s.stationId)).toContain(stationId)
  })

  it('leaves a small answer as it is', async () => {
    const r = await raw('/healthz', { 'Accept-Encoding': 'br' })
    expect(r.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(r.body.toString('utf8'))).toEqual({ ok: true })
  })
})

async function call<T>(token: string, fn: string, action: string, data: unknown): Promise<T> {
  const res = await fetch(`${cloud.url}/api/functions/${fn}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ action, data }),
  })
  const answer = (await res.json()) as { ok: boolean; data: T; error?: unknown }
  if (!answer.ok) throw new Error(`${fn}.${action}: ${JSON.stringify(answer.error)}`)
  return answer.data
}

describe('the plate link with the card inlined', () => {
  const hostile = {
    name: '</script><b>王</b>',
    dutyHours: '<img src=x onerror=alert(1)> & "全天"',
    station: '</script><script>alert(1)</script>所',
  }
  let code: string

  beforeAll(async () => {
    const token = cloud.tokens.issue(ADMIN)
    const { stationId } = await call<{ stationId: string }>(token, 'org', 'createStation', {
      name: hostile.station,
      address: "民主路 88 号 <a href='x'>",
      phone: '0931-8123456',
    })
    await call(token, 'org', 'createOfficer', {
      name: hostile.name,
      badgeNo: '300001',
      phone: '13800000001',
      dutyHours: hostile.dutyHours,
      stationId,
      areas: ['链接社区'],
    })
    ;({ code } = await call<{ code: string }>(token, 'plates', 'create', {
      kind: 'plate',
      label: '链接社区 <1> 号楼',
      address: '链接路 1 号',
      area: '链接社区',
      stationId,
    }))
  })

  const blockOf = (html: string) => /<script type="application\/json" id="jmt-plate-card">([\s\S]*?)<\/script>/.exec(html)?.[1]

  it('answers the app with the card as data and drawn in HTML, hostile text escaped in both', async () => {
    const r = await raw(`/p/${code}`, { 'Accept-Encoding': 'br' })
    expect(r.status).toBe(200)
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(r.headers['cache-control']).toBe('no-store')
    expect(r.headers['content-security-policy']).toContain("script-src 'self'")
    const html = decode(r).toString('utf8')
    // The app is still the app: its script and mount point are there.
    // The app's script is preloaded and started by the plate loader after the first frame.
    expect(html).toContain('<link rel="preload" as="script" href="/js/app.0123abcd.js" data-jmt-boot>')
    expect(html).toContain('<div id="app"></div>')
    // No text of the card ever becomes markup: exactly the loader's script tag plus the data block.
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(html).not.toContain('<b>')
    expect(html).not.toContain('<img')
    expect(html).not.toContain("<a href='x'>")
    // The data block reads back as exactly the card the lookup gives.
    const block = blockOf(html)
    expect(block).toBeDefined()
    expect(block).not.toMatch(/<\/?script/i)
    const card = JSON.parse(block!) as { plate: { code: string; label: string }; officer: { name: string; dutyHours: string }; station: { name: string } }
    expect(card.plate).toMatchObject({ code, label: '链接社区 <1> 号楼' })
    expect(card.officer).toMatchObject({ name: hostile.name, dutyHours: hostile.dutyHours })
    expect(card.station.name).toBe(hostile.station)
    // And the drawn card shows the text as text.
    expect(html).toContain('&#60;/script&#62;&#60;b&#62;王&#60;/b&#62;')
    expect(html).toContain('href="tel:13800000001"')
  })

  it('redirects to the plate page, as before, for a code that cannot exist or was never issued', async () => {
    const typo = await raw('/p/NOTACODE')
    expect(typo.status).toBe(302)
    expect(typo.headers.location).toBe('/#/pages/plate/index?code=NOTACODE')
    const body = 'ZZZZZZZ'
    const { checkCharacter } = await import('../../types/plate-code')
    const unknown = await raw(`/p/${body}${checkCharacter(body)}`)
    expect(unknown.status).toBe(302)
  })
})
