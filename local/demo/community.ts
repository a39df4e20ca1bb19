import { cellOf } from '../../cloudfunctions/community/geo'
import { noticeRank } from '../../cloudfunctions/community/rank'
import { newTicketNo } from '../../cloudfunctions/community/ticket-no'
import type { LocalDatabase } from '../db'
import { DEMO_STATION_ID } from './people'

/** The demo resident whose reports and mediation requests the demo shows (open the app with ?as=demo-resident). */
export const DEMO_RESIDENT_OPENID = 'demo-resident'

const STATION = { lat: 36.0611, lng: 103.8343 }

type Hours = { allDay: boolean; ranges: { days: number[]; open: string; close: string }[] }
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]
const allDay: Hours = { allDay: true, ranges: [] }
const daily = (open: string, close: string): Hours => ({ allDay: false, ranges: [{ days: EVERY_DAY, open, close }] })

/** A dozen 平安守望点 within about 3 km of 城关派出所: 24-hour shops, pharmacies, guard posts. All made up. */
const WATCH_POINTS: { name: string; address: string; dLat: number; dLng: number; phone: string; services: string[]; hours: Hours; area?: string }[] = [
  {
    name: '南关什字 24 小时便利店',
    address: '南关什字 5 号',
    dLat: 0.0021,
    dLng: -0.0012,
    phone: '0000-8810001',
    services: ['避险', '报警', '求助', '充电', '饮水'],
    hours: allDay,
    area: '南关社区',
  },
  {
    name: '民主西路平安药房',
    address: '民主西路 30 号',
    dLat: -0.0034,
    dLng: 0.0025,
    phone: '0000-8810002',
    services: ['避险', '求助', '急救药箱'],
    hours: daily('08:00', '22:00'),
    area: '民主西路社区',
  },
  {
    name: '张掖路步行街治安岗亭',
    address: '张掖路步行街中段',
    dLat: 0.0052,
    dLng: 0.0041,
    phone: '0000-8810003',
    services: ['避险', '报警', '求助', '宣传'],
    hours: allDay,
    area: '张掖路社区',
  },
  {
    name: '南关农贸市场管理处',
    address: '南关农贸市场东门',
    dLat: 0.0011,
    dLng: 0.0063,
    phone: '0000-8810004',
    services: ['求助', '宣传'],
    hours: { allDay: false, ranges: [{ days: [1, 2, 3, 4, 5, 6], open: '06:30', close: '19:00' }] },
    area: '南关社区',
  },
  {
    name: '酒泉路加油站便利店',
    address: '酒泉路 101 号',
    dLat: -0.0078,
    dLng: -0.0049,
    phone: '0000-8810005',
    services: ['避险', '报警', '充电', '饮水'],
    hours: allDay,
  },
  {
    name: '白塔山公园北门保安室',
    address: '白塔山公园北门',
    dLat: 0.0121,
    dLng: -0.0035,
    phone: '0000-8810006',
    services: ['避险', '求助'],
    hours: daily('06:00', '23:00'),
    area: '白塔山社区',
  },
  {
    name: '庆阳路夜宵店',
    address: '庆阳路 218 号',
    dLat: -0.0102,
    dLng: 0.0088,
    phone: '0000-8810007',
    services: ['避险', '报警'],
    hours: daily('18:00', '02:00'),
  },
  {
    name: '民主东路银行自助厅值守点',
    address: '民主东路 16 号',
    dLat: -0.0019,
    dLng: 0.0131,
    phone: '0000-8810008',
    services: ['报警', '宣传'],
    hours: allDay,
  },
  {
    name: '南关小学门口护学岗',
    address: '南关什字 18 号',
    dLat: 0.0033,
    dLng: 0.0009,
    phone: '0000-8810009',
    services: ['避险', '求助', '宣传'],
    hours: { allDay: false, ranges: [{ days: [1, 2, 3, 4, 5], open: '07:00', close: '18:00' }] },
    area: '南关社区',
  },
  {
    name: '城关区图书馆服务台',
    address: '武都路 42 号',
    dLat: 0.0158,
    dLng: 0.0112,
    phone: '0000-8810010',
    services: ['求助', '宣传', '饮水'],
    hours: { allDay: false, ranges: [{ days: [2, 3, 4, 5, 6, 7], open: '09:00', close: '17:30' }] },
  },
  {
    name: '黄河边快递驿站',
    address: '滨河路 66 号',
    dLat: 0.0201,
    dLng: -0.0152,
    phone: '0000-8810011',
    services: ['避险', '充电'],
    hours: daily('08:30', '21:00'),
  },
  {
    name: '东岗路社区卫生服务站',
    address: '东岗路 3 号',
    dLat: -0.0223,
    dLng: 0.0245,
    phone: '0000-8810012',
    services: ['求助', '急救药箱'],
    hours: {
      allDay: false,
      ranges: [
        { days: [1, 2, 3, 4, 5], open: '08:00', close: '17:00' },
        { days: [6], open: '09:00', close: '12:00' },
      ],
    },
  },
]

