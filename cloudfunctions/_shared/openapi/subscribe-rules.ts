import { isPagePath, pathOf } from '../../../types/routes'

/**
 * What subscribeMessage.send accepts, as WeChat documents it
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html,
 * "订阅消息参数值内容限制说明" and "errcode 的合法值"). The local cloud refuses what the cloud refuses,
 * with the same errcode, so a message that would fail after deployment fails a test here.
 */

/** 47003: 模板参数不准确，可能为空或者不满足规则，errmsg 会提示具体是哪个字段出错. */
export const ERR_ARGUMENT_INVALID = 47003
/** 41030: page 路径不正确，需要保证在现网版本小程序中存在，与 app.json 保持一致. */
export const ERR_PAGE_INVALID = 41030
/** 43101: 用户拒绝接受消息，如果用户之前曾经订阅过，则表示用户取消了订阅关系. */
export const ERR_USER_REFUSED = 43101
/** 40003: touser 字段 openid 为空或者不正确. */
export const ERR_TOUSER_INVALID = 40003
/** 40037: 订阅模板 id 为空不正确. */
export const ERR_TEMPLATE_INVALID = 40037

const length = (text: string) => Array.from(text).length
const THING_MAX = 20
const HAN = /^\p{Script=Han}+$/u
const LETTERS_DIGITS_SYMBOLS = /^[\x21-\x7e]+$/
// 24小时制时间格式(支持+年月日)，支持填时间段，两个时间点之间用“~”符号连接：15:01, 2019-10-01 15:01,
// 2019年10月1日 15:01.
const ONE_TIME = /^(?:(?:\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日) )?(?:[01]\d|2[0-3]):[0-5]\d$/
const ONE_DATE = /^(?:\d{4}-\d{2}-\d{2}|\d{4}年\d{1,2}月\d{1,2}日)(?: (?:[01]\d|2[0-3]):[0-5]\d)?$/
const range = (one: RegExp) => (value: string) => value.split('~').length <= 2 && value.split('~').every((part) => one.test(part.trim()))

/** One rule per keyword type (the letters of a key before its number: `thing1` is a thing). */
export const KEYWORD_RULES: Record<string, { rule: string; ok: (value: string) => boolean }> = {
  thing: { rule: '20个以内字符', ok: (v) => length(v) <= THING_MAX },
  number: { rule: '32位以内数字，可带小数', ok: (v) => length(v) <= 32 && /^\d+(\.\d+)?$/.test(v) },
  letter: { rule: '32位以内字母', ok: (v) => length(v) <= 32 && /^[A-Za-z]+$/.test(v) },
  symbol: { rule: '5位以内符号', ok: (v) => length(v) <= 5 && /^[^\p{L}\p{N}\s]+$/u.test(v) },
  character_string: { rule: '32位以内数字、字母或符号', ok: (v) => length(v) <= 32 && LETTERS_DIGITS_SYMBOLS.test(v) },
  time: { rule: '24小时制时间格式（支持+年月日），时间段用“~”连接', ok: range(ONE_TIME) },
  date: { rule: '年月日格式（支持+24小时制时间），时间段用“~”连接', ok: range(ONE_DATE) },
  amount: { rule: '1个币种符号+10位以内纯数字，可带小数，结尾可带“元”', ok: (v) => /^[¥$€£]?\d{1,10}(\.\d+)?元?$/.test(v) },
  phone_number: { rule: '17位以内，数字、符号', ok: (v) => length(v) <= 17 && /^[\d+\-() ]+$/.test(v) },
  car_number: {
    rule: '8位以内，第一位与最后一位可为汉字，其余为字母或数字',
    ok: (v) => length(v) <= 8 && /^[\p{Script=Han}A-Za-z0-9][A-Za-z0-9]*[\p{Script=Han}A-Za-z0-9]?$/u.test(v),
  },
  // 10个以内纯汉字或20个以内纯字母或符号；中文和字母混合按中文名算，10个字内.
  name: {
    rule: '10个以内纯汉字或20个以内纯字母或符号',
    ok: (v) => (/\p{Script=Han}/u.test(v) ? length(v) <= 10 : length(v) <= 20 && LETTERS_DIGITS_SYMBOLS.test(v.replace(/ /g, '-'))),
  },
  phrase: { rule: '5个以内纯汉字', ok: (v) => length(v) <= 5 && HAN.test(v) },
}

/**
 * A text as a `thing` keyword takes it: whole when it fits, else cut to 19 characters and an ellipsis.
 * Senders cut cleanly themselves rather than have WeChat refuse the message (47003).
 */
export function asThing(text: string): string {
  const chars = Array.from(text)
  return chars.length > THING_MAX ? `${chars.slice(0, THING_MAX - 1).join('')}…` : text
}

export interface Refusal {
  errCode: number
  reason: string
}

export interface SubscribePayload {
  touser: string
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}

/** Why WeChat would refuse this payload, or null when it would take it. */
export function refusalOf(message: SubscribePayload): Refusal | null {
  if (!message.touser) return { errCode: ERR_TOUSER_INVALID, reason: 'invalid openid' }
  if (!message.templateId) return { errCode: ERR_TEMPLATE_INVALID, reason: 'invalid template_id' }
  // 仅限本小程序内的页面。支持带参数,(示例 index?foo=bar): no leading slash, a page of app.json.
  if (message.page !== undefined && (message.page.startsWith('/') || !isPagePath(pathOf(message.page)))) {
    return { errCode: ERR_PAGE_INVALID, reason: `invalid page: ${message.page}` }
  }
  const keys = Object.keys(message.data ?? {})
  if (keys.length === 0) return { errCode: ERR_ARGUMENT_INVALID, reason: 'argument invalid! data is empty' }
  for (const key of keys) {
    const type = /^([a-z_]+?)\d+$/.exec(key)?.[1]
    const rule = type ? KEYWORD_RULES[type] : undefined
    if (!rule) return { errCode: ERR_ARGUMENT_INVALID, reason: `argument invalid! data.${key} is not a keyword of a template` }
    const value = message.data[key]?.value
    if (typeof value !== 'string' || value.length === 0) return { errCode: ERR_ARGUMENT_INVALID, reason: `argument invalid! data.${key}.value is empty` }
    if (!rule.ok(value)) return { errCode: ERR_ARGUMENT_INVALID, reason: `argument invalid! data.${key}.value invalid (${rule.rule})` }
  }
  return null
}
