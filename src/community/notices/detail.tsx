import { Text, View } from '@tarojs/components'
import { NOTICE_KIND_LABELS } from '@/types/community-words'
import { call } from '../../api'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { useRemote } from '../../hooks/useRemote'
import { chinaDayLabel } from '../../time/china'
import { useParam } from '@/hooks/useParam'
import '../pages.css'

export default function NoticeDetailPage() {
  const id = useParam('id') ?? ''
  const notice = useRemote(() => call('community', 'getNotice', { id }), [id], { isEmpty: () => false })
  return (
    <Page>
      <PageState remote={notice} loadingText="正在打开公告…" emptyTitle="没有找到这条公告" errorTitles={{ NOT_FOUND: '这条公告已经下架或不存在' }}>
        {(n) => (
          <View className="jmt-card">
            <Text className="jmt-hero community-detail__title">{n.title}</Text>
            <Text className="jmt-hint community-detail__meta">
              {[NOTICE_KIND_LABELS[n.kind], n.area ?? '', n.publishedAt ? (chinaDayLabel(n.publishedAt) ?? '') : ''].filter(Boolean).join(' · ')}
            </Text>
            <Text className="jmt-text community-detail__body">{n.body}</Text>
          </View>
        )}
      </PageState>
    </Page>
  )
}
