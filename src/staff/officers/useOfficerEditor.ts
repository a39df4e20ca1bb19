import { useRouter } from '@tarojs/taro'
import type { Officer } from '@/types/org'
import { ApiError, call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import type { AreaHolders } from '../components/AreaEditor'

/** A district has a few dozen officers; reading them all is a handful of pages at most. */
const PAGE = 100
const MAX_PAGES = 20

async function allOfficers(): Promise<Officer[]> {
  const officers: Officer[] = []
  let cursor: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await call('org', 'listOfficers', { limit: PAGE, cursor })
    officers.push(...answer.items)
    cursor = answer.nextCursor
    if (!cursor) break
  }
  return officers
}

/**
 * The officer form: the officer to change (from `?officerId=`; none for a new one) and who looks
 * after each known area, so the form can say which areas will move. There is no single-officer read
 * in the contract, so it is found in the list.
 */
export function useOfficerEditor() {
  const officerId = useRouter().params.officerId
  return useRemote(
    async () => {
      const officers = await allOfficers()
      const holders: AreaHolders = {}
      for (const o of officers) for (const area of o.areas) holders[area] = { officerId: o.officerId, name: o.name, stationId: o.stationId }
      const officer = officerId ? officers.find((o) => o.officerId === officerId) : undefined
      if (officerId && !officer) throw new ApiError('NOT_FOUND', '没有找到这位民警，可能已被删除。')
      return { officer, holders }
    },
    [officerId],
    { isEmpty: () => false },
  )
}
