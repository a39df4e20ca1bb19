import { chinaDate, chinaDayStart } from '../../cloudfunctions/_shared/china-time'
import type { LocalDatabase } from '../db'
import { DEMO_STATION_ID } from './people'

interface DemoSession {
  id: string
  /** Days from today (China calendar) and the China time of the start. */
  inDays: number
  at: string
  hours: number
  title: string
  place: { name: string; address: string; location: { lat: number; lng: number } }
  capacity: number
  /** Seats already taken by made-up residents. */
  taken: number
  services: string[]
  note?: string
  cancelReason?: string
  stationId?: string
}

const SESSIONS: DemoSession[] = [
  {
    id: 'vs-nanguan-market',
    inDays: 1,
    at: '09:00',
    hours: 3,
    title: '流动警务室进南关农贸市场',
    place: { name: '南关农贸市场东门', address: '南关什字南关农贸市场东门广场', location: { lat: 36.0583, lng: 103.8389 } },
    capacity: 30,
    taken: 6,
    services: ['户籍咨询', '居住证', '反诈咨询', '纠纷求助', '其他'],
    note: '现场可办理居住证申报，请带好身份证和租房合同。',
  },
  {
    id: 'vs-minzhu-site',
    inDays: 3,
    at: '12:00',
    hours: 2,
    title: '工地午间流动警务室',
    place: { name: '民主西路建筑工地', address: '民主西路与酒泉路口项目部门口', location: { lat: 36.0597, lng: 103.8262 } },
    capacity: 20,
    taken: 18,
    services: ['居住证', '反诈咨询', '纠纷求助'],
    note: '利用午休时间为务工人员办理居住证、讲解防范电信诈骗。',
  },
  {
    id: 'vs-zhangye-square',
    inDays: 5,
    at: '15:00',
    hours: 2,
    title: '张掖路步行街反诈宣传与咨询',
    place: { name: '张掖路步行街中心广场', address: '张掖路步行街中段', location: { lat: 36.0632, lng: 103.8311 } },
    capacity: 40,
    taken: 3,
    services: ['反诈咨询', '户籍咨询', '出入境咨询', '其他'],
  },
  {
    id: 'vs-baita-park',
    inDays: 6,
    at: '09:30',
    hours: 2,
    title: '白塔山公园晨练时段流动警务室',
    place: { name: '白塔山公园北门', address: '白塔山公园北门入口', location: { lat: 36.0678, lng: 103.8245 } },
    capacity: 20,
    taken: 2,
    services: ['户籍咨询', '身份证', '反诈咨询'],
    cancelReason: '天气预报有大风，改期另行通知',
  },
  {
    id: 'vs-nanguan-school',
    inDays: 9,
    at: '16:00',
    hours: 1.5,
    title: '南关小学放学时段家长咨询',
    place: { name: '南关小学门口', address: '南关什字 18 号', location: { lat: 36.0571, lng: 103.8357 } },
    capacity: 25,
    taken: 0,
    services: ['户籍咨询', '出入境咨询', '反诈咨询'],
  },
  {
    id: 'vs-community-hall',
    inDays: 12,
    at: '09:00',
    hours: 3,
    title: '民主西路社区居委会集中办理日',
    place: { name: '民主西路社区居委会', address: '民主西路 30 号居委会一楼', location: { lat: 36.0604, lng: 103.8281 } },
    capacity: 50,
    taken: 1,
    services: ['户籍咨询', '居住证', '身份证', '出入境咨询', '其他'],
  },
  {
    id: 'vs-donggang',
    inDays: 4,
    at: '10:00',
    hours: 2,
    title: '东岗社区流动警务室',
    place: { name: '东岗社区广场', address: '东岗东路 6 号', location: { lat: 36.0489, lng: 103.8862 } },
    capacity: 30,
    taken: 4,
    services: ['户籍咨询', '反诈咨询', '纠纷求助'],
    stationId: 'st-dongcheng',
  },
]

const STATION_NAMES: Record<string, string> = { [DEMO_STATION_ID]: '城关派出所', 'st-dongcheng': '东城派出所' }

