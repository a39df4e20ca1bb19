import { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { queryOf, type ShareCard } from '../device/share'

/**
 * The mini-program's share card for this page: 转发 (the menu and any ShareButton on the page) and,
 * where the page's config sets `enableShareTimeline`, 分享到朋友圈. `card` gets the `shareId` of the
 * ShareButton that was tapped, so one page can share different things (the tab and today's tip).
 * 分享到朋友圈 opens the same page (its query only) in WeChat's 单页模式, so only content pages enable it.
 */
export function useShareCard(card: (shareId?: string) => ShareCard): void {
  useShareAppMessage((res) => {
    const shareId = res?.from === 'button' ? (res.target as { dataset?: { share?: string } } | undefined)?.dataset?.share : undefined
    const { title, path } = card(shareId)
    return { title, path }
  })
  useShareTimeline(() => {
    const { title, path } = card()
    return { title, query: queryOf(path) }
  })
}
