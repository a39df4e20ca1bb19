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
  type DemoMessage = { from: 'resident' | 'staff'; text: string; at: Date; by?: string }
  // The thread's summary fields follow from its messages, as the messages function keeps them.
  const thread = (_id: string, openid: string, messages: DemoMessage[]) => {
    const [first] = messages
    const last = messages.at(-1)
    if (!first || !last) throw new Error(`demo thread ${_id} has no messages`)
    // The last writer's run of messages is what the other side has not read yet.
    const trailing = messages.length - 1 - messages.map((m) => m.from).lastIndexOf(last.from === 'staff' ? 'resident' : 'staff')
    return {
      _id,
      openid,
      ...base,
      status: 'open',
      openKey: plate.area,
      messages,
      messageCount: messages.length,
      unreadByStaff: last.from === 'resident' ? trailing : 0,
      unreadByResident: last.from === 'staff' ? trailing : 0,
      lastText: last.text,
      lastFrom: last.from,
      lastAt: last.at,
      createdAt: first.at,
      updatedAt: last.at,
    }
  }
  const answered: DemoMessage[] = [
    { from: 'resident', text: '王警官您好，3 号楼楼道里的电动车天天充电，晚上插线板拖到楼道，很担心起火。', at: minutesAgo(now, 60 * 26) },
    {
      from: 'staff',
      text: '收到，明天上午我和物业一起去看看，先提醒大家不要在楼道充电。',
      at: minutesAgo(now, 60 * 25),
      ...(card.officer ? { by: card.officer.name } : {}),
    },
  ]
  const waiting: DemoMessage[] = [{ from: 'resident', text: '请问办居住证需要带哪些材料？周六警务室开门吗？', at: minutesAgo(now, 40) }]
  await db.insertMany('messageThreads', [thread('LYDEMO0000000001', DEMO_WRITER, answered), thread('LYDEMO0000000002', `${DEMO_WRITER}-2`, waiting)])
}
