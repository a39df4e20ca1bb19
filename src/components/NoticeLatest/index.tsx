import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { call } from '../../api'
import { useRemote } from '../../hooks/useRemote'
import NoticeRow from '../NoticeRow'
import PageState from '../PageState'
import { communityUrls } from '../ReportLinks/urls'
import './index.css'

interface NoticeLatestProps {
  /** A community, e.g. the plate's area: its notices and those for the whole station. */
  area?: string
  stationId?: string
  limit?: number
}

/** The latest notices, pinned first, with a link to all of them: on the home tab and the plate card. */
export default function NoticeLatest({ area, stationId, limit = 3 }: NoticeLatestProps) {
  const notices = useRemote(
    () => call('community', 'listNotices', { ...(area ? { area } : {}), ...(stationId ? { stationId } : {}), limit }),
    [area, stationId, limit],
  )
  return (
    <View className="notice-latest">
      <PageState remote={notices} compact loadingText="正在读取公告…" emptyTitle="暂时没有公告">
        {({ items, nextCursor }) => (
          <View>
            {items.map((n) => (
              <NoticeRow key={n.id} notice={n} />
            ))}
            {nextCursor ? (
              <Text className="jmt-label notice-latest__all" onClick={() => Taro.navigateTo({ url: communityUrls.notices({ area, stationId }) })}>
                查看全部公告 ›
              </Text>
            ) : null}
          </View>
        )}
      </PageState>
    </View>
  )
}
