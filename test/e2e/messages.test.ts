import { DEMO_OFFICER_OPENID, DEMO_PLATE_CODE } from '../../local/demo/people'
import { browserAvailable, phonePage, screenshot, useAppInBrowser } from './browser'
import { answerAs } from './call-as'

/**
 * 留言 in Chromium at a phone viewport: a resident writes to the community officer from a plate's
 * card, the officer answers in the console, and the resident reads the answer. Screenshots in
 * test-results/screenshots/messages-*.png.
 */
const run = browserAvailable() ? describe : describe.skip

run('留言 in Chromium', () => {
  const app = useAppInBrowser()

  const asOfficer = (action: string, data: object) =>
    answerAs<{ items: { threadId: string; lastText: string }[] }>(app.cloud, DEMO_OFFICER_OPENID, 'messages', action, data)

  it('writes to the officer from the card, and reads the answer in the thread', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/p/${DEMO_PLATE_CODE}`)
    await page.getByText('给民警留言').click()
    await page.getByText('写给 王建国').waitFor()
    await page
      .getByText(/留言不是报警渠道/)
      .first()
      .waitFor()
    await page.locator('textarea').fill('3 号楼楼道里堆满了纸箱，担心着火，麻烦看看。')
    await screenshot(page, 'messages-write')
    await page.getByText('发送留言').click()
    await page.getByText('民警回复后会显示在这里。').waitFor()
    await page.getByText('3 号楼楼道里堆满了纸箱，担心着火，麻烦看看。').waitFor()

    const inbox = await asOfficer('inbox', { limit: 50 })
    const thread = inbox.data.items.find((t) => t.lastText.startsWith('3 号楼楼道里堆满了纸箱'))
    expect(thread).toBeDefined()
    expect((await asOfficer('reply', { threadId: thread!.threadId, text: '收到，今天下午和物业一起去清理。' })).ok).toBe(true)

    await page.reload()
    await page.getByText('收到，今天下午和物业一起去清理。').waitFor()
    await page.getByText(/民警 王建国 ·/).waitFor()
    await screenshot(page, 'messages-thread-resident')
    expect(problems).toEqual([])
  })

  it('shows the officer the station’s inbox with unread counts and the thread to answer', async () => {
    const { page, problems } = await phonePage(app.browser)
    await page.goto(`${app.cloud.url}/#/staff/messages/index?as=${DEMO_OFFICER_OPENID}`)
    await page.getByText(/条留言有未读消息|没有未读留言/).waitFor()
    await page.getByText('请问办居住证需要带哪些材料？周六警务室开门吗？').click()
    await page.getByText('回复居民').waitFor()
    await screenshot(page, 'messages-thread-officer')
    expect(problems).toEqual([])
  })
})
