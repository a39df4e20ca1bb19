/**
 * The seats timer: a seat claimed by a call that stopped before writing its booking (booked one above
 * the bookings) is given back once the session has been quiet for longer than any call can run, and
 * never while a claim may still be in flight.
 */
import { newUser, startTestCloud, type TestCloud } from './harness'
import { MIN, newSession, storedSession } from './visit-sessions'

let t: TestCloud

beforeAll(async () => {
  t = await startTestCloud({ demo: true })
}, 60_000)

afterAll(() => t.close())

async function sessionWithBookings(capacity: number, bookings: number): Promise<string> {
  const sessionId = await newSession(t.as('demo-officer'), { capacity, title: '座位核对场', services: ['户籍咨询'] })
  for (let i = 0; i < bookings; i++) await t.as(newUser('seat')).ok('visits', 'book', { sessionId, matter: '户籍咨询' })
  return sessionId
}

const stored = (sessionId: string) => storedSession(t.cloud, sessionId)

/** What a call stopped between its claim and its booking leaves: the seat counted, `changedAt` its time. */
async function strandSeat(sessionId: string, changedAt: Date): Promise<void> {
  const session = stored(sessionId)
  await t.cloud.db.upsert('sessions', sessionId, {
    ...session,
    booked: session.booked + 1,
    nextQueueNo: session.nextQueueNo + 1,
    updatedAt: changedAt,
  })
}

const fireSeats = async (at: Date) =>
  (await t.cloud.pool.invoke('visits', { Type: 'Timer', TriggerName: 'seats', Time: at.toISOString() })) as {
    ok: boolean
    data: { checked: number; corrected: number }
  }

describe('the seats timer', () => {
  it('gives back a seat nobody holds once the session has been quiet, and the seat can be booked again', async () => {
    const sessionId = await sessionWithBookings(3, 2)
    await strandSeat(sessionId, new Date(Date.now() - 10 * MIN))
    expect(await t.as(newUser('late')).call('visits', 'book', { sessionId, matter: '户籍咨询' })).toMatchObject({
      body: { ok: false, error: { code: 'FULL' } },
    })

    const answer = await fireSeats(new Date())
    expect(answer.ok).toBe(true)
    expect(answer.data.corrected).toBeGreaterThanOrEqual(1)
    expect(stored(sessionId).booked).toBe(2)
    // The queue number taken by the stopped call is not handed out twice.
    const receipt = await t.as(newUser('again')).ok('visits', 'book', { sessionId, matter: '户籍咨询' })
    expect(receipt.queueNo).toBe(4)
    expect(stored(sessionId).booked).toBe(3)
  })

  it('leaves a session changed within the last two minutes alone: its claim may still be writing the booking', async () => {
    const sessionId = await sessionWithBookings(3, 1)
    await strandSeat(sessionId, new Date(Date.now() - 30_000))
    await fireSeats(new Date())
    expect(stored(sessionId).booked).toBe(2)
    // Once quiet long enough (the timer goes by the server's clock: the change is moved back instead), it is corrected.
    await t.cloud.db.upsert('sessions', sessionId, { ...stored(sessionId), updatedAt: new Date(Date.now() - 3 * MIN) })
    await fireSeats(new Date())
    expect(stored(sessionId).booked).toBe(1)
  })

  it('changes nothing where the count is right', async () => {
    const sessionId = await sessionWithBookings(2, 2)
    await t.cloud.db.upsert('sessions', sessionId, { ...stored(sessionId), updatedAt: new Date(Date.now() - 3 * MIN) })
    const before = stored(sessionId)
    await fireSeats(new Date())
    expect(stored(sessionId)).toEqual(before)
  })
})
