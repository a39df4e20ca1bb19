import { z } from 'zod'
import { defineActions } from './action'
import { contactPhone, id, instant, line, location, pageInput, pageOf, paragraph, phone } from './common'
import { areaName } from './org'
import { GUIDE_CATEGORIES, MEDIATION_CATEGORIES, REPORT_CATEGORIES, WATCH_SERVICES } from './community-words'
import type { MediationStatus, NoticeKind, ReportStatus } from './community-words'

export * from './community-words'

/**
 * 社区: 平安守望点 near the resident, 社区公告 and 警务动态, 服务指南, 线索举报 and 矛盾纠纷调解.
 * Residents read and send; officers handle their own station's records, admins everyone's.
 */

// ── 平安守望点 ────────────────────────────────────────────────────────────────────────────────────

export const watchService = z.enum(WATCH_SERVICES, { errorMap: () => ({ message: '服务项目不正确' }) })

/** Farthest a nearby search reaches, in kilometres. */
export const MAX_RADIUS_KM = 20
export const DEFAULT_RADIUS_KM = 3
export const MAX_NEARBY = 50

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, '时间应为 HH:mm')

/** Opening hours on some days of the week (1 = 周一 … 7 = 周日). `close` before `open` runs past midnight. */
export const hoursRange = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    open: clock,
    close: clock,
  })
  .strict()
export type HoursRange = z.infer<typeof hoursRange>

export const watchHours = z
  .object({
    /** Open day and night, every day. */
    allDay: z.boolean(),
    ranges: z.array(hoursRange).max(7),
  })
  .strict()
  .refine((h) => h.allDay || h.ranges.length > 0, { message: '请填写营业时间，或选择 24 小时', path: ['ranges'] })
export type WatchHours = z.infer<typeof watchHours>

export const watchPoint = z.object({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  location,
  phone: z.string(),
  services: z.array(z.string()),
  hours: z.object({ allDay: z.boolean(), ranges: z.array(hoursRange) }),
  /** e.g. 24 小时 · 周一至周五 08:00–22:00 */
  hoursText: z.string(),
  stationId: z.string(),
  area: z.string().optional(),
})
export type WatchPoint = z.infer<typeof watchPoint>

export const nearbyWatchPoint = watchPoint.extend({
  distanceM: z.number(),
  /** Open at the moment of the answer, in China time. */
  openNow: z.boolean(),
})
export type NearbyWatchPoint = z.infer<typeof nearbyWatchPoint>

/** A watch point found without a position: no distance, but whether it is open now. */
export const browsedWatchPoint = watchPoint.extend({ openNow: z.boolean() })
export type BrowsedWatchPoint = z.infer<typeof browsedWatchPoint>

// ── 社区公告 / 警务动态 ───────────────────────────────────────────────────────────────────────────

export const noticeKind = z.enum(['notice', 'news']) satisfies z.ZodType<NoticeKind>
export const noticeStatus = z.enum(['draft', 'published', 'archived'])
export type NoticeStatus = z.infer<typeof noticeStatus>

export const noticeSummary = z.object({
  id: z.string(),
  kind: noticeKind,
  title: z.string(),
  /** The first words of the body. */
  excerpt: z.string(),
  /** The community it is for; absent for all of the station's communities. */
  area: z.string().optional(),
  stationId: z.string(),
  pinned: z.boolean(),
  publishedAt: z.string().optional(),
})
export type NoticeSummary = z.infer<typeof noticeSummary>

export const notice = noticeSummary.extend({ body: z.string(), status: noticeStatus, updatedAt: z.string() })
export type Notice = z.infer<typeof notice>

// ── 服务指南 ──────────────────────────────────────────────────────────────────────────────────────

export const guideCategory = z.enum(GUIDE_CATEGORIES, { errorMap: () => ({ message: '指南类别不正确' }) })

export const guideSummary = z.object({ id: z.string(), title: z.string(), category: guideCategory, purpose: z.string() })
export type GuideSummary = z.infer<typeof guideSummary>

