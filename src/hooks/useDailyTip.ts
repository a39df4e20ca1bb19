import type { Tip } from '../../types/fraud'
import { call } from '../api'
import { useRemote, type Remote } from './useRemote'

/** Today's anti-fraud tip (the same for everyone on a China day); empty when none is published. */
export function useDailyTip(): Remote<Tip | null> {
  return useRemote(async () => (await call('fraud', 'dailyTip', {})).tip, [], { isEmpty: (tip) => tip === null })
}
