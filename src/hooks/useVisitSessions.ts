import { listVisitSessions, type VisitSessionView } from '../api/pending-domains'
import { useRemote, type Remote } from './useRemote'

/** Upcoming 流动警务室 sessions. */
export function useVisitSessions(): Remote<VisitSessionView[]> {
  return useRemote(listVisitSessions)
}
