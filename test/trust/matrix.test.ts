/**
 * The authorisation matrix, generated from the contract: every staff and admin action, called with no
 * identity, as a resident and (admin actions, and staff actions on a station's records) as an officer
 * of another station, is refused, and the database is the same afterwards but for one audit line per
 * refusal to someone signed in.
 */
import { DEMO_STATION_ID } from '../../local/demo/people'
import { newUser, startTestCloud, type TestCloud } from '../functions/harness'
import { type ActionRef, allActions, validInput } from './samples'
import { changedCollections, idFiller, isRefusal, snapshot } from './world'

/** Staff actions that may touch another station's records, and why. Keep this list short. */
const SHARED_ACROSS_STATIONS: Record<string, string> = {
  'plates.qrcode': 'a QR image holds only the public plate URL printed on the plate itself',
  // Found by this test: a read, of data anyone sees through community.nearbyWatchPoints. Writes
  // (saveWatchPoint, retireWatchPoint) are refused across stations.
  'community.getWatchPoint': 'a watch point is public (shown to residents by nearbyWatchPoints); reading it changes nothing',
}

const OTHER_STATION = 'st-dongcheng'
const OFFICER_ELSEWHERE = 'trust-officer-dongcheng'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ demo: true })
  await t.cloud.db.upsert('staff', OFFICER_ELSEWHERE, {
    role: 'officer',
    officerId: 'of-zhao',
    stationId: OTHER_STATION,
    grantedBy: 'test',
    grantedAt: new Date(),
  })
})
afterAll(() => t.close())

const guarded = allActions().filter((ref) => ref.spec.access === 'staff' || ref.spec.access === 'admin')
const name = (ref: ActionRef) => `${ref.fn}.${ref.action}`

/** The valid input aimed at the demo station's records, and whether it names any of them. */
function aimedAtDemoStation(ref: ActionRef) {
  const snap = snapshot(t.cloud.db)
  const stationIds = new Set<unknown>([DEMO_STATION_ID])
  for (const docs of Object.values(snap)) for (const d of docs) if (d.stationId === DEMO_STATION_ID) stationIds.add(d._id)
  const filled: unknown[] = []
  const fill = idFiller(snap, ref, { stationId: DEMO_STATION_ID })
  const input = validInput(ref, (field) => {
    const value = fill(field)
    filled.push(value)
    return value
  })
  return { input, namesStationRecord: filled.some((v) => stationIds.has(v)) }
}

const counts = { actions: 0, calls: 0, validInputs: 0, crossStation: 0 }
afterAll(() => {
  // Station scoping is proven only if some inputs did name a station's records.
  expect(counts.crossStation).toBeGreaterThan(0)
  console.log(
    `authorisation matrix: ${counts.actions} staff/admin actions, ${counts.calls} refused calls, ${counts.validInputs} with a valid input, ${counts.crossStation} checked across stations`,
  )
})

it('covers every function of the contract', () => {
  expect(guarded.map((r) => r.fn)).toEqual(expect.arrayContaining(['org', 'plates', 'privacy']))
  expect(guarded.length).toBeGreaterThan(10)
})

