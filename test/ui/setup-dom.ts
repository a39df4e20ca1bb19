import '@testing-library/jest-dom'
import { configure } from '@testing-library/react'
import * as taroH5 from '@tarojs/taro-h5'

/**
 * In the H5 build, babel-plugin-transform-taroapi turns `Taro.makePhoneCall(...)` into a named import
 * from @tarojs/taro-h5. Under jest there is no such rewrite, so the default export gets the named APIs.
 */
const taro = (taroH5 as unknown as { default: Record<string, unknown> }).default
for (const [name, value] of Object.entries(taroH5)) {
  if (name !== 'default' && !(name in taro)) taro[name] = value
}

/**
 * findBy…/waitFor wait for what the page shows once its calls have answered. The default second is
 * shorter than a busy 2-core machine sometimes takes to render a reloaded page (seen as a page still
 * loading when the second ran out); five seconds only ever delays a test that fails anyway.
 */
configure({ asyncUtilTimeout: 5000 })

/**
 * Taro's page lifecycle hooks (useDidShow, the share hooks) come from the React runtime the build injects into
 * @tarojs/taro, which these tests do not load: a component gets a hook that never fires, as on a page
 * that is shown once. A test that needs it to fire mocks @tarojs/taro itself.
 */
const taroModule = taroH5 as unknown as Record<string, unknown>
for (const hook of ['useDidShow', 'useShareAppMessage', 'useShareTimeline']) if (!(hook in taroModule)) taroModule[hook] = () => undefined
