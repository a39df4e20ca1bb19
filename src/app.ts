// First: a page opened at a plate link starts on the plate page (H5).
import './plate/open-from-link'
import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './api'
import { listenForPrivacyAuthorization } from './privacy/authorization'
import { markLargeTextOnDocument } from './settings/largeTextDocument'
import './styles/app-wide.css'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
    // WeChat asks for consent before the first privacy API; components/PrivacyPopup shows the request.
    listenForPrivacyAuthorization()
    // The weapp's tab bar is told by the pages (hooks/useTabBarSync); Taro's H5 tab bar follows <html>.
    if (process.env.TARO_ENV === 'h5') markLargeTextOnDocument()
  })
  // children are the pages; each page root applies the app-wide settings (components/Page).
  return children
}

export default App