const NOTICES = [
  {
    _id: 'nt-winter-fire',
    kind: 'notice',
    title: '冬季用火用电安全提醒',
    body: '天气转冷，取暖用电增多。请不要在楼道、电梯里给电动自行车充电，不要私拉电线；使用电暖器时远离窗帘、被褥，人走断电。发现火情请立即拨打 119。',
    area: '',
    pinned: true,
    daysAgo: 6,
  },
  {
    _id: 'nt-nanguan-visit',
    kind: 'notice',
    title: '流动警务室本周六到南关社区',
    body: '本周六上午 9:00–11:30，流动警务室到南关社区居委会门口，可以办理户籍咨询、居住证咨询、反诈咨询，也可以当面反映邻里纠纷。可在“流动警务室”页面预约，不预约也可以现场排队。',
    area: '南关社区',
    pinned: false,
    daysAgo: 1,
  },
  {
    _id: 'nt-fraud-case',
    kind: 'news',
    title: '民警上门劝阻，一位老人保住了 8 万元养老钱',
    body: '近日，辖区一位老人接到自称“公检法”的电话，要求把存款转到“安全账户”。社区民警接到预警后立即上门，耐心讲清骗局，老人没有转账。请记住：公检法机关不会通过电话办案，更没有“安全账户”。',
    area: '',
    pinned: false,
    daysAgo: 3,
  },
  {
    _id: 'nt-zhangye-parking',
    kind: 'notice',
    title: '张掖路步行街周末车辆管控',
    body: '本周末张掖路步行街人流量大，10:00–22:00 禁止机动车驶入，请绕行庆阳路。',
    area: '张掖路社区',
    pinned: false,
    daysAgo: 2,
  },
  {
    _id: 'nt-minzhu-news',
    kind: 'news',
    title: '民主西路社区平安志愿者招募',
    body: '社区平安志愿者每周巡逻一次，每次约一小时，熟悉社区、热心公益的居民都可以报名。报名请到社区居委会或联系社区民警。',
    area: '民主西路社区',
    pinned: false,
    daysAgo: 5,
  },
  {
    _id: 'nt-draft',
    kind: 'notice',
    title: '元旦假期安全提示（草稿）',
    body: '元旦假期外出前请关好门窗、水电燃气，贵重物品不要放在车内显眼处。',
    area: '',
    pinned: false,
    daysAgo: 0,
    draft: true,
  },
]

