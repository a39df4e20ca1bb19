import Taro from '@tarojs/taro'
import type { ActionOutput } from '../../types'
import { chinaDaysBetween } from '../time/china'

type Card = ActionOutput<'plates', 'lookup'>

/**
 * The cards of the plates this phone has scanned, kept in Taro storage (wx storage in the
 * mini-program, localStorage in H5), so that a plate scanned once shows its card again without a
 * network: a basement, a lift, a village without signal. Only what the plate shows anyone who scans
 * it is kept (public contact details), nothing about the person; the most recent few only.
 */
export const SAVED_CARDS_KEY = 'jmt.plateCards'
const KEEP = 20

export interface SavedCard {
  card: Card
  /** When the cloud last answered with this card (ms since the epoch). */
  savedAt: number
}

function readAll(): SavedCard[] {
  try {
    const stored: unknown = Taro.getStorageSync(SAVED_CARDS_KEY)
    return Array.isArray(stored) ? (stored as SavedCard[]).filter((s) => s && typeof s.savedAt === 'number' && s.card?.plate?.code) : []
  } catch {
    return []
  }
}

function writeAll(saved: SavedCard[]): void {
  try {
    Taro.setStorageSync(SAVED_CARDS_KEY, saved)
  } catch {
    // Storage full or refused: the card still shows now, it just will not be there offline.
  }
}

/** Keeps the card the cloud just answered, newest first. */
export function saveCard(card: Card, now = Date.now()): void {
  const others = readAll().filter((s) => s.card.plate.code !== card.plate.code)
  writeAll([{ card, savedAt: now }, ...others].slice(0, KEEP))
}

/** The card kept for this code, if this phone has seen it. */
export function savedCard(code: string): SavedCard | undefined {
  return readAll().find((s) => s.card.plate.code === code)
}

/** Forgets a code the cloud says does not exist (any more). */
export function forgetCard(code: string): void {
  const all = readAll()
  const rest = all.filter((s) => s.card.plate.code !== code)
  if (rest.length !== all.length) writeAll(rest)
}

/** "今天的信息", "3 天前的信息": how old what is shown is, in China calendar days. */
export function savedAge(savedAt: number, now = Date.now()): string {
  const days = chinaDaysBetween(savedAt, now)
  return days === 0 ? '今天的信息' : `${days} 天前的信息`
}
