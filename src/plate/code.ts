import { readPlateCode } from '../../types/plate-code'

/**
 * Reading plate codes out of what the camera saw or the router was given. What a valid code is
 * (alphabet, length, check character) is defined once, in types/plate-code.
 */

/** A code as a person may type it (any case, spaces, dashes) in its canonical form, or null. */
export function normalisePlateCode(text: string): string | null {
  const read = readPlateCode(text)
  return read.ok ? read.code : null
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/** `text` up to the first `mark`, or all of it when there is none. */
function before(text: string, mark: string): string {
  const at = text.indexOf(mark)
  return at >= 0 ? text.slice(0, at) : text
}

/** The value of `name` in a query string such as `a=1&scene=XYZ`, decoded. */
function queryValue(query: string, name: string): string | null {
  for (const pair of query.split('&')) {
    const at = pair.indexOf('=')
    if (at > 0 && pair.slice(0, at) === name) return safeDecode(pair.slice(at + 1).replace(/\+/g, ' '))
  }
  return null
}

/**
 * A 小程序码 `scene` (at most 32 characters, URL-encoded by WeChat): either the bare code or a
 * `c=CODE` / `code=CODE` pair.
 */
export function plateCodeFromScene(scene: string): string | null {
  const decoded = safeDecode(scene)
  if (decoded.includes('=')) {
    return normalisePlateCode(queryValue(decoded, 'c') ?? queryValue(decoded, 'code') ?? '')
  }
  return normalisePlateCode(decoded)
}

/**
 * What the camera read, as a plate code, or null when it is not a plate. Accepted:
 * - a 小程序码 path: `pages/plate/index?scene=CODE`;
 * - a plate URL ending in `/p/CODE` (what printed plate QR codes carry);
 * - a link to the H5 plate page with `?code=CODE`;
 * - the bare code.
 */
export function parsePlateCodeFromScan(scanned: string): string | null {
  const text = scanned.trim()
  if (!text || text.length > 500) return null

  const queryStart = text.indexOf('?')
  const query = queryStart >= 0 ? before(text.slice(queryStart + 1), '#') : ''
  const scene = queryValue(query, 'scene')
  if (scene !== null) return plateCodeFromScene(scene)

  const beforeQuery = before(before(text, '?'), '#')
  const plateUrl = /\/p\/([^/?#]+)\/?$/.exec(beforeQuery)?.[1]
  if (plateUrl !== undefined) return normalisePlateCode(safeDecode(plateUrl))

  const code = queryValue(query, 'code')
  if (code !== null) return normalisePlateCode(code)
  // H5 hash routes carry their query after the '#'.
  const hashQuery = /#[^?]*\?(.*)$/.exec(text)?.[1]
  if (hashQuery !== undefined) {
    const hashCode = queryValue(hashQuery, 'code')
    if (hashCode !== null) return normalisePlateCode(hashCode)
  }

  if (/[/:?#=.]/.test(text)) return null
  return normalisePlateCode(text)
}
