import { useState } from 'react'
import { ACTION_LABELS, FUNCTION_LABELS } from '@/types/audit-labels'
import type { ActionInput } from '@/types'
import { chinaDate } from '@/time/china'

export const ALL = ''

export const DAY_RANGES = [
  { value: 'all', label: '全部' },
  { value: 'today', label: '今天' },
  { value: 'week', label: '近 7 天' },
  { value: 'month', label: '近 30 天' },
  { value: 'days', label: '指定日期' },
] as const
export type DayRange = (typeof DAY_RANGES)[number]['value']

/** Today's China calendar date, `days` back: `2026-12-01`. */
const chinaDateBack = (days: number) => chinaDate(Date.now() - days * 86_400_000)

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** The functions to filter by, then the actions of the chosen one: both from the one label table. */
export const FUNCTION_CHOICES = [{ value: ALL, label: '全部' }, ...Object.entries(FUNCTION_LABELS).map(([value, label]) => ({ value, label }))]

export function actionChoices(fn: string) {
  if (!fn) return []
  const actions = Object.entries(ACTION_LABELS)
    .filter(([key]) => key.startsWith(`${fn}.`))
    .map(([key, label]) => ({ value: key.slice(fn.length + 1), label }))
  return [{ value: ALL, label: '全部' }, ...actions]
}

/** The audit page's filters, and the query they make. */
export function useAuditFilters() {
  const [actor, setActor] = useState(ALL)
  const [stationId, setStationId] = useState(ALL)
  const [fn, setFnState] = useState(ALL)
  const [action, setAction] = useState(ALL)
  const [range, setRange] = useState<DayRange>('all')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')

  const setFn = (next: string) => {
    setFnState(next)
    setAction(ALL)
  }

  const days = (): Pick<ActionInput<'privacy', 'auditLog'>, 'from' | 'to'> => {
    if (range === 'today') return { from: chinaDateBack(0) }
    if (range === 'week') return { from: chinaDateBack(6) }
    if (range === 'month') return { from: chinaDateBack(29) }
    if (range === 'days') return { ...(DAY.test(from) ? { from } : {}), ...(DAY.test(to) ? { to } : {}) }
    return {}
  }

  const query: ActionInput<'privacy', 'auditLog'> = {
    ...(actor ? { actor } : {}),
    ...(stationId ? { stationId } : {}),
    ...(fn ? { fn } : {}),
    ...(fn && action ? { action } : {}),
    ...days(),
  }
  return {
    actor,
    setActor,
    stationId,
    setStationId,
    fn,
    setFn,
    action,
    setAction,
    range,
    setRange,
    from,
    setFrom,
    to,
    setTo,
    query,
    key: JSON.stringify(query),
  }
}
