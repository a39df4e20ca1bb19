import { z } from 'zod'
import { defineActions } from './action'
import { empty, id, pageInput, pageOf, paragraph } from './common'
import { MESSAGE_MAX_CHARACTERS, MESSAGE_MIN_CHARACTERS } from './messages-words'

/**
 * 留言: a resident's message to the community officer of a plate's area, and the officer's replies.
 * Not an emergency channel (the pages say so above the box). A thread is private to its two sides:
 * the resident who wrote it, and the staff of the station the area belongs to (and admins).
 */

export { MESSAGE_MAX_CHARACTERS, MESSAGES_PER_THREAD, THREAD_STATUS_LABELS, type ThreadStatus } from './messages-words'

export const threadStatus = z.enum(['open', 'closed'])

const messageText = paragraph(MESSAGE_MIN_CHARACTERS, MESSAGE_MAX_CHARACTERS)
/** As scanned or typed: the function reads it (case, spaces, check character) and says what is wrong. */
const plateCode = z.string().max(40, '联系牌编号过长')

export const message = z.object({
  /** Who wrote it: the resident, or a member of the station's staff (shown as 民警 with their name). */
  from: z.enum(['resident', 'staff']),
  text: z.string(),
  at: z.string(),
  /** The officer's name on a staff reply, when the replier is bound to an officer record. */
  by: z.string().optional(),
})
export type Message = z.infer<typeof message>

/** What a list shows of a thread: who it is with, where, the last word and whether it is unread. */
export const threadSummary = z.object({
  threadId: z.string(),
  plateCode: z.string(),
  area: z.string(),
  stationId: z.string(),
  stationName: z.string(),
  officerName: z.string().optional(),
  status: threadStatus,
  lastText: z.string(),
  lastFrom: z.enum(['resident', 'staff']),
  lastAt: z.string(),
  /** Messages from the other side not yet read by the one asking. */
  unread: z.number().int().min(0),
  createdAt: z.string(),
})
export type ThreadSummary = z.infer<typeof threadSummary>

export const thread = threadSummary.extend({ messages: z.array(message) })
export type Thread = z.infer<typeof thread>

export const messages = defineActions({
  templates: {
    access: 'public',
    kind: 'read',
    audit: false,
    summary: 'The subscribe-message template a resident is asked to accept when writing: the reply notice',
    input: empty,
    output: z.object({ reply: z.string() }),
  },
  send: {
    access: 'user',
    kind: 'report',
    audit: false,
    summary: "A message to the officer of the plate's area; continues the caller's open thread there, content-checked",
    input: z.object({ plateCode, text: messageText }).strict(),
    output: z.object({ threadId: z.string() }),
  },
  myThreads: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: "The caller's own threads, latest activity first, with unread replies",
    input: z.object({ ...pageInput }).strict(),
    output: pageOf(threadSummary),
  },
  getThread: {
    access: 'user',
    kind: 'read',
    audit: false,
    summary: "One of the caller's threads with every message; marks the replies read",
    input: z.object({ threadId: id }).strict(),
    output: thread,
  },
  inbox: {
    access: 'staff',
    kind: 'read',
    audit: true,
    summary: "The station's threads (admins: every station's), unread first by latest activity, with unread counts",
    input: z.object({ status: threadStatus.optional(), stationId: id.optional(), ...pageInput }).strict(),
    output: pageOf(threadSummary).extend({ unreadThreads: z.number().int().min(0) }),
  },
  readThread: {
    access: 'staff',
    kind: 'read',
    audit: false,
    summary: "One thread of the caller's station with every message; marks the resident's messages read",
    input: z.object({ threadId: id }).strict(),
    output: thread,
  },
  reply: {
    access: 'staff',
    kind: 'write',
    summary: "A reply in a thread of the caller's station, content-checked; the resident is told (best effort)",
    input: z.object({ threadId: id, text: messageText }).strict(),
    output: z.object({ threadId: z.string() }),
    audit: true,
  },
  close: {
    access: 'staff',
    kind: 'write',
    summary: "Ends a thread of the caller's station; the resident's next message starts a new one",
    input: z.object({ threadId: id }).strict(),
    output: z.object({ threadId: z.string(), status: threadStatus }),
    audit: true,
  },
})
