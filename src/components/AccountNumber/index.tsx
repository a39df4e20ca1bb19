import { copyText } from '../../device/clipboard'
import EntryRow from '../EntryRow'

/**
 * The person's account number (their OPENID) is what an admin needs to open the console for them. It
 * means nothing to anyone else, so it is never shown: one tap copies it to send to the admin.
 */
export default function AccountNumber({ openid }: { openid: string }) {
  const copy = () => copyText(openid, { done: '已复制', otherwise: '没能复制，请再试一次' })
  return <EntryRow title="复制我的账号编号" hint="开通民警工作台时，发给所里的管理员" onClick={() => void copy()} />
}
