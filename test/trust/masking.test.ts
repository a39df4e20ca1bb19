/**
 * Masking: staff see a resident's full phone number only where their task needs it; every other staff
 * answer shows none (masked as 138****1234, or not at all). Residents never see another person's
 * number (pii.test.ts).
 */
import { DEMO_OFFICER_OPENID, DEMO_STATION_ID } from '../../local/demo/people'
import { PERSONAL_DATA } from '../../cloudfunctions/privacy/registry'
import { maskPhone } from '../../types/masking'
import { startTestCloud, type TestCloud } from '../functions/harness'
import { allActions, validInput } from './samples'
import { idFiller, snapshot } from './world'

/** Staff reads that show residents' full numbers, and the task that needs them. */
const FULL_NUMBER_TASKS: Record<string, string> = {
  'visits.roster': "checking people in at the officer's own station's session",
  'visits.exportRoster': 'the same roster, printed for the session',
  'community.listReports': 'the officer handling a clue calls the reporter back (anonymous reports carry no number)',
  'community.listMediations': 'the officer arranges the mediation with the person who asked',
}

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ demo: true })
})
afterAll(() => t.close())

it('shows full resident numbers to staff only where the task needs them', async () => {
  const snap = snapshot(t.cloud.db)
  const phones = new Set<string>()
  for (const entry of PERSONAL_DATA) {
    for (const doc of snap[entry.collection] ?? [])
      for (const field of ['phone', 'contact']) if (typeof doc[field] === 'string') phones.add(doc[field] as string)
  }
  expect(phones.size).toBeGreaterThan(0)

  // Every staff and admin action, reads first (the writes' answers are checked too).
  const guarded = allActions().filter((ref) => ref.spec.access === 'staff' || ref.spec.access === 'admin')
  const reads = [...guarded.filter((ref) => ref.spec.kind === 'read'), ...guarded.filter((ref) => ref.spec.kind !== 'read')]
  const shown: string[] = []
  const unaudited: string[] = []
  for (const ref of reads) {
    const caller = ref.spec.access === 'admin' ? t.admin : t.as(DEMO_OFFICER_OPENID)
    const input = validInput(ref, idFiller(snap, ref, { stationId: DEMO_STATION_ID })) ?? {}
    const text = JSON.stringify((await caller.call(ref.fn as never, ref.action as never, input)).body)
    // A number the call itself sent (a sample officer's phone) is not a resident's being shown.
    const sent = JSON.stringify(input)
    const full = [...phones].filter((phone) => text.includes(phone) && !sent.includes(phone))
    if (full.length > 0 && !FULL_NUMBER_TASKS[`${ref.fn}.${ref.action}`]) shown.push(`${ref.fn}.${ref.action} shows ${full.join(', ')}`)
    // Whoever reads full numbers leaves a line in the audit log, reads included.
    if (full.length > 0 && !ref.spec.audit) unaudited.push(`${ref.fn}.${ref.action}`)
  }
  console.log(`masking: ${reads.length} staff and admin actions checked against ${phones.size} resident numbers`)
  expect(shown).toEqual([])
  expect(unaudited).toEqual([])
})

it('audits every task that shows full numbers, reads included', () => {
  const byName = new Map(allActions().map((ref) => [`${ref.fn}.${ref.action}`, ref]))
  for (const name of Object.keys(FULL_NUMBER_TASKS)) expect([name, byName.get(name)!.spec.audit]).toEqual([name, true])
})

it('masks as 138****1234', () => {
  for (const phone of ['13800001121', '13912340001']) expect(maskPhone(phone)).toMatch(/^1\d{2}\*{4}\d{4}$/)
})
