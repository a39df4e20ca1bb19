import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Session tokens of the local cloud's stand-in for WeChat login: `<payload>.<hmac>`, both base64url,
 * the payload naming the OPENID and an expiry. The secret is made once per data folder, so tokens
 * survive a restart and no two installations accept each other's.
 */
export interface TokenIssuer {
  issue(openid: string): string
  verify(token: string): string | undefined
}

export const TOKEN_LIFETIME_MS = 7 * 24 * 3600 * 1000

export function loadSecret(dataDir: string): Buffer {
  const file = join(dataDir, 'token-secret')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' })
  }
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex')
}

export function createTokenIssuer(secret: Buffer, now: () => number = Date.now, lifetimeMs = TOKEN_LIFETIME_MS): TokenIssuer {
  const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest()
  return {
    issue(openid) {
      const payload = Buffer.from(JSON.stringify({ sub: openid, exp: now() + lifetimeMs })).toString('base64url')
      return `${payload}.${sign(payload).toString('base64url')}`
    },
    verify(token) {
      const [payload, mac, ...rest] = token.split('.')
      if (!payload || !mac || rest.length > 0) return undefined
      const expected = sign(payload)
      const given = Buffer.from(mac, 'base64url')
      // Constant time: a forger learns nothing from how long a wrong signature takes to refuse.
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
      try {
        const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { sub?: unknown; exp?: unknown }
        if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number' || claims.exp <= now()) return undefined
        return claims.sub
      } catch {
        return undefined
      }
    },
  }
}

/** A new local OPENID, shaped like WeChat's (28 characters, URL-safe). */
export function newOpenid(): string {
  return `o${randomBytes(21).toString('base64url')}`
}