/** The six guides: general national practice in plain words; local details differ, so each says to ask. */
const GUIDES = [
  {
    _id: 'newborn-hukou',
    title: '新生儿落户',
    category: '户籍',
    purpose: '孩子出生后，为孩子办理出生登记、上户口。上了户口，孩子才能办医保、上学、办身份证。',
    eligibility: ['在国内出生的婴儿，可以随父亲或母亲一方落户（父母自愿选择）', '由父母、其他监护人或户主申报'],
    materials: [
      '《出生医学证明》原件',
      '父母双方的居民身份证和户口簿',
      '父母的结婚证（没有结婚证的，请先向派出所问清需要补充的材料）',
      '随哪一方落户，就带那一方所在户的户口簿',
    ],
    steps: [
      '准备好材料，也可以先在网上或电话咨询户籍窗口',
      '到落户一方户口所在地的派出所户籍窗口申报，或通过本省的“出生一件事”线上办理',
      '民警审核材料、登记孩子的姓名等信息',
      '在户口簿上增加孩子的户口页',
    ],
    where: '落户一方户口所在地的派出所户籍窗口，工作日办公时间；不少地方在医院或网上可以“出生一件事”一次办。',
    fees: '免费',
    timeLimit: '材料齐全的，一般当场办好',
    notes: ['请在孩子出生后一个月内申报；超过时间也能办，但可能要补充材料', '申报的姓名要和《出生医学证明》上的一致，请提前想好'],
    visitMatter: '户籍咨询',
  },
  {
    _id: 'hukou-move-in',
    title: '户口迁入',
    category: '户籍',
    purpose: '因为工作、买房、结婚投靠、投靠子女等原因，把户口从外地迁到本地。',
    eligibility: ['符合本市落户政策的人员，例如：本市有合法稳定住所、在本市就业并缴纳社保、夫妻投靠、父母投靠子女等', '各地条件不同，请先问清本地的落户条件'],
    materials: [
      '本人居民身份证、户口簿',
      '落户理由的证明，例如：房屋产权证明、劳动合同和社保缴费证明、结婚证、亲属关系证明、学历证明等',
      '迁入后落户地址的户主同意材料（投靠落户时）',
    ],
    steps: [
      '先咨询迁入地派出所，确认符合哪一类落户条件、要带哪些材料',
      '带齐材料到迁入地派出所户籍窗口申请',
      '审核通过后办理迁入，多数情形可以在迁入地“一站式”办理，不用回原籍开迁移证',
      '拿到新的户口页后，按提示换领身份证',
    ],
    where: '迁入地派出所户籍窗口，工作日办公时间。',
    fees: '免费（换领身份证另收工本费）',
    timeLimit: '材料齐全、符合条件的，一般几个工作日内办结，各地不同',
    notes: ['户口迁移“跨省通办”已在全国推行，大多数情形不用两地来回跑', '孩子上学、社保等和户口有关，迁之前请先想清楚'],
    visitMatter: '户籍咨询',
  },
  {
    _id: 'residence-permit',
    title: '居住证办理',
    category: '居住证',
    purpose: '离开户口所在地、到本市居住，可以办理居住证。有了居住证，可以在本地享受子女入学、就业服务、办理部分证件等公共服务。',
    eligibility: [
      '在本市居住满半年，并且符合下面一条：有合法稳定的工作、有合法稳定的住所、在本市连续上学',
      '来本市后请先办理居住登记（到了就可以登记），住满半年再申领居住证',
    ],
    materials: [
      '本人居民身份证',
      '居住地址证明：租房合同、房屋产权证明，或单位、学校出具的住宿证明',
      '工作证明（劳动合同等）或上学证明，按符合的条件提供一项',
      '近期免冠照片（多数地方可以现场拍）',
    ],
    steps: [
      '到居住地派出所或社区服务站办理居住登记',
      '住满半年后，带齐材料申领居住证',
      '审核通过后制作居住证，按通知领取',
      '以后每年办理一次签注，居住证才能继续使用',
    ],
    where: '居住地派出所或指定的社区服务站，工作日办公时间；部分地方可以网上申请。',
    fees: '首次申领免费；换领、补领收取工本费',
    timeLimit: '受理后 15 日内发证',
    notes: ['居住证每年要签注一次，过期没签注会暂停使用', '地址变了，请到新住址的派出所办理变更'],
    visitMatter: '居住证',
  },
  {
    _id: 'id-card-renew',
    title: '身份证换领补领',
    category: '身份证',
    purpose: '身份证快到期、已经过期、损坏看不清，或者姓名等登记信息变了，需要换领；身份证丢了，需要补领。',
    eligibility: ['本人办理，需要现场拍照、采集指纹', '不满 16 周岁的，由监护人陪同'],
    materials: ['户口簿（补领时）或原身份证（换领时）', '信息变更的，带上变更后的户口簿'],
    steps: [
      '到派出所户籍窗口或身份证受理点，说明换领还是补领',
      '现场拍照、采集指纹，核对信息',
      '缴纳工本费，选择自取或邮寄',
      '按通知领取新证；急着用的可以同时申请临时身份证',
    ],
    where: '户口所在地或居住地的派出所户籍窗口都可以办，外地户口也可以在本地办理（异地受理）。',
    fees: '换领、补领每张 20 元；临时身份证每张 10 元',
    timeLimit: '法律规定 60 日内发证，多数地方更快；异地办理时间稍长',
    notes: ['有效期到期前三个月就可以去换', '身份证丢了请尽快补领，防止被别人冒用'],
    visitMatter: '户籍咨询',
  },
  {
    _id: 'hk-macau-endorsement',
    title: '港澳通行证再次签注',
    category: '出入境',
    purpose: '已经有电子往来港澳通行证，再去香港、澳门之前，办理新的签注（旅游、探亲、商务等）。',
    eligibility: ['持有有效期内的电子往来港澳通行证的内地居民', '探亲、商务等签注要符合相应条件'],
    materials: ['有效的电子往来港澳通行证', '本人居民身份证', '探亲签注要提供亲属关系证明，商务签注要提供单位的相关材料'],
    steps: [
      '个人旅游签注：在出入境自助签注机上刷通行证、拍照、缴费，当场办好',
      '也可以在“国家移民管理局”政务服务平台或微信小程序上申请',
      '其他签注或自助办理不了的，到出入境管理窗口申请',
    ],
    where: '出入境自助签注机（不少设在出入境大厅、政务中心，有的 24 小时开放）或出入境管理窗口。',
    fees: '一次有效签注 15 元，二次有效签注 30 元',
    timeLimit: '自助签注机当场办结；窗口办理一般 7 个工作日内',
    notes: ['出行前请看清签注的有效期和次数', '通行证快到期的，需要先换发通行证'],
  },
  {
    _id: 'no-criminal-record',
    title: '无犯罪记录证明',
    category: '证明',
    purpose: '入职、出国、办理某些资格时，证明本人在我国境内没有犯罪记录。',
    eligibility: ['本人申请；委托别人代办的，需要委托书', '在国内居住的外国人也可以申请'],
    materials: ['本人居民身份证', '用途说明（例如单位或使馆的要求）', '代办的，带上委托书和代办人的身份证'],
    steps: ['到户籍地或居住地派出所提出申请，或在本省公安网上办事平台申请', '填写申请表，说明用途', '民警核查后出具证明，可以现场领取或网上下载'],
    where: '户籍地或居住地派出所，工作日办公时间；多地支持网上申请。',
    fees: '免费',
    timeLimit: '一般 3 个工作日内出具',
    notes: ['出国使用的，可能还需要公证和认证，请先问清对方要求', '证明上只写有没有犯罪记录，不写其他个人信息'],
  },
]

