import { View } from '@tarojs/components'
import { call } from '../../api'
import PageState from '../../components/PageState'
import ListRow from '../components/ListRow'
import LoadMore from '../components/LoadMore'
import StaffPage from '../components/StaffPage'
import { usePagedList } from '../hooks/usePagedList'
import { describeAuditEntry } from './labels'

/** 审计日志 (admins): every staff change and every export or deletion of personal data, newest first. */
export default function AuditLogPage() {
  const list = usePagedList((cursor) => call('privacy', 'auditLog', { limit: 30, ...(cursor ? { cursor } : {}) }), [])
  return (
    <StaffPage title='审计日志'>
      <PageState
        remote={list.remote}
        loadingText='正在读取审计日志…'
        emptyTitle='还没有记录'
        emptyHint='民警和管理员的修改、居民导出或删除数据，都会记在这里。'
        errorTitles={{ FORBIDDEN: '只有管理员可以查看审计日志' }}
      >
        {({ items, nextCursor }) => (
          <>
            <View className='jmt-card'>
              {items.map((entry) => {
                const { title, lines } = describeAuditEntry(entry)
                return <ListRow key={entry.id} title={title} lines={lines} />
              })}
            </View>
            <LoadMore hasMore={Boolean(nextCursor)} loading={list.loadingMore} error={list.moreError} onLoadMore={list.loadMore} />
          </>
        )}
      </PageState>
    </StaffPage>
  )
}
