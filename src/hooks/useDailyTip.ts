import { fetchDailyTip, type DailyTipView } from '../api/pending-domains'
import { useRemote, type Remote } from './useRemote'

/** Today's anti-fraud tip; empty when there is none. */
export function useDailyTip(): Remote<DailyTipView | null> {
  return useRemote(fetchDailyTip, [], { isEmpty: (tip) => tip === null })
}
