import type { ActionInput, ActionOutput } from '../../types'
import { db } from '../_shared/cloud'
import { chinaDay, dayjs } from '../_shared/china-time'
import { isDuplicateKey } from '../_shared/db-errors'
import { firstRow, rows } from '../_shared/results'
import type { TipDayDoc, TipDoc } from './docs'

const DAY_MS = 86_400_000

/**
 * The tip of a China calendar day. The first request of a day picks it (rotating through the
 * published tips, never the previous day's) and keeps the pick, so a tip published at noon does not
 * change what everyone else read that morning. A kept pick that has since been taken down is replaced.
 */
export async function dailyTip(input: ActionInput<'fraud', 'dailyTip'>): Promise<ActionOutput<'fraud', 'dailyTip'>> {
  const date = input.date ?? chinaDay()
  const kept = await firstRow<TipDayDoc>(db.collection('fraudTipDays').where({ _id: date }).limit(1).get())
  if (kept) {
    const tip = await publishedTip(kept.tipId)
    if (tip) return { date, tip: present(tip) }
  }
  const tips = await rows<TipDoc>(db.collection('fraudTips').where({ status: 'published' }).orderBy('_id', 'asc').limit(1000).get())
  const dayNumber = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS)
  let pick = tips[dayNumber % tips.length]
  // Nothing published (no index into an empty list): no tip today.
  if (!pick) return { date, tip: null }
  const yesterday = dayjs(`${date}T00:00:00Z`).utc().subtract(1, 'day').format('YYYY-MM-DD')
  const before = await firstRow<TipDayDoc>(db.collection('fraudTipDays').where({ _id: yesterday }).limit(1).get())
  if (before?.tipId === pick._id && tips.length > 1) pick = tips[(dayNumber + 1) % tips.length] ?? pick

  const record = { tipId: pick._id, chosenAt: new Date() }
  if (kept) {
    await db.collection('fraudTipDays').doc(date).set({ data: record })
    return { date, tip: present(pick) }
  }
  try {
    await db.collection('fraudTipDays').add({ data: { _id: date, ...record } })
  } catch (error) {
    if (!isDuplicateKey(error)) throw error
    // Someone else chose first, at the same moment: theirs is the day's tip.
    const theirs = await firstRow<TipDayDoc>(db.collection('fraudTipDays').where({ _id: date }).limit(1).get())
    const tip = theirs && (await publishedTip(theirs.tipId))
    if (tip) return { date, tip: present(tip) }
  }
  return { date, tip: present(pick) }
}

async function publishedTip(id: string): Promise<TipDoc | undefined> {
  return firstRow<TipDoc>(db.collection('fraudTips').where({ _id: id, status: 'published' }).limit(1).get())
}

const present = (t: TipDoc) => ({ id: t._id, text: t.text, ...(t.type ? { type: t.type } : {}) })