const SURNAMES = ['张', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙', '马']
const MATTER_NOTES = ['想问一下孩子上户口要带什么', '居住证到期了', '', '接到自称客服的电话，想咨询一下', '']

/** Made-up residents; phone numbers in the 1380000xxxx range no real line uses. */
const resident = (n: number) => ({ openid: `demo-resident-${n}`, name: `${SURNAMES[n % SURNAMES.length]}阿姨`, phone: `1380000${String(1000 + n).slice(-4)}` })

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
const demoCode = (sessionIndex: number, n: number) =>
  `DM${CODE_ALPHABET[sessionIndex % 32]}${Array.from({ length: 5 }, (_, i) => CODE_ALPHABET[(n * 7 + i * 13 + sessionIndex * 3) % 32]).join('')}`

export async function loadVisitsDemo(db: LocalDatabase) {
  const now = new Date()
  const today = chinaDayStart(chinaDate(now)).getTime()
  const sessions: Record<string, unknown>[] = []
  const bookings: Record<string, unknown>[] = []
  SESSIONS.forEach((s, index) => {
    const [h = 0, m = 0] = s.at.split(':').map(Number)
    const startsAt = new Date(today + s.inDays * 86_400_000 + (h * 60 + m) * 60_000)
    const endsAt = new Date(startsAt.getTime() + s.hours * 3_600_000)
    const stationId = s.stationId ?? DEMO_STATION_ID
    const cancelled = Boolean(s.cancelReason)
    sessions.push({
      _id: s.id,
      stationId,
      stationName: STATION_NAMES[stationId],
      title: s.title,
      place: s.place,
      startsAt,
      endsAt,
      bookingOpensAt: new Date(now.getTime() - 86_400_000),
      capacity: s.capacity,
      booked: cancelled ? 0 : s.taken,
      nextQueueNo: s.taken + 1,
      services: s.services,
      ...(s.note ? { note: s.note } : {}),
      status: cancelled ? 'cancelled' : 'published',
      ...(cancelled ? { cancelReason: s.cancelReason } : {}),
      createdBy: 'demo-officer',
      createdAt: now,
      updatedAt: now,
    })
    const slot = (endsAt.getTime() - startsAt.getTime()) / s.capacity
    for (let q = 1; q <= s.taken; q++) {
      const who = resident(index * 40 + q)
      const note = MATTER_NOTES[q % MATTER_NOTES.length]
      const id = `vb-${s.id.slice(3)}-${q}`
      bookings.push({
        _id: id,
        sessionId: s.id,
        stationId,
        openid: who.openid,
        activeKey: cancelled ? `cancelled-${id}` : who.openid,
        queueNo: q,
        expectedAt: new Date(Math.floor((startsAt.getTime() + (q - 1) * slot) / 60_000) * 60_000),
        checkinCode: demoCode(index, q),
        matter: s.services[q % s.services.length],
        ...(q % 3 !== 0 ? { name: who.name, phone: who.phone } : {}),
        ...(note ? { note } : {}),
        status: cancelled ? 'cancelled' : 'booked',
        remind: q % 2 === 0,
        ...(q % 2 === 0 && !cancelled ? { reminder: 'pending' } : {}),
        startsAt,
        ...(cancelled ? { cancelledAt: now } : {}),
        createdAt: new Date(now.getTime() - (s.taken - q + 1) * 600_000),
        updatedAt: now,
      })
    }
  })
  await db.insertMany('sessions', sessions)
  await db.insertMany('bookings', bookings)

  const requests = [
    {
      _id: 'vr-xinkang',
      openid: 'demo-resident-301',
      place: { name: '新康小区', address: '南关什字新康小区中心花园', location: { lat: 36.0559, lng: 103.8402 } },
      reason: '小区老人多，去派出所不方便，想请流动警务室来讲讲防骗，顺便办居住证。',
      preferredDates: [chinaDate(today + 7 * 86_400_000), chinaDate(today + 8 * 86_400_000)],
      status: 'open',
      seconds: 12,
      createdAt: new Date(now.getTime() - 3 * 86_400_000),
    },
    {
      _id: 'vr-logistics',
      openid: 'demo-resident-302',
      place: { name: '西站物流园', address: '西站路物流园区 2 号门' },
      reason: '园区外地司机多，居住证和车辆被盗的问题想当面咨询民警。',
      preferredDates: [],
      status: 'open',
      seconds: 5,
      createdAt: new Date(now.getTime() - 2 * 86_400_000),
    },
    {
      _id: 'vr-school',
      openid: 'demo-resident-303',
      place: { name: '南关小学', address: '南关什字 18 号' },
      reason: '家长们想了解孩子办护照和防范网络游戏诈骗的事情。',
      preferredDates: [],
      status: 'scheduled',
      seconds: 8,
      createdAt: new Date(now.getTime() - 6 * 86_400_000),
      answer: {
        decision: 'scheduled',
        reply: '已安排在南关小学门口设流动警务室，欢迎家长预约。',
        sessionId: 'vs-nanguan-school',
        answeredAt: new Date(now.getTime() - 86_400_000),
        answeredBy: 'demo-officer',
      },
    },
  ]
  await db.insertMany('visitRequests', requests)
  const seconds: Record<string, unknown>[] = []
  for (const r of requests) {
    for (let i = 1; i <= r.seconds; i++) {
      const openid = `demo-resident-${400 + i}`
      seconds.push({ _id: `${r._id}_${openid}`, requestId: r._id, openid, createdAt: r.createdAt })
    }
  }
  await db.insertMany('visitSeconds', seconds)
}
