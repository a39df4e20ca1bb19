import type { LocalDatabase } from '../db'
import { DEMO_ADMIN_OPENID, DEMO_OFFICER_OPENID, DEMO_STATION_ID } from './people'

const now = () => new Date()

export async function loadOrgDemo(db: LocalDatabase) {
  await db.insertMany('stations', [
    {
      _id: DEMO_STATION_ID,
      name: '城关派出所',
      address: '城关区民主路 88 号',
      phone: '0000-6110110',
      location: { lat: 36.0611, lng: 103.8343 },
      createdAt: now(),
    },
    {
      _id: 'st-dongcheng',
      name: '东城派出所',
      address: '东城区东岗路 12 号',
      phone: '0000-6110120',
      location: { lat: 36.0502, lng: 103.8821 },
      createdAt: now(),
    },
  ])
  const officers = [
    {
      _id: 'of-wang',
      name: '王建国',
      badgeNo: '062301',
      phone: '13800000001',
      dutyHours: '工作日 8:30–17:30',
      stationId: DEMO_STATION_ID,
      areas: ['南关社区', '民主西路社区'],
    },
    {
      _id: 'of-li',
      name: '李晓梅',
      badgeNo: '062302',
      phone: '13800000002',
      dutyHours: '工作日 9:00–18:00，周六上午',
      stationId: DEMO_STATION_ID,
      areas: ['张掖路社区'],
    },
    { _id: 'of-zhao', name: '赵立新', badgeNo: '062401', phone: '13800000003', dutyHours: '工作日 8:30–17:30', stationId: 'st-dongcheng', areas: ['东岗社区'] },
  ]
  await db.insertMany(
    'officers',
    officers.map((o) => ({ ...o, createdAt: now(), updatedAt: now() })),
  )
  await db.insertMany(
    'areas',
    officers.flatMap((o) => o.areas.map((area) => ({ _id: area, stationId: o.stationId, officerId: o._id, updatedAt: now() }))),
  )
  // 白塔山社区 has no officer at the moment: its plates show the station instead.
  await db.insertMany('areas', [{ _id: '白塔山社区', stationId: DEMO_STATION_ID, officerId: null, updatedAt: now() }])
  await db.upsert('staff', DEMO_ADMIN_OPENID, { role: 'admin', grantedBy: 'demo', grantedAt: now() })
  await db.upsert('staff', DEMO_OFFICER_OPENID, {
    role: 'officer',
    officerId: 'of-wang',
    stationId: DEMO_STATION_ID,
    grantedBy: 'demo',
    grantedAt: now(),
  })
}
