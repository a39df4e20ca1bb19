import { z } from 'zod'
import { defineActions } from './action'
import { calendarDay, empty, id, openid, pageInput, pageOf } from './common'
import { role } from './org'

export { maskName, maskPhone } from './masking'

export { RETENTION_DAYS } from './retention'

export const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actor: z.string(),
  /** The actor's name: an officer's from their record, an admin's from their grant, when known. */
  actorName: z.string().optional(),
  role,
  stationId: z.string().optional(),
  fn: z.string(),
  action: z.string(),
  target: z.string().optional(),
  /** Who or what the target is, in words (an officer's or a station's name), when it names one the log can name. */
  targetName: z.string().optional(),
  fields: z.array(z.string()),
  /** `refused`: the call was refused (FORBIDDEN) and changed nothing. */
  outcome: z.literal('refused').optional(),
})
export type AuditEntry = z.infer<typeof auditEntry>

/** A person's records, by collection, as stored (dates as ISO strings, internal keys left out). */
const exportedRecords = z.record(z.array(z.record(z.unknown())))

export const privacy = defineActions({
  exportMyData: {
    access: 'user',
    kind: 'report',
    summary: 'Everything stored about the caller (bookings, requests, reports, mediation, quiz history) as one file',
    input: empty,
    output: z.object({ exportedAt: z.string(), filename: z.string(), openid: z.string(), records: exportedRecords, counts: z.record(z.number()) }),
    audit: true,
  },
  deleteMyData: {
    access: 'user',
    kind: 'report',
    summary: "Erase the caller's personal data: records police must keep are anonymised, the rest removed",
    input: z.object({ confirm: z.literal(true, { errorMap: () => ({ message: '请确认删除' }) }) }).strict(),
    output: z.object({ removed: z.record(z.number()), anonymised: z.record(z.number()) }),
    audit: true,
  },
  auditLog: {
    access: 'admin',
    kind: 'read',
    audit: false,
    summary: 'The audit log, newest first: who did what, when, on which record; by person, function, action, station and China days',
    input: z
      .object({
        actor: openid.optional(),
        fn: z
          .string()
          .regex(/^[a-z]{2,20}$/, '函数名不正确')
          .optional(),
        action: z
          .string()
          .regex(/^[A-Za-z]{1,40}$/, '操作名不正确')
          .optional(),
        stationId: id.optional(),
        /** From this China day, inclusive. */
        from: calendarDay.optional(),
        /** To this China day, inclusive. */
        to: calendarDay.optional(),
        ...pageInput,
      })
      .strict()
      .refine((v) => !v.from || !v.to || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] }),
    output: pageOf(auditEntry),
  },
})
