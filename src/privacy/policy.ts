import { RETENTION_DAYS } from '../../types/retention'

/**
 * What the 隐私说明 page says: each kind of personal information, why it is asked, how long it is
 * kept and who sees it. docs/PRIVACY.md says the same for developers; keep the two in step.
 */
export interface PolicyItem {
  what: string
  why: string
  kept: string
  seenBy: string
}

export const POLICY_ITEMS: PolicyItem[] = [
  {
    what: '微信身份标识（OpenID）',
    why: '认出是您本人，让您看到自己的预约、举报和测验记录；不用于别的用途',
    kept: '账号使用期间；您删除数据后，留存的记录不再与您关联',
    seenBy: '只有系统使用，民警和其他居民都看不到',
  },
  {
    what: '预约时填写的姓名和手机号',
    why: '民警在流动警务室现场核对到场的人，必要时联系您',
    kept: `这一场结束后 ${RETENTION_DAYS.booking} 天自动删除`,
    seenBy: '只有这一场所属派出所的民警，用于当天的签到名单',
  },
  {
    what: '举报线索和调解申请里的联系电话、对方称呼',
    why: '民警核实线索、约定调解时间',
    kept: `办结后 ${RETENTION_DAYS.closedCase} 天删除联系方式，案件记录按规定留存但不再包含您的联系方式`,
    seenBy: '受理的派出所民警；匿名举报不留电话，民警看不到是谁提交的',
  },
  {
    what: '位置（只在您点“使用当前位置”时）',
    why: '找附近的流动警务室和平安守望点、标出线索发生的地点',
    kept: '查找附近时不保存；随举报提交的位置按举报记录保存',
    seenBy: '随举报提交时，受理的派出所民警',
  },
  {
    what: '反诈测验的答题记录和错题',
    why: '给您讲解错题、记录学习进度',
    kept: '直到您删除',
    seenBy: '只有您自己',
  },
]

export const NOT_COLLECTED = '我们不收集身份证号、通讯录、相册内容，也不会把您的信息提供给派出所以外的任何人。'

export const RIGHTS = [
  '在“我的 → 我的数据”里，可以随时导出我们保存的关于您的全部信息。',
  '也可以删除：姓名、电话等个人信息会被清除；警方依法需要留存的记录（如已办结的举报）只做匿名化处理，不再与您关联。',
  '手机号在页面上只显示为 138****1234 的样子；只有当场办理业务的民警能看到完整号码。',
  '民警和管理员的每一次修改、每一次数据导出，都记录在审计日志里，可以追查。',
]
