import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import ActionButton from '../components/ActionButton'
import FraudCallBar from '../components/FraudCallBar'
import Page from '../components/Page'
import PageState from '../components/PageState'
import type { ShareCard } from '../device/share'
import type { Remote } from '../hooks/useRemote'
import { fraudUrls } from './urls'
import './reading.css'

interface ReadingPageProps<T> {
  remote: Remote<T>
  /** What is being opened, in the page's states: 正在打开文章…, 没有找到这篇文章, 这篇文章找不到了. */
  words: { loading: string; empty: string; notFound: string }
  /** The page's share card (the page itself registers it with useShareCard). */
  card: () => ShareCard
  children: (item: T) => ReactNode
  /** Where to read on from this item. */
  next: (item: T) => { text: string; url: string }
}

/** An article's or a case's page: the reading, 96110 and 110 under it, where to read on, and back to 反诈. */
export default function ReadingPage<T>({ remote, words, card, children, next }: ReadingPageProps<T>) {
  return (
    <Page>
      <PageState remote={remote} loadingText={words.loading} emptyTitle={words.empty} errorTitles={{ NOT_FOUND: words.notFound }}>
        {(item) => (
          <View>
            {children(item)}
            <FraudCallBar share={card()} />
            <View className="fraud-read__more">
              <ActionButton tone="quiet" onClick={() => Taro.navigateTo({ url: next(item).url })}>
                {next(item).text}
              </ActionButton>
            </View>
          </View>
        )}
      </PageState>
      <View className="fraud-read__more">
        <ActionButton tone="secondary" onClick={() => Taro.switchTab({ url: fraudUrls.tab })}>
          更多防骗知识
        </ActionButton>
      </View>
    </Page>
  )
}
