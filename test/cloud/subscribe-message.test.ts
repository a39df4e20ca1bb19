/**
 * subscribeMessage.send in the local cloud, held against WeChat's documentation line by line:
 * https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
 * (请求参数, errcode 的合法值, 订阅消息参数值内容限制说明) and wx.requestSubscribeMessage (一次性订阅: each
 * acceptance allows one send).
 */
import type { MessagePage } from '../../types/routes'
import { messagePage } from '../../types/routes'
import { type LocalOpenapi, outcomeOf, startLocalOpenapi } from './local-openapi'

let o: LocalOpenapi
let seq = 0
const person = () => `o-contract-${process.pid}-${++seq}`
const TEMPLATE = 'contract-template'

beforeAll(async () => {
  o = await startLocalOpenapi()
})
afterAll(async () => {
  await o.h.close()
})

const valid = (
  touser: string,
  data: Record<string, { value: string }> = { thing1: { value: '流动警务室' } },
  page: MessagePage = messagePage('visits/booking/index', { bookingId: 'b1' }),
) => ({
  touser,
  templateId: TEMPLATE,
  page,
  data,
})
const accept = (openid: string, ids = [TEMPLATE]) => o.grants.subscriptionGrants(o.h.local).accept(openid, ids)
const send = (message: Parameters<typeof o.localSend.sendLocally>[0]) => outcomeOf(() => o.localSend.sendLocally(message))

describe('43101 用户拒绝接受消息 — one-time subscriptions', () => {
  it('refuses a send to someone who never accepted the template', async () => {
    expect(await send(valid(person()))).toBe(43101)
  })

  it('allows one send per acceptance, then refuses', async () => {
    const who = person()
    await accept(who)
    expect(await send(valid(who))).toBe('ok')
    expect(await send(valid(who))).toBe(43101)
  })

  it('adds acceptances up: two taps on 允许, two sends', async () => {
    const who = person()
    await accept(who)
    await accept(who)
    expect(await send(valid(who))).toBe('ok')
    expect(await send(valid(who))).toBe('ok')
    expect(await send(valid(who))).toBe(43101)
  })

  it('counts acceptances per template: accepting one template allows nothing of another', async () => {
    const who = person()
    await accept(who, ['other-template'])
    expect(await send(valid(who))).toBe(43101)
  })

  it('lets only one of two racing sends spend a single acceptance', async () => {
    const who = person()
    await accept(who)
    const outcomes = await Promise.all([send(valid(who)), send(valid(who)), send(valid(who))])
    expect(outcomes.filter((x) => x === 'ok')).toHaveLength(1)
    expect(outcomes.filter((x) => x === 43101)).toHaveLength(2)
  })
})

describe('40003 touser, 40037 template_id, 41030 page', () => {
  it('40003: touser 字段 openid 为空或者不正确', async () => {
    expect(await send({ ...valid(person()), touser: '' })).toBe(40003)
  })

  it('40037: 订阅模板 id 为空不正确', async () => {
    expect(await send({ ...valid(person()), templateId: '' })).toBe(40037)
  })

  it('41030: page 须在小程序中存在，与 app.json 保持一致 (a page of the route table, no leading slash)', async () => {
    const who = person()
    await accept(who, [TEMPLATE])
    // Pages that do not exist (the paths of an older layout).
    expect(await send(valid(who, undefined, 'visits/booking?bookingId=b1' as MessagePage))).toBe(41030)
    expect(await send(valid(who, undefined, 'fraud-pages/result/index?quizId=q1' as MessagePage))).toBe(41030)
    expect(await send(valid(who, undefined, '/visits/booking/index?bookingId=b1' as MessagePage))).toBe(41030)
    expect(await send(valid(who, undefined, messagePage('visits/requests/index', { requestId: 'r1' })))).toBe('ok')
  })
})

describe('47003 模板参数不准确 — 订阅消息参数值内容限制说明', () => {
  const cases: Array<[string, Record<string, { value: string }>, number | 'ok']> = [
    ['thing: 20个以内字符 (20 is fine)', { thing1: { value: '一二三四五六七八九十一二三四五六七八九十' } }, 'ok'],
    ['thing: 21 characters', { thing1: { value: '一二三四五六七八九十一二三四五六七八九十一' } }, 47003],
    ['phrase: 5个以内纯汉字', { phrase2: { value: '已约定调解' } }, 'ok'],
    ['phrase: six characters', { phrase2: { value: '已经约定调解' } }, 47003],
    ['phrase: not only 汉字', { phrase2: { value: '已受理1' } }, 47003],
    ['character_string: 32位以内数字、字母或符号', { character_string1: { value: 'R-2026-ABCDEFGH_1234567890abcdef' } }, 'ok'],
    ['character_string: 33 characters', { character_string1: { value: 'R-2026-ABCDEFGH_1234567890abcdefg' } }, 47003],
    ['character_string: 汉字 are not allowed', { character_string4: { value: '北京' } }, 47003],
    ['name: 10个以内纯汉字', { name1: { value: '欧阳一二三四五六七八' } }, 'ok'],
    ['name: 11 汉字', { name1: { value: '欧阳一二三四五六七八九' } }, 47003],
    ['time: YYYY-MM-DD HH:mm', { time2: { value: '2026-12-03 09:30' } }, 'ok'],
    ['time: 15:01', { time2: { value: '15:01' } }, 'ok'],
    ['time: a range with ~', { time2: { value: '2026-12-03 09:30~2026-12-03 11:30' } }, 'ok'],
    ['time: ISO with seconds and offset', { time2: { value: '2026-12-03T09:30:00+08:00' } }, 47003],
    ['time: not a time', { time2: { value: '明天上午' } }, 47003],
    ['number: 32位以内数字，可带小数', { number1: { value: '12.5' } }, 'ok'],
    ['number: letters', { number1: { value: '12a' } }, 47003],
    ['an empty value', { thing1: { value: '' } }, 47003],
    ['no keywords at all', {}, 47003],
    ['a key that is no keyword type', { remark1: { value: '备注' } }, 47003],
  ]
  it.each(cases)('%s', async (_name, data, expected) => {
    const who = person()
    await accept(who)
    expect(await send(valid(who, data))).toBe(expected)
  })

  it('spends no acceptance on a payload WeChat refuses', async () => {
    const who = person()
    await accept(who)
    expect(await send(valid(who, { thing1: { value: '一'.repeat(21) } }))).toBe(47003)
    expect(await send(valid(who))).toBe('ok')
  })
})

describe('best effort: sendSubscribeMessage never throws and records the outcome', () => {
  const outbox = () => o.h.local.snapshot().outbox as Array<{ touser: string; status: string; errCode?: number; stationId?: string }>

  it('records sent, refused (43101) and failed (47003) with the station, and resolves each time', async () => {
    const who = person()
    await accept(who)
    const scope = { stationId: 'st-contract' }
    await expect(o.subscribe.sendSubscribeMessage(valid(who), scope)).resolves.toBe('sent')
    await expect(o.subscribe.sendSubscribeMessage(valid(who), scope)).resolves.toBe('refused')
    await expect(o.subscribe.sendSubscribeMessage(valid(who, { thing1: { value: '一'.repeat(21) } }), scope)).resolves.toBe('failed')
    const mine = outbox().filter((m) => m.touser === who)
    expect(mine).toHaveLength(3)
    expect(mine).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ status: 'sent', stationId: 'st-contract' }),
        expect.objectContaining({ status: 'refused', errCode: 43101, stationId: 'st-contract' }),
        expect.objectContaining({ status: 'failed', errCode: 47003, stationId: 'st-contract' }),
      ]),
    )
  })
})
