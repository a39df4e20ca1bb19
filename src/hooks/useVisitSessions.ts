import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { GeoPoint } from '../../types/common'
import type { VisitSession } from '../../types/visits'
import { call } from '../api'
import { chinaDate, chinaDayLabel } from '../time/china'
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
      day = { date, label: chinaDayLabel(session.startsAt) ?? date, sessions: [] }
      days.push(day)
    }
    day.sessions.push(session)
  }
  return days
}

/**
 * Loads again whenever the page comes back into view (after booking or cancelling on another page,
 * the seats have changed), but not on the first show, which the first load already covers.
 */
export function useReloadOnShow(reload: () => void): void {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) reload()
    shown.current = true
  })
}

export interface SessionList {
  items: VisitSession[]
  /** Whether these were asked for nearest first: the page lays them out by it, not by its own state. */
  nearestFirst: boolean
}

/** Upcoming 流动警务室 sessions: soonest first, or nearest first when `near` is given. */
export function useVisitSessions(near?: GeoPoint): Remote<SessionList> {
  const remote = useRemote(
    async () => ({ items: (await call('visits', 'listSessions', { limit: 50, ...(near ? { near } : {}) })).items, nearestFirst: Boolean(near) }),
    [near?.lat, near?.lng],
  )
  useReloadOnShow(remote.retry)
  return remote
}
