import { DEMO_OFFICER_OPENID } from '../../local/demo/people'
import { newUser, startTestCloud, stateWithoutRefusals, type TestCloud } from './harness'

/** Notices in the console: what 发布 publishes, publishing again after 下架, and what a refusal says. */
let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud({ demo: true })
})
afterAll(() => t.close())

const errorOf = (answer: { body: { ok: boolean; error?: { code: string; message: string; field?: string } } }) => answer.body.error
const officer = () => t.as(DEMO_OFFICER_OPENID)
const notice = (extra: Record<string, unknown> = {}) => ({
  kind: 'notice',
  title: '冬季用火安全',
  body: '天冷了，请不要在楼道里给电动车充电。',
  area: '南关社区',
  pinned: false,
  ...extra,
})

describe('publishing a notice', () => {
  it('publishes a notice taken down again, with what it says now', async () => {
    const { id } = await officer().ok('community', 'saveNotice', notice())
    await officer().ok('community', 'publishNotice', { id })
    await officer().ok('community', 'archiveNotice', { id })
    expect(errorOf(await t.anonymous.call('community', 'getNotice', { id }))?.code).toBe('NOT_FOUND')

    await officer().ok('community', 'saveNotice', notice({ id, body: '今年冬天也请不要在楼道里给电动车充电。' }))
    expect(await officer().ok('community', 'publishNotice', { id })).toEqual({ id, status: 'published' })
    const shown = await t.anonymous.ok('community', 'getNotice', { id })
    expect(shown.body).toBe('今年冬天也请不要在楼道里给电动车充电。')
    expect(shown.status).toBe('published')
  })

  it('answers CONFLICT for a notice already published, changing nothing', async () => {
    const { id } = await officer().ok('community', 'saveNotice', notice({ title: '已发布的公告' }))
    await officer().ok('community', 'publishNotice', { id })
    const before = t.cloud.db.snapshot().notices
    expect(errorOf(await officer().call('community', 'publishNotice', { id }))).toMatchObject({ code: 'CONFLICT', message: '这条公告已经发布' })
    expect(t.cloud.db.snapshot().notices).toEqual(before)
  })

  it('answers a bad id with INVALID_ARGUMENT and a resident with FORBIDDEN; neither changes anything', async () => {
    const before = stateWithoutRefusals(t.cloud)
    expect(errorOf(await officer().call('community', 'publishNotice', { id: '../x' }))).toMatchObject({ code: 'INVALID_ARGUMENT', field: 'id' })
    expect(errorOf(await t.as(newUser()).call('community', 'publishNotice', { id: 'nt-draft' }))?.code).toBe('FORBIDDEN')
    expect(stateWithoutRefusals(t.cloud)).toEqual(before)
  })
})

describe('a refused text names the words the check objected to', () => {
  it('for a notice', async () => {
    const answer = await officer().call('community', 'saveNotice', notice({ body: '小区门口有人办假证，还有人代开发票。' }))
    expect(answer.status).toBe(422)
    expect(errorOf(answer)).toEqual({
      code: 'CONTENT_REJECTED',
      message: '公告内容没有通过内容安全检查：含有“代开发票”、“办假证”，请修改后再保存',
      field: 'body',
    })
  })

  it('for fraud content, with the field', async () => {
    const { id } = await officer().ok('fraud', 'saveTip', { text: '有人说可以帮你办假证，千万别信。', type: 'shopping' })
    const answer = await officer().call('fraud', 'publish', { kind: 'tip', id })
    expect(errorOf(answer)).toEqual({ code: 'CONTENT_REJECTED', message: '内容含有“办假证”，请修改后再发布', field: 'text' })
  })
})
