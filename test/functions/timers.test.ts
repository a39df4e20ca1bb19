import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type LocalCloud, startLocalCloud } from '../../local/cloud'

describe('timer triggers in the local cloud', () => {
  let cloud: LocalCloud
  let dataDir: string
  afterEach(async () => {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('fires the triggers the functions declare, on the interval given', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'jmt-timers-'))
    cloud = await startLocalCloud({ port: 0, dataDir, timerIntervalMs: 100 })
    const fired: unknown[] = []
    const invoke = cloud.pool.invoke.bind(cloud.pool)
    cloud.pool.invoke = (name, event, openid) => {
      fired.push({ name, event })
      return invoke(name, event, openid)
    }
    await new Promise((resolve) => setTimeout(resolve, 350))
    expect(fired).toContainEqual({ name: 'plates', event: expect.objectContaining({ Type: 'Timer', TriggerName: 'hourly' }) })
  })
})