export const guide = guideSummary.extend({
  /** Who may apply. */
  eligibility: z.array(z.string()),
  materials: z.array(z.string()),
  steps: z.array(z.string()),
  /** Where and when. */
  where: z.string(),
  fees: z.string(),
  /** How long it takes. */
  timeLimit: z.string(),
  notes: z.array(z.string()),
  /** The 流动警务室 matter to book for it, when the matter can be handled or prepared there. */
  visitMatter: z.string().optional(),
  updatedAt: z.string(),
})
export type Guide = z.infer<typeof guide>

const guideFields = {
  title: line(2, 30),
  category: guideCategory,
  purpose: paragraph(2, 300),
  eligibility: z.array(line(2, 200)).min(1).max(10),
  materials: z.array(line(2, 200)).min(1).max(20),
  steps: z.array(line(2, 200)).min(1).max(15),
  where: paragraph(2, 300),
  fees: line(1, 100),
  timeLimit: line(1, 100),
  notes: z.array(line(2, 200)).max(10),
  visitMatter: line(2, 20).optional(),
}

// ── 线索举报 ──────────────────────────────────────────────────────────────────────────────────────

export const reportCategory = z.enum(REPORT_CATEGORIES, { errorMap: () => ({ message: '举报类别不正确' }) })
export const reportStatus = z.enum(['submitted', 'accepted', 'closed', 'rejected']) satisfies z.ZodType<ReportStatus>

export const timelineEntry = z.object({ status: z.string(), at: z.string(), note: z.string().optional() })
export type TimelineEntry = z.infer<typeof timelineEntry>

/** A report as its sender follows it. */
export const myReport = z.object({
  ticketNo: z.string(),
  category: reportCategory,
  text: z.string(),
  anonymous: z.boolean(),
  /** Masked, e.g. 138****1234. */
  contact: z.string().optional(),
  status: reportStatus,
  createdAt: z.string(),
  timeline: z.array(timelineEntry),
})
export type MyReport = z.infer<typeof myReport>

/** A report as staff handle it: no trace of an anonymous sender. */
export const staffReport = z.object({
  ticketNo: z.string(),
  category: reportCategory,
  text: z.string(),
  anonymous: z.boolean(),
  /** Only when the sender gave it and is not anonymous: staff call back on it. */
  contact: z.string().optional(),
  /** The place of the matter; for an anonymous report only to about a kilometre (2 decimals). */
  location: location.optional(),
  occurredAt: z.string().optional(),
  stationId: z.string(),
  status: reportStatus,
  createdAt: z.string(),
  timeline: z.array(timelineEntry),
})
export type StaffReport = z.infer<typeof staffReport>

// ── 矛盾纠纷调解 ──────────────────────────────────────────────────────────────────────────────────

export const mediationCategory = z.enum(MEDIATION_CATEGORIES, { errorMap: () => ({ message: '纠纷类别不正确' }) })
export const mediationStatus = z.enum(['requested', 'accepted', 'scheduled', 'resolved', 'withdrawn']) satisfies z.ZodType<MediationStatus>

const mediationBase = {
  ticketNo: z.string(),
  category: mediationCategory,
  description: z.string(),
  otherParty: z.string().optional(),
  preferredTimes: z.string().optional(),
  status: mediationStatus,
  /** When the mediation is set for. */
  scheduledAt: z.string().optional(),
  place: z.string().optional(),
  createdAt: z.string(),
  timeline: z.array(timelineEntry),
}

/** `contact` is gone once the request has been over for PRIVACY_CASE_DAYS (180 by default, docs/PRIVACY.md). */
export const myMediation = z.object({ ...mediationBase, contact: z.string().optional() })
export type MyMediation = z.infer<typeof myMediation>
export const staffMediation = z.object({ ...mediationBase, contact: z.string().optional(), stationId: z.string() })
export type StaffMediation = z.infer<typeof staffMediation>

