import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { promisify } from 'node:util'

/**
 * Content negotiation of compression (RFC 9110 §12.5.3): brotli when the client takes it, else gzip,
 * else the bytes as they are. Every answer whose bytes depend on Accept-Encoding says so in `Vary`,
 * so that a cache in between never hands brotli to a client that cannot read it.
 */
export type Encoding = 'br' | 'gzip'

/** Our order of preference: brotli is about a fifth smaller than gzip on our scripts. */
const PREFERENCE: Encoding[] = ['br', 'gzip']

/** Below this, compressing saves less than the header it costs. */
export const MIN_COMPRESS_BYTES = 1024

/** The encoding to answer with among `available`, or undefined for none (identity). */
export function negotiateEncoding(acceptEncoding: string | string[] | undefined, available: readonly Encoding[] = PREFERENCE): Encoding | undefined {
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : (acceptEncoding ?? '')
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';')
    if (!token) continue
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean)
    weights.set(token, q ? Number(q[1]) : 1)
  }
  const weightOf = (encoding: Encoding) => weights.get(encoding) ?? weights.get('*') ?? 0
  let best: Encoding | undefined
  for (const encoding of PREFERENCE) {
    if (!available.includes(encoding) || !(weightOf(encoding) > 0)) continue
    if (!best || weightOf(encoding) > weightOf(best)) best = encoding
  }
  return best
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/**
 * Compresses an answer made on the fly. Brotli at quality 5: near its best ratio for text of this
 * size at a small fraction of the time of quality 11, which is kept for files compressed at build time.
 */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'br') {
    return brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  }
  return gzipAsync(body, { level: 6 })
}

/**
 * Ends `res` with `body`, compressed when the request asks for it and the body is worth it. The
 * request is the response's own (`res.req`), so callers only say what to send.
 */
export function endCompressible(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: string | Buffer): void {
  const bytes = typeof body === 'string' ? Buffer.from(body) : body
  const req = res.req as IncomingMessage | undefined
  const encoding = bytes.length >= MIN_COMPRESS_BYTES ? negotiateEncoding(req?.headers['accept-encoding']) : undefined
  const head = req?.method === 'HEAD'
  if (!encoding) {
    res.writeHead(status, { ...headers, Vary: 'Accept-Encoding', 'Content-Length': bytes.length })
    res.end(head ? undefined : bytes)
    return
  }
  compress(bytes, encoding).then(
    (packed) => {
      res.writeHead(status, { ...headers, Vary: 'Accept-Encoding', 'Content-Encoding': encoding, 'Content-Length': packed.length })
      res.end(head ? undefined : packed)
    },
    () => {
      res.writeHead(status, { ...headers, Vary: 'Accept-Encoding', 'Content-Length': bytes.length })
      res.end(head ? undefined : bytes)
    },
  )
}
