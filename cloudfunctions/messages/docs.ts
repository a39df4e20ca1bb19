import type { ThreadStatus } from '../../types/messages'

/** One message as stored inside its thread. */
export interface MessageDoc {
  from: 'resident' | 'staff'
  text: string
  at: Date
  /** The replying officer's name (staff replies only). */
  by?: string
}

/**
 * A conversation between one resident and the station of one area. Messages live inside the thread
 * (at most MESSAGES_PER_THREAD), so reading a conversation is one read.
 */
export interface ThreadDoc {
  _id: string
  /** The resident's OPENID: never shown to staff. */
  openid: string
  plateCode: string
  area: string
  stationId: string
  stationName: string
  officerId: string | null
  officerName?: string
  status: ThreadStatus
  /**
   * The area while the thread is open, a value of its own once closed: with the unique index on
   * (openid, openKey) a resident has at most one open thread per area, even when two sends race.
   */
  openKey: string
  messages: MessageDoc[]
  messageCount: number
  unreadByStaff: number
  unreadByResident: number
  lastText: string
  lastFrom: 'resident' | 'staff'
  lastAt: Date
  createdAt: Date
  updatedAt: Date
}
