import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { initCloud } from './api'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    initCloud()
  })
  // children are the pages; each page root applies the app-wide settings (components/Page).
  return children
}

export default App
