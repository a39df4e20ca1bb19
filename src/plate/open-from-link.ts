import { PLATE_LINK_PATH } from '../../types/plate-page'
import { plateUrl } from './navigation'

/**
 * H5 only, before the router starts (app.ts imports this first): a page opened at a plate link
 * `/p/<code>` (the local cloud answers it with the app and the card inlined) moves to the plate page's
 * own route, so the app starts there instead of on the home tab.
 */
if (process.env.TARO_ENV === 'h5' && typeof window !== 'undefined') {
  const linked = PLATE_LINK_PATH.exec(window.location.pathname)?.[1]
  if (linked !== undefined && !window.location.hash) {
    let code = linked
    try {
      code = decodeURIComponent(code)
    } catch {
      // A malformed escape: the plate page shows the code as typed and says what is wrong.
    }
    window.history.replaceState(null, '', `/#${plateUrl(code)}`)
  }
}
