import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Page } from '@/types/common'
import type { ArticleSummary, CaseSummary } from '@/types/fraud'
import FraudItemRow from '../components/FraudItemRow'
import PageState from '../components/PageState'
import type { Remote } from '../hooks/useRemote'
import { fraudTypeLabel } from './kinds'
import { fraudUrls } from './urls'

interface ItemListProps<T> {
  remote: Remote<Page<T>>
  /** Said when there is none, e.g. 这一类还没有文章. */
  emptyTitle: string
}

/** Articles as a section of a page (反诈 tab, a type's list): each card opens the article. */
export function ArticleList({ remote, emptyTitle }: ItemListProps<ArticleSummary>) {
  return (
    <PageState remote={remote} compact loadingText="正在加载文章…" emptyTitle={emptyTitle}>
      {({ items }) => (
        <View>
          {items.map((a) => (
            <FraudItemRow
              key={a.id}
              label={`文章 · ${fraudTypeLabel(a.type)}`}
              title={a.title}
              text={a.summary}
              onClick={() => Taro.navigateTo({ url: fraudUrls.article(a.id) })}
            />
          ))}
        </View>
      )}
    </PageState>
  )
}

/** Cases as a section of a page: each card opens the case. */
export function CaseList({ remote, emptyTitle }: ItemListProps<CaseSummary>) {
  return (
    <PageState remote={remote} compact loadingText="正在加载案例…" emptyTitle={emptyTitle}>
      {({ items }) => (
        <View>
          {items.map((c) => (
            <FraudItemRow
              key={c.id}
              label={`案例 · ${fraudTypeLabel(c.type)}`}
              title={c.title}
              text={c.excerpt}
              onClick={() => Taro.navigateTo({ url: fraudUrls.case(c.id) })}
            />
          ))}
        </View>
      )}
    </PageState>
  )
}
