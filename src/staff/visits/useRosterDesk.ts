import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionOutput } from '@/types'
import { call } from '../../api'
import { toApiError } from '../../api/errors'
import { saveCsv } from '../../files/save-file'
import { useRoster } from './useConsoleSession'

export type Roster = ActionOutput<'visits', 'roster'>
export type RosterEntry = Roster['items'][number]

/** A problem of one row's action, shown on that row. */
export interface RowProblem {
  bookingId: string
  message: string
}

/**
 * A session's roster and what the desk does with it, apart from how the roster is drawn: the session's
 * actions (export, 未到场, cancel the session) and each booking's (签到, 取消). One action at a time;
 * after each that changes the roster it is read again (an export changes nothing, so the list stays as it is).
 */
export function useRosterDesk(sessionId: string) {
  const roster = useRoster(sessionId)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [rowProblem, setRowProblem] = useState<RowProblem | null>(null)

  /** Runs one action; its toast on success, its refusal in Chinese (on the row, when it was a row's). */
  async function run(work: () => Promise<string | null>, { bookingId, changes = true }: { bookingId?: string; changes?: boolean } = {}): Promise<boolean> {
    if (busy) return false
    setBusy(true)
    setProblem(null)
    setRowProblem(null)
    try {
      const toast = await work()
      if (toast) void Taro.showToast({ title: toast, icon: 'none' })
      if (changes) roster.retry()
      return true
    } catch (error) {
      const message = toApiError(error).message
      if (bookingId) setRowProblem({ bookingId, message })
      else setProblem(message)
      return false
    } finally {
      setBusy(false)
    }
  }

  return {
    roster,
    busy,
    problem,
    setProblem,
    rowProblem,
    exportRoster: () =>
      run(
        async () => {
          const { filename, csv } = await call('visits', 'exportRoster', { sessionId })
          await saveCsv(filename, csv)
          return null
        },
        { changes: false },
      ),
    markNoShows: () =>
      run(async () => {
        const { noShows } = await call('visits', 'markNoShows', { sessionId })
        return `${noShows} 人未到场`
      }),
    cancelSession: (reason: string) =>
      run(async () => {
        const { cancelledBookings } = await call('visits', 'cancelSession', { sessionId, reason })
        return `已取消 ${cancelledBookings} 个预约`
      }),
    checkIn: (entry: RosterEntry) =>
      run(
        async () => {
          const done = await call('visits', 'checkIn', { bookingId: entry.bookingId })
          return `${done.queueNo} 号 ${done.name} 已签到`
        },
        { bookingId: entry.bookingId },
      ),
    staffCancel: (entry: RosterEntry, reason: string) =>
      run(
        async () => {
          const { notified } = await call('visits', 'staffCancel', { bookingId: entry.bookingId, reason })
          return notified ? `已取消 ${entry.queueNo} 号，已通知居民` : `已取消 ${entry.queueNo} 号`
        },
        { bookingId: entry.bookingId },
      ),
  }
}

export type RosterDesk = ReturnType<typeof useRosterDesk>
