import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
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

/** Serves the H5 build. Hashed assets are cached for good; index.html never, so a rebuild shows at once. */
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
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
}

function notBuilt(res: ServerResponse) {
  res.writeHead(503, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' })
  res.end('H5 应用尚未构建：请运行 npm start（会自动构建），或先运行 npm run build:h5。接口 /api/* 仍可使用。')
}
