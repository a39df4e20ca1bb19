/** 常见骗局: the tell-tale line of each trick and what to do, in plain words, for the 反诈 tab. */
export interface FraudKind {
  id: string
  name: string
  /** What the fraudster typically says. */
  sign: string
  /** What to do. */
  advice: string
}

export const FRAUD_KINDS: readonly FraudKind[] = [
  {
    id: 'shuadan',
    name: '刷单返利',
    sign: '“动动手指点赞、下单就能赚钱，先垫钱，马上返你佣金。”',
    advice: '刷单本身就违法。要你先垫钱的“兼职”，都是骗局。',
  },
  {
    id: 'touzi',
    name: '虚假投资理财',
    sign: '“跟着老师买，稳赚不赔，内部消息，带你翻倍。”',
    advice: '稳赚不赔的投资不存在。不下载陌生人发来的 App，不往陌生账户转钱。',
  },
  {
    id: 'kefu',
    name: '冒充客服',
    sign: '“你的快递丢了要理赔”“你开通了会员要扣费，我帮你取消。”',
    advice: '挂掉电话，自己打官方客服核实。真客服不会让你开屏幕共享、报验证码。',
  },
  {
    id: 'gongjianfa',
    name: '冒充公检法',
    sign: '“你涉嫌洗钱，要把钱转到安全账户，配合调查，不许告诉家人。”',
    advice: '公检法不会电话办案，更没有“安全账户”。马上挂断，打 110 问。',
  },
  {
    id: 'jiaoyou',
    name: '网络交友“杀猪盘”',
    sign: '网上认识的“对象”又体贴又成功，慢慢带你投资、赌博。',
    advice: '没见过面的网友谈钱，就是骗子。一分钱也不要转。',
  },
  {
    id: 'daikuan',
    name: '虚假贷款',
    sign: '“无抵押、秒到账，先交保证金、解冻费才能放款。”',
    advice: '放款前要你先交钱的贷款都是假的。借钱找正规银行。',
  },
  {
    id: 'youxi',
    name: '游戏交易',
    sign: '“低价卖装备、代练，加微信私下交易更便宜。”',
    advice: '只在正规平台交易。提醒孩子：不私下转账，不给别人看家长的付款码。',
  },
  {
    id: 'shuren',
    name: '冒充领导熟人',
    sign: '“我是你领导/老同学，换了新号，急需用钱，先帮我转一下。”',
    advice: '涉及转账，一定打对方原来的电话或当面问清楚。',
  },
]
