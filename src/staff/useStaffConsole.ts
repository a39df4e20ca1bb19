import { call } from '../api'
import { useRemote } from '../hooks/useRemote'

/** What the console home lists: the officers and the stations staff can manage. */
export function useStaffConsole() {
  return useRemote(
    async () => {
      const [officers, stations] = await Promise.all([call('org', 'listOfficers', { limit: 50 }), call('org', 'listStations', { limit: 50 })])
      return { officers, stations }
    },
    [],
    { isEmpty: ({ officers, stations }) => officers.items.length === 0 && stations.items.length === 0 },
  )
}