const daysAgo = (days: number, hour = 10) => {
  const d = new Date(Date.now() - days * 86400000)
  d.setUTCHours(hour - 8, 0, 0, 0)
  return d
}

interface DemoStep {
  status: string
  note?: string
  ago: number
}

/**
 * A demo ticket (report or mediation) of the demo resident at the demo station: sent `ago` days ago in
 * its `first` state, then each step at `stepHour` o'clock of its day; its status the last step's.
 */
function demoTicket(t: {
  prefix: 'JB' | 'TJ'
  tail: string
  ago: number
  first: string
  stepHour: number
  steps: DemoStep[]
  fields: Record<string, unknown>
}) {
  const last = t.steps[t.steps.length - 1]
  return {
    // Numbered as the cloud numbers them, by the day the ticket was sent.
    _id: newTicketNo(t.prefix, daysAgo(t.ago), t.tail),
    openid: DEMO_RESIDENT_OPENID,
    stationId: DEMO_STATION_ID,
    status: last ? last.status : t.first,
    timeline: [
      { status: t.first, at: daysAgo(t.ago) },
      ...t.steps.map((s) => ({ status: s.status, at: daysAgo(s.ago, t.stepHour), ...(s.note ? { note: s.note } : {}) })),
    ],
    createdAt: daysAgo(t.ago),
    updatedAt: daysAgo(last ? last.ago : t.ago, t.stepHour),
    ...t.fields,
  }
}

