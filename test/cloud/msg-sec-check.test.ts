/**
 * security.msgSecCheck (v2) in the local cloud, held against WeChat's documentation
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html):
 * 请求参数 version (2.0版本为固定值2), openid (必填), scene (1 资料；2 评论；3 论坛；4 社交日志, else 40129),
 * content (上限为2500字); 返回 result.suggest (risky/pass/review) and result.label (100 正常).
 */
import { msgSecCheckLocally, normaliseForCheck } from '../../cloudfunctions/_shared/openapi/local/msg-sec-check'
import { outcomeOf } from './local-openapi'

const request = (over: Partial<{ version: number; openid: string; scene: number; content: string }> = {}) => ({
  version: 2,
  openid: 'o-contract-user',
  scene: 2,
  content: '小区门口的路灯坏了',
  ...over,
})
const check = (over: Parameters<typeof request>[0]) => outcomeOf(() => msgSecCheckLocally(request(over)))

describe('request', () => {
  it('needs version 2', async () => {
    expect(await check({ version: 1 })).toBe(47001)
    expect(await check({})).toBe('ok')
  })
  it('needs an openid', async () => {
    expect(await check({ openid: '' })).toBe(40003)
  })
  it('needs a scene of 1–4', async () => {
    for (const scene of [1, 2, 3, 4]) expect(await check({ scene })).toBe('ok')
    expect(await check({ scene: 0 })).toBe(40129)
    expect(await check({ scene: 5 })).toBe(40129)
  })
  it('takes at most 2500 characters', async () => {
    expect(await check({ content: '字'.repeat(2500) })).toBe('ok')
    expect(await check({ content: '字'.repeat(2501) })).toBe(47001)
  })
})

describe('result', () => {
  it('passes ordinary text with label 100', () => {
    expect(msgSecCheckLocally(request())).toMatchObject({ errCode: 0, result: { suggest: 'pass', label: 100 } })
  })

  it.each([
    ['the word itself', '这里有测试违规词的内容'],
    ['split by zero-width spaces', '这里有测\u200b试\u200d违规\ufeff词'],
    ['split by spaces, tabs and an ideographic space', '测 试\t违\u3000规 词'],
    ['split by a soft hyphen and a word joiner', '冰\u00ad毒和冰\u2060毒'],
    ['written with a compatibility form (Kangxi radical ⽀ for 支)', '出售枪\u2F40'],
  ])('refuses a listed word %s', (_name, content) => {
    expect(msgSecCheckLocally(request({ content }))).toMatchObject({ result: { suggest: 'risky' } })
  })

  it('names each configured word it found in a keyword detail, as WeChat does for 内容风控 custom keywords', () => {
    const answer = msgSecCheckLocally(request({ content: '代开发票，还有办\u200b假证' }))
    expect(answer.detail).toEqual([
      { strategy: 'content_model', errcode: 0, suggest: 'risky', label: 20006, prob: 90 },
      { strategy: 'keyword', errcode: 0, suggest: 'risky', label: 20006, keyword: '代开发票' },
      { strategy: 'keyword', errcode: 0, suggest: 'risky', label: 20006, keyword: '办假证' },
    ])
  })

  it('answers a keyword detail without a word for clean text', () => {
    expect(msgSecCheckLocally(request()).detail).toContainEqual({ strategy: 'keyword', errcode: 0 })
  })

  it('normalises with NFKC and drops invisible characters and whitespace', () => {
    expect(normaliseForCheck('Ａ\u200bB c\u3000')).toBe('abc')
  })
})
