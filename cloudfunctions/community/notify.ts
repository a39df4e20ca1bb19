import { messagePage } from '../../types/routes'
import { chinaClock } from '../_shared/china-time'
import { sendSubscribeMessage } from '../_shared/openapi/subscribe-message'
import { asThing } from '../_shared/openapi/subscribe-rules'

/**
 * Subscribe-message templates, chosen in the 公众平台 (订阅消息 → 我的模板) and set per environment;
 * the defaults name the template for the local outbox. Both use: 单号 character_string1, 状态 phrase2,
 * 说明 thing3, 时间 time4.
 */
export const TEMPLATES = {
  report: process.env.JMT_TEMPLATE_REPORT_STATUS ?? 'report-status',
  mediation: process.env.JMT_TEMPLATE_MEDIATION_STATUS ?? 'mediation-status',
}

/**
 * Tells the sender a step of their report or mediation. Best effort (sendSubscribeMessage never
 * throws): one-time subscriptions run out or were never granted, and the change stands either way;
 * the timeline shows it. Only the station's staff see the attempt in the outbox.
 */
export async function notifyStatus(
  kind: keyof typeof TEMPLATES,
  touser: string,
  ticketNo: string,
  statusLabel: string,
  note: string | undefined,
  at: Date,
  stationId: string,
): Promise<void> {
  const page = kind === 'report' ? messagePage('community/reports/mine', { ticketNo }) : messagePage('community/mediation/mine', { ticketNo })
  await sendSubscribeMessage(
    {
      touser,
      templateId: TEMPLATES[kind],
      page,
      data: {
        character_string1: { value: ticketNo },
        phrase2: { value: statusLabel },
        thing3: { value: asThing(note ?? '请打开小程序查看详情') },
        time4: { value: chinaClock(at).format('YYYY-MM-DD HH:mm') },
      },
    },
    { stationId },
  )
}
