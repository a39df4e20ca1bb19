import { Text } from '@tarojs/components'
import NoticeRow from '../../components/NoticeRow'
import Page from '../../components/Page'
import { call } from '../../api'
import PagedList from '../../components/PagedList'
import { usePaged } from '../../hooks/usePaged'
import { useParam } from '@/hooks/useParam'
import '../pages.css'

/** 社区公告 and 警务动态, pinned first, newest next; of one community when opened from its plate. */
export default function NoticesPage() {
  const area = useParam('area')
  const stationId = useParam('stationId')
  const paged = usePaged(
    (cursor) => call('community', 'listNotices', { ...(area ? { area } : {}), ...(stationId ? { stationId } : {}), limit: 10, cursor }),
    [area, stationId],
  )
  return (
    <Page>
      {area ? <Text className="jmt-secondary community-lead">{`${area}的公告，以及派出所发给所有社区的公告。`}</Text> : null}
      <PagedList paged={paged} loadingText="正在读取公告…" emptyTitle="暂时没有公告">
        {(n) => <NoticeRow key={n.id} notice={n} />}
      </PagedList>
    </Page>
  )
}
