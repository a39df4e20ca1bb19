import { inChina } from '../_shared/china-time'
import { sendSubscribeMessage } from '../_shared/openapi/subscribe-message'

/**
 * Subscribe-message templates, chosen in the 公众平台 (订阅消息 → 我的模板) and set per environment;
 * the defaults name the template for the local outbox. Both use: 单号 character_string1, 状态 phrase2,
 * 说明 thing3, 时间 time4.
 */
export const TEMPLATES = {
  report: process.env.JMT_TEMPLATE_REPORT_STATUS ?? 'report-status',
  mediation: process.env.JMT_TEMPLATE_MEDIATION_STATUS ?? 'mediation-status',
}

/** WeChat truncates `thing` fields at 20 characters; better to cut cleanly ourselves. */
const thing = (text: string) => (text.length > 20 ? `${text.slice(0, 19)}…` : text)

export async function notifyStatus(kind: keyof typeof TEMPLATES, touser: string, ticketNo: string, statusLabel: string, note: string | undefined, at: Date) {
  const page = kind === 'report' ? `community/reports/mine?ticketNo=${ticketNo}` : `community/mediation/mine?ticketNo=${ticketNo}`
  try {
    await sendSubscribeMessage({
      touser,
      templateId: TEMPLATES[kind],
      page,
      data: {
        character_string1: { value: ticketNo },
        phrase2: { value: statusLabel },
        thing3: { value: thing(note ?? '请打开小程序查看详情') },
        time4: { value: inChina(at).format('YYYY-MM-DD HH:mm') },
      },
    })
  } catch (error) {
    // One-time subscriptions run out or were never granted: the change stands, the timeline shows it.
    console.warn(`[community] ${kind} notice for ${ticketNo} not sent`, error)
  }
}
