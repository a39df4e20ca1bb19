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

/** A section of articles or cases (反诈 tab, a type's page): each card opens its item. */
function ItemList<T extends { id: string }>({
  remote,
  emptyTitle,
  noun,
  row,
}: ItemListProps<T> & { noun: string; row: (item: T) => { label: string; title: string; text: string; url: string } }) {
  return (
    <PageState remote={remote} compact loadingText={`正在加载${noun}…`} emptyTitle={emptyTitle}>
      {({ items }) => (
        <View>
          {items.map((item) => {
            const { label, title, text, url } = row(item)
            return <FraudItemRow key={item.id} label={label} title={title} text={text} onClick={() => Taro.navigateTo({ url })} />
          })}
        </View>
      )}
    </PageState>
  )
}

export const ArticleList = (props: ItemListProps<ArticleSummary>) => (
  <ItemList
    {...props}
    noun="文章"
    row={(a) => ({ label: `文章 · ${fraudTypeLabel(a.type)}`, title: a.title, text: a.summary, url: fraudUrls.article(a.id) })}
  />
)

export const CaseList = (props: ItemListProps<CaseSummary>) => (
  <ItemList {...props} noun="案例" row={(c) => ({ label: `案例 · ${fraudTypeLabel(c.type)}`, title: c.title, text: c.excerpt, url: fraudUrls.case(c.id) })} />
)
