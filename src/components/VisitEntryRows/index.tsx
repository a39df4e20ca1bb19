import { visitUrls } from '../VisitWords/urls'
import EntryRow from '../EntryRow'

/** The ways into one's own 流动警务室 business, the same on the 流动警务室 tab and on 我的. */
export default function VisitEntryRows() {
  return (
    <>
      <EntryRow title="我的预约" hint="排队号、签到码，也可以取消" url={visitUrls.mine} />
      <EntryRow title="相约上门" hint="请民警到小区、市场来，或附议邻居的请求" url={visitUrls.requests} />
    </>
  )
}
