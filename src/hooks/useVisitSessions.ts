import type { GeoPoint } from '../../types/common'
import type { VisitSession } from '../../types/visits'
import { call } from '../api'
import { chinaDate } from '../components/VisitWords'
import { chinaDay } from '../time/china'
import { useReloadOnShow } from './useReloadOnShow'
import { useRemote, type Remote } from './useRemote'

export interface SessionDay {
  /** 2026-12-01, China time. */
  date: string
  /** 12月1日 周二 */
  label: string
  sessions: VisitSession[]
}

/** Sessions in the order the function gave them, under one heading per China calendar day. */
export function groupByChinaDay(sessions: VisitSession[]): SessionDay[] {
  const days: SessionDay[] = []
  for (const session of sessions) {
    const date = chinaDate(session.startsAt)
    let day = days.find((d) => d.date === date)
    if (!day) {
      day = { date, label: chinaDay(session.startsAt) ?? date, sessions: [] }
      days.push(day)
    }
    day.sessions.push(session)
  }
  return days
}

export interface SessionList {
  items: VisitSession[]
  /** Whether these were asked for nearest first: the page lays them out by it, not by its own state. */
  nearestFirst: boolean
}

/** Upcoming 流动警务室 sessions: soonest first, or nearest first when `near` is given. */
export function useVisitSessions(near?: GeoPoint): Remote<SessionList> {
  const lat = near?.lat
  const lng = near?.lng
  const remote = useRemote(async () => {
    const point = lat !== undefined && lng !== undefined ? { near: { lat, lng } } : {}
    return { items: (await call('visits', 'listSessions', { limit: 50, ...point })).items, nearestFirst: 'near' in point }
  }, [lat, lng])
  useReloadOnShow(remote.retry)
  return remote
}
