import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { GUIDE_CATEGORIES } from '@/types/community-words'
import { call } from '../../api'
import EntryRow from '../../components/EntryRow'
import Page from '../../components/Page'
import PageState from '../../components/PageState'
import { communityUrls } from '../../components/ReportLinks/urls'
import { useRemote } from '../../hooks/useRemote'
import '@/styles/form.css'
import '../pages.css'

type Category = (typeof GUIDE_CATEGORIES)[number]

/** 办事指南: what to bring and where to go, by kind of matter. */
export default function GuidesPage() {
  const [category, setCategory] = useState<Category | null>(null)
  const guides = useRemote(() => call('community', 'listGuides', { ...(category ? { category } : {}), limit: 50 }), [category])
  return (
    <Page>
      <Text className="jmt-secondary community-lead">去派出所办事前，先看看要带什么、怎么办，少跑一趟。</Text>
      <View className="jmt-chips community-filter" role="radiogroup" aria-label="指南类别">
        {[null, ...GUIDE_CATEGORIES].map((c) => (
          <View
            key={c ?? 'all'}
            role="radio"
            aria-checked={c === category}
            className={c === category ? 'jmt-chip jmt-chip--on' : 'jmt-chip'}
            onClick={() => setCategory(c)}
          >
            <Text>{c ?? '全部'}</Text>
          </View>
        ))}
      </View>
      <PageState remote={guides} loadingText="正在读取指南…" emptyTitle="这一类还没有指南">
        {({ items }) => (
          <View>
            {items.map((g) => (
              <EntryRow key={g.id} title={g.title} hint={g.purpose} url={communityUrls.guide(g.id)} />
            ))}
          </View>
        )}
      </PageState>
    </Page>
  )
}
