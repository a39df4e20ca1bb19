import type { LocalDatabase } from '../db'
import { DEMO_PLATE_CODE, DEMO_STATION_ID } from './people'

/** A demo resident (not a staff identity) whose 留言 the demo officer has answered, and one waiting. */
const DEMO_WRITER = 'demo-resident-liu'

const minutesAgo = (now: Date, minutes: number) => new Date(now.getTime() - minutes * 60_000)

export async function loadMessagesDemo(db: LocalDatabase) {
  const plate = (db.snapshot().plates as Record<string, unknown>[]).find((p) => p._id === DEMO_PLATE_CODE)
  const card = plate?.card as { officer: { officerId: string; name: string } | null; station: { name: string } } | undefined
  if (!plate || !card) return
  const now = new Date()
  const base = {
    plateCode: DEMO_PLATE_CODE,
    area: plate.area,
    stationId: DEMO_STATION_ID,
    stationName: card.station.name,
    officerId: card.officer?.officerId ?? null,
    ...(card.officer ? { officerName: card.officer.name } : {}),
  }
  const answered = [
    { from: 'resident', text: '王警官您好，3 号楼楼道里的电动车天天充电，晚上插线板拖到楼道，很担心起火。', at: minutesAgo(now, 60 * 26) },
    { from: 'staff', text: '收到，明天上午我和物业一起去看看，先提醒大家不要在楼道充电。', at: minutesAgo(now, 60 * 25), ...(card.officer ? { by: card.officer.name } : {}) },
  ]
  const waiting = [{ from: 'resident', text: '请问办居住证需要带哪些材料？周六警务室开门吗？', at: minutesAgo(now, 40) }]
  await db.insertMany('messageThreads', [
    {
      _id: 'LYDEMO0000000001',
      openid: DEMO_WRITER,
      ...base,
      status: 'open',
      openKey: plate.area,
      messages: answered,
      messageCount: answered.length,
      unreadByStaff: 0,
      unreadByResident: 1,
      lastText: answered[1].text,
      lastFrom: 'staff',
      lastAt: answered[1].at,
      createdAt: answered[0].at,
      updatedAt: answered[1].at,
    },
    {
      _id: 'LYDEMO0000000002',
      openid: `${DEMO_WRITER}-2`,
      ...base,
      status: 'open',
      openKey: plate.area,
      messages: waiting,
      messageCount: 1,
      unreadByStaff: 1,
      unreadByResident: 0,
      lastText: waiting[0].text,
      lastFrom: 'resident',
      lastAt: waiting[0].at,
      createdAt: waiting[0].at,
      updatedAt: waiting[0].at,
    },
  ])
}
