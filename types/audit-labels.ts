/**
 * What the audit log calls each function and each audited action, in the words of the console. One
 * table, read by the log page (its lines and its action filter); test/unit/audit-labels.test.ts checks
 * that every audited action of the contract has its label here.
 */
export const FUNCTION_LABELS: Record<string, string> = {
  org: '组织和权限',
  plates: '联系牌',
  visits: '流动警务室',
  fraud: '反诈内容',
  community: '社区',
  privacy: '个人数据',
  messages: '留言',
}

export const ACTION_LABELS: Record<string, string> = {
  'org.grantRole': '开通工作台',
  'org.createBindCode': '生成绑定码',
  'org.redeemBindCode': '输入绑定码开通工作台',
  'org.revokeRole': '撤销工作台权限',
  'org.createStation': '新增派出所',
  'org.updateStation': '修改派出所',
  'org.createOfficer': '新增民警',
  'org.updateOfficer': '修改民警信息',
  'org.deactivateOfficer': '停用民警',
  'org.reactivateOfficer': '恢复民警',
  'plates.create': '新建联系牌',
  'plates.createBatch': '批量生成联系牌',
  'plates.update': '修改联系牌',
  'plates.retire': '停用联系牌',
  'plates.retireMany': '批量停用联系牌',
  'plates.rebindMany': '批量改绑联系牌',
  'plates.exportBatch': '导出一批联系牌',
  'plates.exportStats': '导出扫码统计',
  'visits.createSession': '发布场次',
  'visits.updateSession': '修改场次',
  'visits.cancelSession': '取消场次',
  'visits.staffCancel': '替居民取消预约',
  'visits.roster': '查看预约名单',
  'visits.exportRoster': '导出预约名单',
  'visits.checkIn': '签到',
  'visits.markNoShows': '标记未到',
  'visits.bookFor': '代预约',
  'visits.answerRequest': '答复上门请求',
  'visits.outbox': '查看消息发送记录',
  'fraud.saveArticle': '保存反诈文章',
  'fraud.saveCase': '保存反诈案例',
  'fraud.saveQuestion': '保存反诈题目',
  'fraud.saveTip': '保存每日提示',
  'fraud.publish': '发布反诈内容',
  'fraud.archive': '下架反诈内容',
  'community.saveWatchPoint': '保存守望点',
  'community.retireWatchPoint': '撤下守望点',
  'community.saveNotice': '保存公告',
  'community.publishNotice': '发布公告',
  'community.archiveNotice': '下架公告',
  'community.saveGuide': '保存办事指南',
  'community.listReports': '查看举报线索',
  'community.acceptReport': '受理举报',
  'community.closeReport': '办结举报',
  'community.rejectReport': '不予受理举报',
  'community.listMediations': '查看调解申请',
  'community.acceptMediation': '受理调解',
  'community.scheduleMediation': '约定调解时间',
  'community.resolveMediation': '记录调解结果',
  'community.withdrawMediation': '撤回调解申请',
  'privacy.exportMyData': '居民导出自己的数据',
  'privacy.deleteMyData': '居民删除自己的数据',
  'privacy.auditLog': '查看审计日志',
  'messages.inbox': '查看留言',
  'messages.reply': '回复留言',
  'messages.close': '结束留言',
}

/** The label of `fn.action`, or the action's own name for one the table does not know yet. */
export function actionLabel(fn: string, action: string): string {
  return ACTION_LABELS[`${fn}.${action}`] ?? `${FUNCTION_LABELS[fn] ?? fn} · ${action}`
}