const ticketInput = z.object({ ticketNo: z.string().trim().max(40) })
const note = paragraph(1, 300)

// ── the actions ───────────────────────────────────────────────────────────────────────────────────

export const community = defineActions({
  nearbyWatchPoints: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Watch points within radiusKm of a place, nearest first, with distance and whether open now (China time)',
    input: z
      .object({
        lat: location.shape.lat,
        lng: location.shape.lng,
        radiusKm: z.number().positive().max(MAX_RADIUS_KM, `搜索范围不能超过 ${MAX_RADIUS_KM} 公里`).optional(),
        limit: z.number().int().min(1).max(MAX_NEARBY).optional(),
      })
      .strict(),
    output: pageOf(nearbyWatchPoint),
  },
  browseWatchPoints: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Every active watch point, by name, without a position: of one station, and/or matching part of a name, address or community',
    input: z.object({ stationId: id.optional(), q: line(1, 20).optional(), ...pageInput }).strict(),
    output: pageOf(browsedWatchPoint),
  },
  listWatchPoints: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Active watch points of a station, by name, for the editor',
    input: z.object({ stationId: id.optional(), ...pageInput }).strict(),
    output: pageOf(watchPoint),
  },
  getWatchPoint: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'One watch point, for its editor',
    input: z.object({ id }).strict(),
    output: watchPoint.extend({ status: z.enum(['active', 'retired']) }),
  },
  saveWatchPoint: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Create (no id) or change a watch point; officers only at their own station',
    input: z
      .object({
        id: id.optional(),
        name: line(2, 40),
        address: line(2, 100),
        location,
        phone,
        services: z.array(watchService).min(1, '至少选一项服务').max(WATCH_SERVICES.length),
        hours: watchHours,
        stationId: id.optional(),
        area: areaName.optional(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  retireWatchPoint: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Take a watch point off the map',
    input: z.object({ id }).strict(),
    output: z.object({ id: z.string(), status: z.literal('retired') }),
  },

  listNotices: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Published notices, pinned first then newest, of a community and/or station',
    input: z.object({ area: areaName.optional(), stationId: id.optional(), ...pageInput }).strict(),
    output: pageOf(noticeSummary),
  },
  getNotice: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'One published notice',
    input: z.object({ id }).strict(),
    output: notice,
  },
  getNoticeForEdit: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'One notice in any state, for its editor; officers only their own station’s',
    input: z.object({ id }).strict(),
    output: notice,
  },
  listAllNotices: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: 'Notices in every state for the editor, newest change first',
    input: z.object({ stationId: id.optional(), status: noticeStatus.optional(), ...pageInput }).strict(),
    output: pageOf(notice),
  },
  saveNotice: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Create a draft (no id) or change a notice; its text goes through the content check',
    input: z
      .object({
        id: id.optional(),
        kind: noticeKind,
        title: line(2, 40),
        body: paragraph(2, 3000),
        area: areaName.optional(),
        stationId: id.optional(),
        pinned: z.boolean(),
      })
      .strict(),
    output: z.object({ id: z.string() }),
  },
  publishNotice: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Publish a draft, or put an archived notice up again',
    input: z.object({ id }).strict(),
    output: z.object({ id: z.string(), status: noticeStatus }),
  },
  archiveNotice: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'Take a notice down',
    input: z.object({ id }).strict(),
    output: z.object({ id: z.string(), status: noticeStatus }),
  },

  listGuides: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'Service guides, optionally of one category',
    input: z.object({ category: guideCategory.optional(), ...pageInput }).strict(),
    output: pageOf(guideSummary),
  },
  getGuide: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'One guide: purpose, who may apply, materials, steps, where and when, fees, the matter to book',
    input: z.object({ id }).strict(),
    output: guide,
  },
  saveGuide: {
    access: 'admin',
    kind: 'write',
    audit: true,
    summary: 'Create (no id) or change a guide',
    input: z.object({ id: id.optional(), ...guideFields }).strict(),
    output: z.object({ id: z.string() }),
  },

  getStatusTemplates: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'The subscribe-message templates of report and mediation progress, for the tap that asks for them',
    input: z.object({}).strict(),
    output: z.object({ report: z.string(), mediation: z.string() }),
  },
  submitReport: {
    access: 'user',
    kind: 'report',
    audit: false,
    summary: 'A clue report, content-checked, at most 5 per person per China day',
    limit: false,
    input: z
      .object({
        category: reportCategory,
        text: paragraph(10, 1000),
        anonymous: z.boolean(),
        contact: contactPhone.optional(),
        location: location.optional(),
        occurredAt: instant.optional(),
        stationId: id.optional(),
      })
      .strict()
      .refine((r) => !(r.anonymous && r.contact), { message: '匿名举报不需要留联系电话', path: ['contact'] }),
    output: z.object({ ticketNo: z.string() }),
  },
  myReports: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: "The caller's own reports, anonymous ones included, newest first, with their timelines",
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(myReport),
  },
  listReports: {
    access: 'staff',
    kind: 'read',
    summary: "Reports of a station by status, oldest first; an anonymous sender's identity is never shown",
    // Named senders' full phone numbers: who looked is kept in the audit log.
    audit: true,
    input: z.object({ stationId: id.optional(), status: reportStatus.optional(), ...pageInput }).strict(),
    output: pageOf(staffReport),
  },
  acceptReport: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'submitted → accepted; the sender is notified',
    input: ticketInput.extend({ note: note.optional() }).strict(),
    output: staffReport,
  },
  closeReport: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'accepted → closed with a reply; the sender is notified',
    input: ticketInput.extend({ reply: note }).strict(),
    output: staffReport,
  },
  rejectReport: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'submitted or accepted → rejected with a reason; the sender is notified',
    input: ticketInput.extend({ reason: note }).strict(),
    output: staffReport,
  },

  requestMediation: {
    access: 'user',
    kind: 'report',
    audit: false,
    summary: 'Ask for a mediation; an officer accepts, schedules and closes it',
    limit: false,
    input: z
      .object({
        category: mediationCategory,
        description: paragraph(10, 1000),
        otherParty: line(1, 60).optional(),
        preferredTimes: line(1, 100).optional(),
        contact: contactPhone,
        stationId: id.optional(),
        location: location.optional(),
      })
      .strict(),
    output: z.object({ ticketNo: z.string() }),
  },
  myMediations: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: "The caller's own mediation requests, newest first, with their timelines",
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(myMediation),
  },
  listMediations: {
    access: 'staff',
    kind: 'read',
    summary: 'Mediation requests of a station by status, oldest first',
    // Requesters' full phone numbers: who looked is kept in the audit log.
    audit: true,
    input: z.object({ stationId: id.optional(), status: mediationStatus.optional(), ...pageInput }).strict(),
    output: pageOf(staffMediation),
  },
  acceptMediation: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'requested → accepted',
    input: ticketInput.extend({ note: note.optional() }).strict(),
    output: staffMediation,
  },
  scheduleMediation: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'accepted (or scheduled, to move it) → scheduled at a time and place',
    input: ticketInput.extend({ time: instant, place: line(2, 100), note: note.optional() }).strict(),
    output: staffMediation,
  },
  resolveMediation: {
    access: 'staff',
    kind: 'write',
    audit: true,
    summary: 'scheduled → resolved, with what was agreed',
    input: ticketInput.extend({ note }).strict(),
    output: staffMediation,
  },
  withdrawMediation: {
    access: 'user',
    kind: 'write',
    audit: false,
    summary: 'The requester (or the station on their word) withdraws a request that is not finished',
    input: ticketInput.extend({ note: note.optional() }).strict(),
    output: z.object({ ticketNo: z.string(), status: mediationStatus }),
  },
})
