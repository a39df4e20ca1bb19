import { readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { join } from 'node:path'
import { SECURITY_HEADERS } from './http'

/** The browser tab's icon (drawn by scripts/make-tab-icons.ts), read once: browsers ask for it on every page. */
let icon: Buffer | undefined

/** Answers `/favicon.ico`, which browsers request whether the page names an icon or not. */
export function sendFavicon(req: IncomingMessage, res: ServerResponse) {
  icon ??= readFileSync(join(__dirname, 'favicon.ico'))
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'image/x-icon', 'Content-Length': icon.length, 'Cache-Control': 'public, max-age=86400' })
  res.end(req.method === 'HEAD' ? undefined : icon)
}
