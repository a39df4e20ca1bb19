import { bundleWithFloor, FLOOR_FUNCTION } from '../../bench/floor'
import { seedPlates } from '../../bench/plates'
import { startTestCloud, type TestCloud } from './harness'

// The bench's floor (bench/floor.ts) is the lookup's one genuine-SDK read by a function doing nothing
// else: it must really read the plate, and only the bench's own cloud may hold it.
describe('the bench floor function', () => {
  let withFloor: TestCloud
  let plain: TestCloud
  beforeAll(async () => {
    withFloor = await startTestCloud({ workers: 2, functionsDir: await bundleWithFloor() })
    plain = await startTestCloud({ workers: 2 })
  })
  afterAll(async () => {
    await withFloor?.close()
    await plain?.close()
  })

  it('reads the plate through the genuine SDK, one database request', async () => {
    const [code] = await seedPlates(withFloor.cloud, 1)
    const before = withFloor.cloud.sdkRequests()
    const found = await withFloor.anonymous.raw(FLOOR_FUNCTION, { action: 'read', data: { code } })
    expect(found).toEqual({ status: 200, body: { ok: true, data: { found: 1 } } })
    expect(withFloor.cloud.sdkRequests() - before).toBe(1)
    const missing = await withFloor.anonymous.raw(FLOOR_FUNCTION, { action: 'read', data: { code: 'NOSUCHPLATE' } })
    expect(missing.body).toEqual({ ok: true, data: { found: 0 } })
  })

  it('is not a function of the project: the cloud npm start runs does not serve it', async () => {
    const answer = await plain.anonymous.raw(FLOOR_FUNCTION, { action: 'read', data: { code: 'NGSQ234X' } })
    expect(answer.status).toBe(404)
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
