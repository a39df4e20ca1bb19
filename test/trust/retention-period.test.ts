/**
 * One retention policy, configured in one place: the privacy function's environment. A deployment
 * that changes PRIVACY_CASE_DAYS sees finished tickets' contacts go after that many days, reports
 * and mediations alike (docs/PRIVACY.md), and no other timer erases them on a period of its own.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { newUser, startTestCloud, type TestCloud } from '../functions/harness'

/** Longer than the default 180: a timer with a period of its own would erase too early. */
const CASE_DAYS = 365
const DAY = 24 * 3600 * 1000
let t: TestCloud
const saved = process.env.PRIVACY_CASE_DAYS

beforeAll(async () => {
  // The function workers take their environment from the process that starts the local cloud, as a
  // deployed function takes its environment variables from the function's configuration.
  process.env.PRIVACY_CASE_DAYS = String(CASE_DAYS)
  t = await startTestCloud()
})
afterAll(async () => {
  await t.close()
  if (saved === undefined) delete process.env.PRIVACY_CASE_DAYS
  else process.env.PRIVACY_CASE_DAYS = saved
})

const byId = (collection: string, id: string) => ((t.cloud.db.snapshot()[collection] ?? []) as Record<string, unknown>[]).find((d) => d._id === id)

/** Every timer trigger the functions declare, as the platform fires them at their hour. */
function declaredTimers(): { fn: string; name: string }[] {
  const root = join(__dirname, '../../cloudfunctions')
  return readdirSync(root)
    .filter((fn) => !fn.startsWith('_'))
    .flatMap((fn) => {
      const config = JSON.parse(readFileSync(join(root, fn, 'config.json'), 'utf8')) as { triggers?: { name: string; type: string }[] }
      return (config.triggers ?? []).filter((trigger) => trigger.type === 'timer').map((trigger) => ({ fn, name: trigger.name }))
    })
}

it('forgets finished tickets’ contacts after PRIVACY_CASE_DAYS, whatever other timers fire', async () => {
  const now = Date.now()
  const ago = (days: number) => new Date(now - days * DAY)
  const ticket = { openid: newUser(), stationId: 'st', timeline: [], createdAt: ago(60) }
  await t.cloud.db.insertMany('reports', [
    {
      ...ticket,
      _id: 'JB-PAST',
      category: 'fraud',
      text: '已办结超过一年的线索',
      anonymous: false,
      contact: '13900000001',
      status: 'closed',
      updatedAt: ago(CASE_DAYS + 1),
    },
    {
      ...ticket,
      _id: 'JB-WITHIN',
      category: 'fraud',
      text: '刚办结不久的线索',
      anonymous: false,
      contact: '13900000002',
      status: 'rejected',
      updatedAt: ago(CASE_DAYS - 1),
    },
    {
      ...ticket,
      _id: 'JB-OPEN',
      category: 'fraud',
      text: '还在办的线索',
      anonymous: false,
      contact: '13900000003',
      status: 'accepted',
      updatedAt: ago(CASE_DAYS + 1),
    },
  ])
  await t.cloud.db.insertMany('mediations', [
    {
      ...ticket,
      _id: 'TJ-PAST',
      category: 'family',
      description: '已撤回超过一年',
      contact: '13900000004',
      otherParty: '邻居',
      status: 'withdrawn',
      updatedAt: ago(CASE_DAYS + 1),
    },
    {
      ...ticket,
      _id: 'TJ-WITHIN',
      category: 'family',
      description: '刚调解完成',
      contact: '13900000005',
      otherParty: '邻居',
      status: 'resolved',
      updatedAt: ago(CASE_DAYS - 1),
    },
  ])

  for (const timer of declaredTimers()) {
    const answer = (await t.cloud.pool.invoke(timer.fn, { Type: 'Timer', TriggerName: timer.name, Time: new Date(now).toISOString() })) as { ok?: boolean }
    expect(answer.ok).not.toBe(false)
  }

  expect(byId('reports', 'JB-PAST')).not.toHaveProperty('contact')
  expect(byId('reports', 'JB-PAST')).toMatchObject({ text: '已办结超过一年的线索', status: 'closed' })
  expect(byId('reports', 'JB-WITHIN')).toHaveProperty('contact', '13900000002')
  expect(byId('reports', 'JB-OPEN')).toHaveProperty('contact', '13900000003')
  expect(byId('mediations', 'TJ-PAST')).not.toHaveProperty('contact')
  expect(byId('mediations', 'TJ-PAST')).not.toHaveProperty('otherParty')
  expect(byId('mediations', 'TJ-WITHIN')).toMatchObject({ contact: '13900000005', otherParty: '邻居' })
})

it('has one retention timer: privacy’s daily', () => {
  expect(declaredTimers().filter((timer) => timer.name === 'daily')).toEqual([{ fn: 'privacy', name: 'daily' }])
})
