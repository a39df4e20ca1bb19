import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { pipeline } from 'node:stream'
import { constants, createBrotliCompress, createGzip } from 'node:zlib'
import { type Encoding, MIN_COMPRESS_BYTES, negotiateEncoding } from './encoding'
import { decodePathSegment, requestPath, SECURITY_HEADERS } from './http'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** Text worth compressing; images and fonts are compressed formats already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt'])

/** The precompressed sibling the H5 build writes next to each file (config/precompress.ts). */
const SUFFIX: Record<Encoding, string> = { br: '.br', gzip: '.gz' }

/**
 * Serves the H5 build. Hashed assets are cached for good; index.html never, so a rebuild shows at once.
 * Text files go out compressed when the browser asks: the build's `.br`/`.gz` siblings as they are,
 * or, for a file without them, compressed on the way out.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse) {
  const path = decodePathSegment(requestPath(req))
  const relative = normalize(path === '/' ? '/index.html' : path)
  const file = join(root, relative)
  if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
    if (!existsSync(join(root, 'index.html'))) return notBuilt(res)
    res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
    return res.end('页面不存在')
  }
  const immutable = /\.[0-9a-f]{8}\.(js|css)$/.test(file) || file.includes(`${sep}static${sep}`)
  const headers: OutgoingHttpHeaders = {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  }
  if (!COMPRESSIBLE.has(extname(file))) return send(req, res, file, headers)
  headers.Vary = 'Accept-Encoding'

  const precompressed = (['br', 'gzip'] as const).filter((e) => existsSync(file + SUFFIX[e]))
  const stored = negotiateEncoding(req.headers['accept-encoding'], precompressed)
  if (stored) return send(req, res, file + SUFFIX[stored], { ...headers, 'Content-Encoding': stored })

  const size = statSync(file).size
  const onTheFly = size >= MIN_COMPRESS_BYTES ? negotiateEncoding(req.headers['accept-encoding']) : undefined
  if (!onTheFly) return send(req, res, file, headers)
  res.writeHead(200, { ...headers, 'Content-Encoding': onTheFly })
  if (req.method === 'HEAD') return res.end()
  const packer =
    onTheFly === 'br' ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: size } }) : createGzip()
  pipeline(createReadStream(file), packer, res, () => undefined)
}

function send(req: IncomingMessage, res: ServerResponse, file: string, headers: OutgoingHttpHeaders) {
  res.writeHead(200, { ...headers, 'Content-Length': statSync(file).size })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
}

function notBuilt(res: ServerResponse) {
  res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
  res.end('H5 应用尚未构建：请运行 npm start（会自动构建），或先运行 npm run build:h5。接口 /api/* 仍可使用。')
}