describe.each(guarded.map((ref) => [name(ref), ref] as const))('%s', (_label, ref) => {
  it('refuses callers without the role and changes nothing', async () => {
    counts.actions += 1
    const { input, namesStationRecord } = aimedAtDemoStation(ref)
    if (input) counts.validInputs += 1
    const data = input ?? {}
    const before = snapshot(t.cloud.db)

    const anonymous = await t.anonymous.call(ref.fn as never, ref.action as never, data)
    expect([anonymous.status, anonymous.body.ok === false && anonymous.body.error.code]).toEqual([401, 'UNAUTHENTICATED'])
    const residentId = newUser('resident')
    const resident = await t.as(residentId).call(ref.fn as never, ref.action as never, data)
    expect([resident.status, resident.body.ok === false && resident.body.error.code]).toEqual([403, 'FORBIDDEN'])
    expect(refusalsOf(residentId)).toEqual([{ fn: ref.fn, action: ref.action, role: 'resident', outcome: 'refused' }])
    counts.calls += 2

    const elsewhere = t.as(OFFICER_ELSEWHERE)
    if (ref.spec.access === 'admin') {
      const logged = refusalsOf(OFFICER_ELSEWHERE).length
      const officer = await elsewhere.call(ref.fn as never, ref.action as never, data)
      expect([officer.status, officer.body.ok === false && officer.body.error.code]).toEqual([403, 'FORBIDDEN'])
      expect(refusalsOf(OFFICER_ELSEWHERE).slice(logged)).toEqual([{ fn: ref.fn, action: ref.action, role: 'officer', outcome: 'refused' }])
      counts.calls += 1
    } else if (namesStationRecord && ref.spec.scope !== 'global' && !SHARED_ACROSS_STATIONS[name(ref)]) {
      // An officer of 东城 acting on 城关's records: any refusal will do, as long as nothing changes;
      // a FORBIDDEN one is audited.
      const logged = refusalsOf(OFFICER_ELSEWHERE).length
      const officer = await elsewhere.call(ref.fn as never, ref.action as never, data)
      expect({ status: officer.status, ok: officer.body.ok }).toEqual({ status: expect.any(Number), ok: false })
      expect(officer.status).toBeGreaterThanOrEqual(400)
      expect(officer.status).toBeLessThan(500)
      if (officer.status === 403)
        expect(refusalsOf(OFFICER_ELSEWHERE).slice(logged)).toEqual([{ fn: ref.fn, action: ref.action, role: 'officer', outcome: 'refused' }])
      counts.calls += 1
      counts.crossStation += 1
    }

    expect(changedCollections(before, snapshot(t.cloud.db))).toEqual([])
  })
})

it('logs the refusals above as refusals, and no change (nothing refused went through)', () => {
  expect(guarded.filter((ref) => ref.spec.audit).length).toBeGreaterThan(0)
  const log = snapshot(t.cloud.db).auditLog ?? []
  expect(log.length).toBeGreaterThan(guarded.length)
  expect(log.filter((line) => !isRefusal(line))).toEqual([])
})

/** The refusals the audit log holds for one caller, oldest first. */
function refusalsOf(actor: string) {
  return (snapshot(t.cloud.db).auditLog ?? [])
    .filter((line) => line.actor === actor && isRefusal(line))
    .sort((a, b) => new Date(a.at as string).getTime() - new Date(b.at as string).getTime())
    .map((line) => ({ fn: line.fn, action: line.action, role: line.role, outcome: line.outcome }))
}

it('grants nothing for a staff document a client wrote itself (it carries _openid)', async () => {
  // What 仅创建者可读写 lets the mini-program do: add {_id: own OPENID, role: 'admin'} to `staff`.
  const forger = newUser('forger')
  await t.cloud.db.upsert('staff', forger, { _openid: forger, role: 'admin', grantedBy: forger, grantedAt: new Date() })
  const whoami = await t.as(forger).ok('org', 'whoami', {})
  expect(whoami).toMatchObject({ role: 'resident' })
  const refused = await t.as(forger).call('privacy', 'auditLog', {})
  expect([refused.status, refused.body.ok === false && refused.body.error.code]).toEqual([403, 'FORBIDDEN'])
  // The same grant written by the functions (no _openid) is honoured.
  const granted = newUser('granted')
  await t.cloud.db.upsert('staff', granted, { role: 'admin', grantedBy: 'test', grantedAt: new Date() })
  expect((await t.as(granted).call('privacy', 'auditLog', {})).status).toBe(200)
  // Reading the audit log is a read, declared as one: it leaves no line of its own.
  expect((snapshot(t.cloud.db).auditLog ?? []).filter((line) => line.actor === granted && line.action === 'auditLog')).toEqual([])
})
