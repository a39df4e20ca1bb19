import { OpenapiError } from '../openapi-error'

const API = 'security.msgSecCheck'

/**
 * security.msgSecCheck (v2) as WeChat documents it
 * (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html):
 * version "2.0版本为固定值2", openid "用户的openid（用户需在近两小时访问过小程序）", scene "场景枚举值（1 资料；
 * 2 评论；3 论坛；4 社交日志）" (40129 otherwise), content "文本字数的上限为2500字". The classifier is a
 * small word list: enough to prove the rejection path end to end.
 */
export interface MsgSecCheckRequest {
  version: number
  openid: string
  scene: number
  content: string
}

/**
 * One strategy's verdict. WeChat answers one `content_model` entry and one `keyword` entry; the
 * `keyword` entry carries the word found ("命中的自定义关键词") only for the custom keywords a
 * mini-program configured in 内容风控 — which is what the local word list stands for.
 */
export interface MsgSecCheckDetail {
  strategy: 'content_model' | 'keyword'
  errcode: 0
  suggest?: 'pass' | 'risky'
  label?: number
  prob?: number
  keyword?: string
}

export interface MsgSecCheckResult {
  errCode: 0
  result: { suggest: 'pass' | 'risky'; label: number }
  detail: MsgSecCheckDetail[]
}

/** 40003: openid 无效. */
export const ERR_OPENID_INVALID = 40003
/** 40129: 场景值错误（目前支持场景 1 资料；2 评论；3 论坛；4 社交日志）. */
export const ERR_SCENE_INVALID = 40129
/** 47001: 传递的参数格式不对. */
export const ERR_ARGUMENT_FORMAT = 47001
/** WeChat's label for 违法犯罪; 100 is 正常. */
const LABEL_CRIME = 20006
const LABEL_NORMAL = 100

const LOCAL_BLOCKLIST = ['赌博网站', '代开发票', '出售枪支', '冰毒', '办假证', '裸聊', '刷单兼职日结', '测试违规词']

// Zero-width and other invisible format characters (Unicode Cf: ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft
// hyphen, bidi marks) and every kind of space: a word split by them still reads as the word.
const INVISIBLE_OR_SPACE = /[\p{Cf}\s\u3164\u115f\u1160\uffa0]/gu

/** The text as the word list reads it: NFKC (full-width letters, compatibility forms) without invisible characters or spaces. */
export function normaliseForCheck(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE_OR_SPACE, '').toLowerCase()
}

const NORMALISED_BLOCKLIST = LOCAL_BLOCKLIST.map((word) => ({ word, normalised: normaliseForCheck(word) }))

export function msgSecCheckLocally(request: MsgSecCheckRequest): MsgSecCheckResult {
  if (request.version !== 2) throw new OpenapiError(API, ERR_ARGUMENT_FORMAT, 'version must be 2')
  if (typeof request.openid !== 'string' || request.openid.length === 0) throw new OpenapiError(API, ERR_OPENID_INVALID, 'invalid openid')
  if (![1, 2, 3, 4].includes(request.scene)) throw new OpenapiError(API, ERR_SCENE_INVALID, 'invalid scene')
  if (typeof request.content !== 'string' || Array.from(request.content).length > 2500)
    throw new OpenapiError(API, ERR_ARGUMENT_FORMAT, 'content over 2500 characters')
  const text = normaliseForCheck(request.content)
  const hits = NORMALISED_BLOCKLIST.filter(({ normalised }) => text.includes(normalised)).map(({ word }) => word)
  const result = hits.length > 0 ? ({ suggest: 'risky', label: LABEL_CRIME } as const) : ({ suggest: 'pass', label: LABEL_NORMAL } as const)
  // As WeChat answers: the model's verdict, then the keyword strategy, naming each configured word it found.
  const keywords: MsgSecCheckDetail[] =
    hits.length > 0
      ? hits.map((keyword) => ({ strategy: 'keyword', errcode: 0, suggest: 'risky', label: LABEL_CRIME, keyword }))
      : [{ strategy: 'keyword', errcode: 0 }]
  return { errCode: 0, result, detail: [{ strategy: 'content_model', errcode: 0, ...result, prob: 90 }, ...keywords] }
}
