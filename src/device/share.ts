import type { PageUrl } from '../../types/page-url'
import { copyText } from './clipboard'

/** What a share says and where it leads: the same card in the mini-program and on the web. */
export interface ShareCard {
  title: string
  /** The page the share opens, from the route table. */
  path: PageUrl
  /** A longer line for the web's share sheet (e.g. the tip itself); the title when absent. */
  text?: string
}

/** The address of an app page in the H5 build, which routes by hash. */
export function webLink(path: PageUrl): string {
  return `${window.location.origin}${window.location.pathname}#${path}`
}

/**
 * Shares a page from the H5 build: the phone's own share sheet (Web Share API) where the browser has
 * one, else the title and link copied, to paste into a chat. A share the person closes is not an error.
 */
export async function shareOnWeb(card: ShareCard): Promise<void> {
  const url = webLink(card.path)
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: card.title, text: card.text ?? card.title, url })
      return
    } catch (error) {
      if ((error as { name?: string })?.name === 'AbortError') return
      // Refused (not allowed here, nothing to share with): copying still works.
    }
  }
  await copyText(`${card.text ?? card.title}\n${url}`, { done: '链接已复制', otherwise: '没能复制链接，请再试一次' })
}

/** The query of a page URL, as 分享到朋友圈 takes it (the page itself cannot change there). */
export function queryOf(path: PageUrl): string {
  const at = path.indexOf('?')
  return at < 0 ? '' : path.slice(at + 1)
}
