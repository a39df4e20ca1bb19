import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ErrorBody, ErrorCode } from '../../types/errors'
import { HTTP_STATUS } from '../../types/errors'
import { endCompressible } from './encoding'

export const MAX_BODY_BYTES = 64 * 1024
/**
 * How deeply a body's arrays and objects may nest. No action's input comes near it; far deeper (a few
 * thousand levels fit in 8 KB) overflows the stack of whatever walks the value, first of all the
 * structured clone that hands the event to a function worker.
 */
export const MAX_JSON_DEPTH = 400

/**
 * Served with every answer: the app passes this policy (scripts and styles from its own origin, the
 * inline styles Taro sets at run time, images also from https and data: URLs), cannot be framed, and
 * browsers do not guess content types. The one hash lets Taro's tab bar links (`href="javascript:;"`,
 * a no-op) be clicked without allowing any other inline script.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self' 'unsafe-hashes' 'sha256-lfXlPY3+MCPOPb4mrw1Y961+745U3WlDQVcOXdchSQc='; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; connect-src 'self'; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
}

export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly status = HTTP_STATUS[code],
  ) {
    super(message)
  }
}

/** A JSON answer, compressed when the client asks for it (see encoding.ts). */
export function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  endCompressible(res, status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, text)
}

export function sendError(res: ServerResponse, error: ErrorBody, status = HTTP_STATUS[error.code]) {
  sendJson(res, status, { ok: false, error })
}

/** Reads a JSON object body of at most 64 KB. */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) throw new RequestError('INVALID_ARGUMENT', '请求内容过大（上限 64 KB）', 413)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new RequestError('INVALID_ARGUMENT', '请求内容过大（上限 64 KB）', 413)
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return {}
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw new RequestError('INVALID_ARGUMENT', `请求内容嵌套过深（上限 ${MAX_JSON_DEPTH} 层）`)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new RequestError('INVALID_ARGUMENT', '请求内容不是合法的 JSON')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new RequestError('INVALID_ARGUMENT', '请求内容应为 JSON 对象')
  }
  return body as Record<string, unknown>
}

/**
 * The deepest nesting of arrays and objects in a JSON text, read without parsing it (so without
 * recursion): brackets inside strings do not count. Malformed text gets a number all the same;
 * JSON.parse refuses it afterwards.
 */
export function jsonDepth(text: string): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: the next character is escaped
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth)
    else if (c === 0x5d || c === 0x7d) depth--
  }
  return deepest
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null
  return match?.[1]
}

/** The request's path, still percent-encoded; a request line no URL parser accepts is the client's error. */
export function requestPath(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://local').pathname
  } catch {
    throw new RequestError('INVALID_ARGUMENT', '网址格式不正确')
  }
}

/** A percent-encoded path segment decoded; a malformed escape (`%E0%A4%A`) is the client's error, not a 500. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    throw new RequestError('INVALID_ARGUMENT', '网址格式不正确')
  }
}
