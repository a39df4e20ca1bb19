import { z } from 'zod'
import { CONTACT_PHONE_PATTERN, CONTACT_PHONE_PROBLEM, normalisePhone } from './contact-phone'

/**
 * Field schemas used across domains. Every object schema is `.strict()` so that an unknown field is an
 * INVALID_ARGUMENT rather than silently ignored: outside clients learn their mistakes at once.
 */

// Control characters (other than tab and newline) and lone surrogates have no place in user text.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** A one-line text, trimmed, within length bounds. */
export const line = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? '不能为空' : `至少 ${min} 个字`)
    .max(max, `不能超过 ${max} 个字`)
    .refine((s) => !FORBIDDEN_CHARS.test(s) && !/[\r\n]/.test(s), '含有不允许的字符')

/** A multi-line text, trimmed, within length bounds. */
export const paragraph = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min, min === 1 ? '不能为空' : `至少 ${min} 个字`)
    .max(max, `不能超过 ${max} 个字`)
    .refine((s) => !FORBIDDEN_CHARS.test(s), '含有不允许的字符')

/** Ids are opaque strings made by the database or by us. */
export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确')

/** A WeChat OPENID (28 characters in the cloud; the local cloud makes similar ones). */
export const openid = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, 'openid 格式不正确')

/** A mobile number, a landline with area code, or a short service number such as 110 or 96110. */
export const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{3,5})$/, '电话号码格式不正确')

/** A resident's call-back number: a mobile or a landline with area code (see types/contact.ts). */
export const contactPhone = z.string().transform(normalisePhone).pipe(z.string().regex(CONTACT_PHONE_PATTERN, CONTACT_PHONE_PROBLEM))

export const location = z
  .object({
    lat: z.number().finite().min(-90).max(90),
    lng: z.number().finite().min(-180).max(180),
  })
  .strict()
export type GeoPoint = z.infer<typeof location>

/** An instant with an explicit offset, e.g. 2026-12-01T09:00:00+08:00. */
export const instant = z.string().datetime({ offset: true, message: '时间格式不正确，应为带时区的 ISO 8601' })

/** A China calendar day, e.g. 2026-12-01. */
export const calendarDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00+08:00`)), '日期不存在')

export const MAX_PAGE_SIZE = 100
export const DEFAULT_PAGE_SIZE = 20

/** Every list takes these. */
export const pageInput = {
  limit: z.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  cursor: z.string().max(512).optional(),
}

/** Every list answers this. */
export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().optional() })

export type Page<T> = { items: T[]; nextCursor?: string }

export const empty = z.object({}).strict()
