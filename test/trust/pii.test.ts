/**
 * PII: no answer to a resident contains another person's phone, name or OPENID. Over the demo data,
 * plus records other residents make through every resident-callable action with distinctive personal
 * details, a resident calls every public and user action (aimed at other people's records where an id
 * is asked for), and every answer is searched for what is known to belong to someone else.
 */
import { DEMO_RESIDENT_OPENID } from '../../local/demo/community'
import { PERSONAL_DATA } from '../../cloudfunctions/privacy/registry'
import { startTestCloud, type TestCloud } from '../functions/harness'
import { allActions, validInput } from './samples'
import { idFiller, snapshot, type Snapshot } from './world'

const OTHERS = ['pii-other-resident-one', 'pii-other-resident-two']
// `matter`: a service every demo session offers, so that a booking goes through.
const OTHER_DETAILS: Record<string, string> = {
  matter: '户籍咨询',
  note: '隐私备注甲',
  name: '隐私测试甲',
  phone: '13912340001',
  contact: '13912340002',
  otherParty: '隐私测试乙',
}

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ demo: true })
})
afterAll(() => t.close())

const residentActions = allActions().filter((ref) => ref.spec.access === 'public' || ref.spec.access === 'user')
// Deleting my data would take away the records the later calls read: it goes last.
const ordered = [...residentActions.filter((r) => r.action !== 'deleteMyData'), ...residentActions.filter((r) => r.action === 'deleteMyData')]

/** Another person's phones, names and OPENIDs, as held in the personal-data collections and `staff`. */
function othersPii(snap: Snapshot, me: string): Set<string> {
  const known = new Set<string>()
  const add = (value: unknown) => {
    if (typeof value === 'string' && value.trim().length >= 2) known.add(value.trim())
  }
  for (const entry of PERSONAL_DATA) {
    for (const doc of snap[entry.collection] ?? []) {
      if (doc[entry.owner] === me || doc[entry.owner] === undefined) continue
      add(doc[entry.owner])
      for (const field of [...entry.personal, 'name', 'phone']) if (field !== 'location') add(doc[field])
    }
  }
  for (const staff of snap.staff ?? []) if (staff._id !== me) add(staff._id)
  // A word that is also in public content (an area name typed into a note) is not a secret. Staff
  // grants and the security records (audit log, rate-limit counters) name people but are not public.
  const personal = new Set([...PERSONAL_DATA.map((e) => e.collection), 'staff', 'auditLog', 'rateLimits'])
  const publicText = JSON.stringify(Object.entries(snap).filter(([name]) => !personal.has(name)))
  for (const value of known) if (publicText.includes(value)) known.delete(value)
  return known
}

it("never shows a resident another person's phone, name or openid", async () => {
  // Other residents use every resident action once, with personal details that are easy to find.
  for (const other of OTHERS) {
    const client = t.as(other)
    for (const ref of ordered.filter((r) => r.spec.access === 'user' && r.action !== 'deleteMyData')) {
      // Another record when the first will not do (a cancelled session cannot be booked).
      for (let nth = 0; nth < 6; nth++) {
        const fill = idFiller(snapshot(t.cloud.db), ref, { notOwnedBy: other, nth })
        // Personal details go in the input's own fields, not in nested ones such as a place's name.
        const input = validInput(ref, (field, depth) => (depth === 1 ? OTHER_DETAILS[field] : undefined) ?? fill(field))
        if (!input || (await client.call(ref.fn as never, ref.action as never, input)).body.ok) break
      }
    }
  }

  const leaks: string[] = []
  let calls = 0
  let answered = 0
  for (const me of [DEMO_RESIDENT_OPENID, 'pii-fresh-resident']) {
    const client = t.as(me)
    const known = othersPii(snapshot(t.cloud.db), me)
    // The other residents' details did land somewhere: there is something to leak.
    expect([...known]).toEqual(expect.arrayContaining([...OTHERS, OTHER_DETAILS.name, OTHER_DETAILS.phone]))
    for (const ref of ordered) {
      const fill = idFiller(snapshot(t.cloud.db), ref, { notOwnedBy: me })
      // My own details are mine to see; they are distinct from anyone else's and from public words.
      const mine = {
        matter: '户籍咨询',
        note: '本人的备注',
        name: `本人${me.length}`,
        phone: '13912349999',
        contact: '13912349998',
        otherParty: '本人的邻居',
      } as Record<string, string>
      const inputs = [
        validInput(ref, (field, depth) => (depth === 1 ? mine[field] : undefined) ?? fill(field)),
        ref.spec.input.safeParse({}).success ? {} : undefined,
      ].filter(Boolean)
      for (const input of inputs) {
        const answer = await client.call(ref.fn as never, ref.action as never, input)
        calls += 1
        if (answer.body.ok) answered += 1
        // The router refuses to send an answer that breaks its contract (output-contract.ts): an
        // INTERNAL here could be a leak it caught, so none is allowed. Every ok answer is thus what
        // the handler returned, field for field.
        if (!answer.body.ok && answer.body.error.code === 'INTERNAL') leaks.push(`${ref.fn}.${ref.action} as ${me} answered INTERNAL`)
        const text = JSON.stringify(answer.body)
        for (const value of known) if (text.includes(value)) leaks.push(`${ref.fn}.${ref.action} as ${me} shows ${value}: ${text.slice(0, 200)}`)
      }
    }
  }
  console.log(`PII: ${residentActions.length} resident-callable actions, ${calls} calls (${answered} answered ok), 2 residents`)
  expect(leaks).toEqual([])
})

it('lists every collection that holds an OPENID in the personal-data registry', () => {
  const snap = snapshot(t.cloud.db)
  const registered = new Set(PERSONAL_DATA.map((e) => e.collection))
  const holding = Object.entries(snap)
    .filter(([, docs]) => docs.some((d) => typeof d.openid === 'string'))
    .map(([name]) => name)
  expect(holding.filter((name) => !registered.has(name))).toEqual([])
})
