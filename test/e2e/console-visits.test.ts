import type { Page } from 'playwright-core'
import { DEMO_RESIDENT_OPENID } from '../../local/demo/community'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { callAs } from './call-as'
import { onScreen } from './on-screen'

/**
 * A station's daily work with the 流动警务室 in the console, in Chromium at 390×844 on the H5 build
 * with the demo data: the sessions in two tabs, cancelling a session, moving one (and the resident
 * seeing their new expected time), cancelling one booking and checking one in from its roster row,
 * 代预约 under a name already booked, 复制为新的一场 and the printable 签到表.
 */
const run = browserAvailable() ? describe : describe.skip

const MIN = 60_000
const DAY = 24 * 60 * MIN

/** An instant on the China calendar day `inDays` from today, at `hhmm` China time. */
function chinaAt(inDays: number, hhmm: string): string {
  const day = new Date(Date.now() + 8 * 3_600_000 + inDays * DAY).toISOString().slice(0, 10)
  return new Date(`${day}T${hhmm}:00+08:00`).toISOString()
}

run('the console’s 流动警务室 in Chromium', () => {
  const app = useAppInBrowser()

  const visitsAs = <T = Record<string, unknown>>(openid: string, action: string, data: object) => callAs<T>(app.cloud, openid, 'visits', action, data)

  let places = 0
  /** A session of the demo officer's station at a place of its own (its name finds it on screen). */
  async function newSession(o: { startsAt: string; endsAt: string; capacity?: number }): Promise<{ sessionId: string; place: string }> {
    places += 1
    const place = `测试地点${places}号广场`
    const { sessionId } = await visitsAs<{ sessionId: string }>('demo-officer', 'createSession', {
      stationId: 'st-chengguan',
      title: '流动警务室进社区',
      place: { name: place, address: `城关区测试路 ${places} 号` },
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      capacity: o.capacity ?? 4,
      services: ['户籍咨询', '反诈咨询'],
    })
    return { sessionId, place }
  }

  const book = (openid: string, sessionId: string, name: string) =>
    visitsAs<{ bookingId: string; queueNo: number; checkinCode: string }>(openid, 'book', { sessionId, matter: '户籍咨询', name, phone: '13800001234' })

  function helpers(page: Page) {
    const { shown, field } = onScreen(page)
    const row = (name: string) =>
      page
        .locator('.roster-row')
        .filter({ visible: true })
        .filter({ hasText: `号　${name}` })
        .first()
    const modalConfirm = page.locator('.taro-model__confirm').filter({ visible: true })
    return { shown, field, row, modalConfirm }
  }

  const stored = <T>(collection: string) => (app.cloud.db.snapshot()[collection] ?? []) as T[]
  const openRoster = (page: Page, sessionId: string) => page.goto(`${app.cloud.url}/#/staff/visits/roster?sessionId=${sessionId}&as=demo-officer`)

  it('lists upcoming sessions soonest first and the ended ones in their own tab; cancels a session for everyone', async () => {
    const { sessionId, place } = await newSession({ startsAt: chinaAt(2, '09:00'), endsAt: chinaAt(2, '11:00') })
    await book('e2e-cancel-a', sessionId, '冯大姐')
    await book('e2e-cancel-b', sessionId, '陈师傅')
    const { page, problems } = await phonePage(app.browser)
    const { shown, field, modalConfirm } = helpers(page)

    await page.goto(`${app.cloud.url}/#/staff/index/index?as=demo-officer`)
    await shown('流动警务室').click()
    await shown(place).waitFor()
    // Upcoming: soonest first, as the rows stand on screen.
    const rows = page.locator('.list-row').filter({ visible: true })
    await screenshot(page, 'console-visits-upcoming')
    await shown('已结束').click()
    await shown('还没有结束的场次')
      .or(rows.filter({ hasText: '已结束' }).first())
      .waitFor()
    expect(await shown(place).count()).toBe(0)
    await screenshot(page, 'console-visits-past')
    await shown('即将进行').click()

    await shown(place).click()
    await shown('名单（2 人）').waitFor()
    await shown('取消这一场').click()
    await shown('确认取消这一场').click()
    await shown('请写明取消原因（至少 2 个字），会通知每位预约的居民').waitFor()
    await field('取消原因').fill('暴雨预警，改期另行通知')
    expect(await shown('请写明取消原因（至少 2 个字），会通知每位预约的居民').count()).toBe(0)
    await shown('确认取消这一场').click()
    expect(await modalConfirm.textContent()).toBe('取消本场')
    await screenshot(page, 'console-visits-cancel-ask')
    await modalConfirm.click()
    await shown('取消原因：暴雨预警，改期另行通知').waitFor()
    await page.locator('.roster-row').filter({ visible: true }).filter({ hasText: '已取消' }).nth(1).waitFor()
    const bookings = stored<{ sessionId: string; status: string }>('bookings').filter((b) => b.sessionId === sessionId)
    expect(bookings.map((b) => b.status)).toEqual(['cancelled', 'cancelled'])
    expect(await shown('取消这一场').count()).toBe(0)
    await screenshot(page, 'console-visits-cancelled')
    expect(problems).toEqual([])
  })

  it('moves a session: the resident’s booking shows the new expected time', async () => {
    const { sessionId, place } = await newSession({ startsAt: chinaAt(3, '09:00'), endsAt: chinaAt(3, '11:00'), capacity: 4 })
    await book('e2e-move-first', sessionId, '褚老师')
    const mine = await book(DEMO_RESIDENT_OPENID, sessionId, '卫阿姨')
    expect(mine.queueNo).toBe(2)

    const resident = await phonePage(app.browser)
    const r = helpers(resident.page)
    await resident.page.goto(`${app.cloud.url}/#/visits/booking/index?bookingId=${mine.bookingId}&as=${DEMO_RESIDENT_OPENID}`)
    await r.shown('预计办理时间').waitFor()
    // Two hours over four places: the second comes at 09:30.
    await r.shown(/^\d+月\d+日 周. 09:30$/).waitFor()

    const { page, problems } = await phonePage(app.browser)
    const { shown, field } = helpers(page)
    await openRoster(page, sessionId)
    await shown(place).waitFor()
    await shown('修改时间、地点或名额').click()
    await field('开始').fill('14:00')
    await field('结束').fill('16:00')
    await screenshot(page, 'console-visits-move')
    await shown('保存修改').click()
    await shown('名单（2 人）').waitFor()
    // The range is kept on one line with word joiners around the dash (src/text/keepWhole).
    await shown(/^\d+月\d+日 周. 14:00\u2060?–\u2060?16:00$/).waitFor()
    // On the roster, the resident's row already says 14:30.
    await page
      .locator('.roster-row')
      .filter({ visible: true })
      .filter({ hasText: '卫阿姨' })
      .getByText(/^预计 \d+月\d+日 周. 14:30$/)
      .waitFor()

    // The resident opens their booking again: 14:30 now.
    await resident.page.reload()
    await r.shown(/^\d+月\d+日 周. 14:30$/).waitFor()
    await screenshot(resident.page, 'visits-booking-moved')
    // And was told (the H5 resident never allowed WeChat notices: refused, recorded, the move stands).
    const told = stored<{ touser: string; data: Record<string, { value: string }> }>('outbox').filter((m) => m.touser === DEMO_RESIDENT_OPENID)
    expect(told.at(-1)?.data.thing4?.value).toMatch(/14:30前后到场$/)
    expect(problems).toEqual([])
    expect(resident.problems).toEqual([])
  })

  it('cancels one booking and checks another in from their roster rows', async () => {
    // Check-in opens two hours before the start: a session half an hour from now.
    const { sessionId } = await newSession({ startsAt: new Date(Date.now() + 30 * MIN).toISOString(), endsAt: new Date(Date.now() + 90 * MIN).toISOString() })
    const arriving = await book('e2e-row-a', sessionId, '钱师傅')
    await book('e2e-row-b', sessionId, '孙阿姨')
    const { page, problems } = await phonePage(app.browser)
    const { shown, field, row } = helpers(page)
    await openRoster(page, sessionId)
    await row('钱师傅').waitFor()
    // The code is on the row, for someone who lost theirs.
    await row('钱师傅').getByText(`签到码 ${arriving.checkinCode}`, { exact: true }).waitFor()
    await screenshot(page, 'console-visits-roster-rows')

    await row('孙阿姨').getByText('取消预约', { exact: true }).click()
    await field('取消原因', row('孙阿姨')).fill('居民来电说临时有事')
    await screenshot(page, 'console-visits-staff-cancel')
    await row('孙阿姨').getByText('确认取消', { exact: true }).click()
    await row('孙阿姨').getByText('取消原因：居民来电说临时有事').waitFor()
    await row('孙阿姨').getByText('已取消', { exact: true }).waitFor()
    await shown(/已约 1\/4/).waitFor()

    await row('钱师傅').getByText('签到', { exact: true }).click()
    await row('钱师傅').getByText('已签到', { exact: true }).waitFor()
    await row('钱师傅')
      .getByText(/^签到 \d+月\d+日 周. \d\d:\d\d$/)
      .waitFor()
    expect(await row('钱师傅').getByText('签到', { exact: true }).count()).toBe(0)
    await screenshot(page, 'console-visits-checked-in')

    const bookings = stored<{ sessionId: string; name: string; status: string; cancelReason?: string }>('bookings').filter((b) => b.sessionId === sessionId)
    expect(bookings.map((b) => [b.name, b.status, b.cancelReason]).sort()).toEqual([
      ['孙阿姨', 'cancelled', '居民来电说临时有事'],
      ['钱师傅', 'attended', undefined],
    ])
    const audit = stored<{ action: string; actor: string }>('auditLog').filter((a) => a.action === 'staffCancel')
    expect(audit.map((a) => a.actor)).toContain('demo-officer')
    expect(problems).toEqual([])
  })

  it('asks before a second 代预约 under one name, prints a 签到表 and copies the session as the next one', async () => {
    const { sessionId, place } = await newSession({ startsAt: chinaAt(4, '09:00'), endsAt: chinaAt(4, '11:00') })
    await visitsAs('demo-officer', 'bookFor', { sessionId, name: '蒋奶奶', matter: '户籍咨询' })
    await book('e2e-sheet', sessionId, '沈先生')
    const { page, problems } = await phonePage(app.browser)
    const { shown, field, modalConfirm } = helpers(page)
    await openRoster(page, sessionId)
    await shown('名单（2 人）').waitFor()

    await shown('代预约').click()
    await field('居民姓名').fill('蒋奶奶')
    await shown('代为预约').click()
    await shown('同名预约').waitFor()
    expect(await modalConfirm.textContent()).toBe('仍要预约')
    await screenshot(page, 'console-visits-bookfor-namesake')
    await modalConfirm.click()
    await shown(/^蒋奶奶：第 3 号$/).waitFor()
    await page.goBack()
    await shown('名单（3 人）').waitFor()

    await shown('打印签到表').click()
    await shown('流动警务室进社区 签到表').waitFor()
    const sheet = page.locator('.sign-sheet').filter({ visible: true })
    await sheet.getByText('沈先生', { exact: true }).waitFor()
    // Paper lies on a table in public: phones masked, no check-in codes.
    await sheet.getByText('138****1234', { exact: true }).waitFor()
    expect(await sheet.getByText('13800001234').count()).toBe(0)
    expect(await sheet.locator('.sign-sheet__row').count()).toBe(1 + 3 + 6)
    await shown('打印').waitFor()
    await screenshot(page, 'console-visits-signsheet')
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.sign-sheet-page__controls').filter({ visible: true }).count()).toBe(0)
    await page.emulateMedia({ media: 'screen' })
    await page.goBack()

    await shown('复制为新的一场').click()
    await shown('复制为新的一场').waitFor()
    expect(await field('地点名称').inputValue()).toBe(place)
    const nextWeek = new Date(Date.parse(chinaAt(4, '09:00')) + 7 * DAY + 8 * 3_600_000).toISOString().slice(0, 10)
    // A week after the old one, same weekday and hours.
    expect(await field('日期').inputValue()).toBe(nextWeek)
    expect(await field('开始').inputValue()).toBe('09:00')
    await screenshot(page, 'console-visits-copy')
    await shown('发布这一场').click()
    await shown('名单（0 人）').waitFor()
    const copies = stored<{ place: { name: string } }>('sessions').filter((s) => s.place.name === place)
    expect(copies).toHaveLength(2)
    expect(problems).toEqual([])
  })
})
