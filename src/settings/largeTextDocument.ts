import { isLargeText, subscribeLargeText } from './largeText'

/** The class on <html> that app.css keys Taro's H5 tab bar sizes on. */
export const LARGE_TEXT_DOCUMENT_CLASS = 'jmt-large-text'

/**
 * H5: Taro draws its tab bar outside every page root, where the page's `jmt-page--large` cannot reach,
 * so 大字模式 is also marked on the document element, now and on every change.
 */
export function markLargeTextOnDocument(): () => void {
  const apply = () => {
    document.documentElement.classList.toggle(LARGE_TEXT_DOCUMENT_CLASS, isLargeText())
  }
  apply()
  return subscribeLargeText(apply)
}
