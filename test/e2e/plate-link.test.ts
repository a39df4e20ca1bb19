import { DEMO_PLATE_CODE } from '../../local/demo/people'
import { browserAvailable, phonePage, useAppInBrowser } from './browser'

/**
 * A printed plate link (`/p/<code>`) answers the app with the card inlined: the name is on screen
 * from the first HTML, the app starts on the plate page and takes over without asking again.
 */
const run = browserAvailable() ? describe : describe.skip

run('the plate link in Chromium', () => {
  const app = useAppInBrowser()

  it('shows the officer at once, then hands over to the app on the plate page without a second lookup', async () => {
    const { page, problems } = await phonePage(app.browser)
    const plateCalls: { action: string }[] = []
    page.on('request', (req) => {
      if (req.url().includes('/api/functions/plates')) plateCalls.push(JSON.parse(req.postData() ?? '{}') as { action: string })
    })
    await page.goto(`${app.cloud.url}/p/${DEMO_PLATE_CODE}`, { waitUntil: 'commit' })
    await page.getByText('王建国').first().waitFor()
    // The app moved to its own route for the plate page and drew its card; the inlined one is gone.
    await page.locator('.officer-card__name', { hasText: '王建国' }).waitFor()
    await page.locator('#jmt-plate-prerender').waitFor({ state: 'detached' })
    expect(new URL(page.url()).hash).toBe(`#/pages/plate/index?code=${DEMO_PLATE_CODE}`)
    // No second lookup; the one call is the scan's count, which the gateway's inlined card does not make.
    for (let waited = 0; plateCalls.length === 0 && waited < 5000; waited += 50) await page.waitForTimeout(50)
    expect(plateCalls.map((c) => c.action)).toEqual(['countScan'])
    expect(problems).toEqual([])
  })

  it('paints the card in the first frame, before any of the app’s scripts is even in the page', async () => {
    const { page, problems } = await phonePage(app.browser)
    // Frame by frame from the very start, as the bench watches it: in the first frame that lays out
    // the name, how many of the app's scripts are in the page.
    await page.addInitScript(() => {
      const watch = () => {
        const name = Array.from(document.querySelectorAll('#jmt-plate-prerender p')).find((p) => p.textContent === '王建国')
        if (!name || name.getBoundingClientRect().height === 0) return requestAnimationFrame(watch)
        ;(window as unknown as { firstFrame: unknown }).firstFrame = { nameLaidOut: true, appScripts: document.querySelectorAll('script[src^="/js/"]').length }
      }
      requestAnimationFrame(watch)
    })
    await page.goto(`${app.cloud.url}/p/${DEMO_PLATE_CODE}`, { waitUntil: 'commit' })
    // Then the app starts and takes over as before.
    await page.locator('.officer-card__name', { hasText: '王建国' }).waitFor()
    expect(await page.evaluate(() => (window as unknown as { firstFrame: unknown }).firstFrame)).toEqual({ nameLaidOut: true, appScripts: 0 })
    expect(problems).toEqual([])
  })

  it('shows hostile text of a card as text: nothing in it runs', async () => {
    const admin = app.cloud.tokens.issue('e2e-link-admin')
    await app.cloud.db.upsert('staff', 'e2e-link-admin', { role: 'admin', grantedBy: 'test', grantedAt: new Date() })
    const call = async <T>(fn: string, action: string, data: unknown): Promise<T> => {
      const res = await fetch(`${app.cloud.url}/api/functions/${fn}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin}` },
        body: JSON.stringify({ action, data }),
      })
      const answer = (await res.json()) as { ok: boolean; data: T }
      if (!answer.ok) throw new Error(JSON.stringify(answer))
      return answer.data
    }
    const name = '</script><b>x</b>'
    const { stationId } = await call<{ stationId: string }>('org', 'createStation', {
      name: '<img src=x onerror=alert(1)>',
      address: '路 1 号',
      phone: '0931-8123456',
    })
    await call('org', 'createOfficer', { name, badgeNo: '400001', phone: '13800000004', dutyHours: '"><svg onload=alert(2)>', stationId, areas: ['恶意社区'] })
    const { code } = await call<{ code: string }>('plates', 'create', {
      kind: 'plate',
      label: '恶意社区 1 号',
      address: '路 1 号',
      area: '恶意社区',
      stationId,
    })

    const { page } = await phonePage(app.browser)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message())
      void dialog.dismiss()
    })
    await page.goto(`${app.cloud.url}/p/${code}`, { waitUntil: 'commit' })
    await page.getByText(name).first().waitFor()
    await page.locator('.officer-card__name', { hasText: name }).waitFor()
    expect(await page.locator('b, svg[onload], img[onerror]').count()).toBe(0)
    expect(dialogs).toEqual([])
  })
})