export async function loadCommunityDemo(db: LocalDatabase) {
  const now = new Date()
  await db.insertMany(
    'watchPoints',
    WATCH_POINTS.map((p, i) => {
      const lat = Number((STATION.lat + p.dLat).toFixed(6))
      const lng = Number((STATION.lng + p.dLng).toFixed(6))
      const { dLat: _a, dLng: _b, area, ...fields } = p
      return {
        _id: `wp-${String(i + 1).padStart(2, '0')}`,
        ...fields,
        ...(area ? { area } : {}),
        location: { type: 'Point', coordinates: [lng, lat] },
        cell: cellOf(lat, lng),
        stationId: DEMO_STATION_ID,
        status: 'active',
        createdAt: now,
        updatedAt: now,
      }
    }),
  )
  await db.insertMany(
    'notices',
    NOTICES.map(({ daysAgo: ago, draft, ...n }) => {
      const at = daysAgo(ago)
      return {
        ...n,
        stationId: DEMO_STATION_ID,
        status: draft ? 'draft' : 'published',
        rank: draft ? '' : noticeRank(n.pinned, at),
        ...(draft ? {} : { publishedAt: at }),
        createdBy: 'demo',
        createdAt: at,
        updatedAt: at,
      }
    }),
  )
  await db.insertMany(
    'guides',
    GUIDES.map((g, i) => ({ ...g, order: i + 1, updatedAt: now })),
  )
  const report = (tail: string, ago: number, fields: Record<string, unknown>, steps: DemoStep[]) =>
    demoTicket({ prefix: 'JB', tail, ago, first: 'submitted', stepHour: 15, steps, fields })
  await db.insertMany('reports', [
    report(
      '3K7QH2MD',
      8,
      { category: 'fraud', text: '有人在小区门口摆摊，说扫码领鸡蛋，要求下载一个投资软件并填写银行卡号。', anonymous: false, contact: '13800001234' },
      [
        { status: 'accepted', ago: 7 },
        { status: 'closed', note: '已到现场核查并清理摊点，谢谢您的线索。', ago: 5 },
      ],
    ),
    report('8MPAW4RC', 3, { category: 'gambling', text: '民主西路一栋楼的地下室晚上常有人聚集打牌，声音很大，好像有赌钱。', anonymous: true }, [
      { status: 'accepted', ago: 2 },
    ]),
    report(
      '5RTXN7KB',
      0,
      { category: 'hazard', text: '南关什字 3 号楼楼道里堆了很多纸箱，还有人在楼道给电动车充电。', anonymous: false, contact: '13800004321' },
      [],
    ),
    {
      ...report('2WEFZ9PL', 9, { category: 'other', text: '隔壁单元有人经常很晚回来，脚步声很大，不知道是做什么的。', anonymous: true }, [
        { status: 'rejected', note: '反映的情况不属于违法线索；如有噪音扰民，可联系物业或社区调解。', ago: 8 },
      ]),
      openid: 'demo-neighbour',
    },
  ])
  const mediation = (tail: string, ago: number, fields: Record<string, unknown>, steps: DemoStep[], extra: Record<string, unknown> = {}) => ({
    ...demoTicket({ prefix: 'TJ', tail, ago, first: 'requested', stepHour: 16, steps, fields: { contact: '13800001234', ...fields, ...extra } }),
    updatedAt: now,
  })
  await db.insertMany('mediations', [
    mediation(
      '6HNBQ3VT',
      6,
      {
        category: 'neighbour',
        description: '楼上邻居家装修，晚上十点以后还在施工，沟通过两次没有效果。',
        otherParty: '楼上 502 住户',
        preferredTimes: '工作日晚上',
      },
      [
        { status: 'accepted', note: '已联系双方，约时间当面谈。', ago: 5 },
        { status: 'scheduled', note: '请带上装修噪音的录音或记录。', ago: 4 },
      ],
      { scheduledAt: daysAgo(-2, 15), place: '南关社区居委会调解室' },
    ),
    mediation(
      '9DCEM5XG',
      1,
      { category: 'property', description: '物业把小区绿地改成收费停车位，没有征求业主意见，希望民警帮忙协调。', otherParty: '小区物业公司' },
      [],
    ),
    mediation(
      '4QAZR8JW',
      25,
      { category: 'consumer', description: '在楼下理发店办了 2000 元的卡，店铺突然关门，老板不退钱。', otherParty: '理发店老板' },
      [
        { status: 'accepted', ago: 24 },
        { status: 'scheduled', ago: 22 },
        { status: 'resolved', note: '双方同意分两次退还余款，已签调解协议。', ago: 20 },
      ],
      { scheduledAt: daysAgo(21, 14), place: '城关派出所调解室' },
    ),
  ])
}
