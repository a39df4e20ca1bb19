import { FRAUD_TYPE_LABELS, FRAUD_TYPES, type FraudType } from '../../types/fraud-types'

/** 常见骗局: the tell-tale line of each type and what to do, in plain words, for the 反诈 tab. */
export interface FraudKind {
  id: FraudType
  name: string
  /** What the fraudster typically says. */
  sign: string
  /** What to do. */
  advice: string
}

const WORDS: Record<FraudType, Pick<FraudKind, 'sign' | 'advice'>> = {
  rebate: {
    sign: '“动动手指点赞、下单就能赚钱，先垫钱，马上返你佣金。”',
    advice: '刷单本身就违法。要您先垫钱的“兼职”，都是骗局。',
  },
  investment: {
    sign: '“跟着老师买，稳赚不赔，内部消息，带你翻倍。”',
    advice: '稳赚不赔的投资不存在。不下载陌生人发来的 App，不往陌生账户转钱。',
  },
  loan: {
    sign: '“无抵押、秒到账，先交保证金、解冻费才能放款。”',
    advice: '放款前要您先交钱的贷款都是假的。借钱找正规银行。',
  },
  customerService: {
    sign: '“你的快递丢了要理赔”“你开通了会员要扣费，我帮你取消。”',
    advice: '挂掉电话，自己打官方客服核实。真客服不会让您开屏幕共享、报验证码。',
  },
  police: {
    sign: '“你涉嫌洗钱，要把钱转到安全账户，配合调查，不许告诉家人。”',
    advice: '公检法不会电话办案，更没有“安全账户”。马上挂断，打 110 问。',
  },
  romance: {
    sign: '网上认识的“对象”又体贴又成功，慢慢带你投资、赌博。',
    advice: '没见过面的网友谈钱，就是骗子。一分钱也不要转。',
  },
  shopping: {
    sign: '“特价商品、内部渠道，加微信私下付款更便宜。”',
    advice: '只在正规平台下单付款。远低于市价的东西，多半是陷阱。',
  },
  gaming: {
    sign: '“低价卖装备、代练，加微信私下交易更便宜。”',
    advice: '只在正规平台交易。提醒孩子：不私下转账，不给别人看家长的付款码。',
  },
  boss: {
    sign: '“我是你领导/老同学，换了新号，急需用钱，先帮我转一下。”',
    advice: '涉及转账，一定打对方原来的电话或当面问清楚。',
  },
  credit: {
    sign: '“你的征信有问题，要注销账户、消除记录，不然影响贷款。”',
    advice: '征信只能到人民银行查，没有人能“修复”征信。让您贷款转账的，都是骗子。',
  },
}

export const FRAUD_KINDS: readonly FraudKind[] = FRAUD_TYPES.map((id) => ({ id, name: FRAUD_TYPE_LABELS[id], ...WORDS[id] }))

export function fraudTypeLabel(type: FraudType | undefined): string {
  return type ? FRAUD_TYPE_LABELS[type] : ''
}
