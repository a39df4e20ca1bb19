import type { LocalCloud } from '../local/cloud'
import { residentsFor } from './residents'

/** Loads `fn` in every worker: as many calls at once as there are workers, twice, answers ignored. */
export async function warm(cloud: LocalCloud, fn: string, event: unknown): Promise<void> {
  const tokens = residentsFor(cloud, cloud.pool.size * 2)
  for (let round = 0; round < 2; round++) {
    await Promise.all(
      Array.from({ length: cloud.pool.size }, (_, i) =>
        fetch(`${cloud.url}/api/functions/${fn}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tokens[round * cloud.pool.size + i]}` },
          body: JSON.stringify(event),
        }).then(
          (res) => res.arrayBuffer(),
          () => undefined,
        ),
      ),
    )
  }
}
