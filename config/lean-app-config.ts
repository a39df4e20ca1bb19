import type { Compiler } from 'webpack'

/** Taro's loaders for the app entry and for the pages of an independent subpackage, with the option that holds the app config. */
const CONFIG_OPTION: Record<string, 'config' | 'appConfig'> = {
  '@tarojs/taro-loader': 'config',
  '@tarojs/taro-loader/lib/independentPage': 'appConfig',
}

/** The part of the app config that Taro's mini-program runtime reads: createReactApp's root id. */
export function runtimeAppConfig(config: Record<string, unknown>): Record<string, unknown> {
  return 'appId' in config ? { appId: config.appId } : {}
}

interface LoaderItem {
  loader: string
  options?: unknown
}

/**
 * Taro writes the whole app config (every page of every subpackage, the tab bar, the window) into the
 * weapp's app.js, and again into each page of an independent subpackage, as `window.__taroAppConfig`
 * and the argument of createReactApp. Only the H5 router reads `__taroAppConfig`; on a mini-program the
 * runtime reads `appId` alone, and WeChat takes pages, subpackages and tab bar from app.json, which
 * Taro writes from the same config untouched. So the script gets only what its runtime reads: about
 * 2 KB less in the main package and in every page of the plate package.
 */
export class LeanAppConfigPlugin {
  apply(compiler: Compiler) {
    compiler.hooks.compilation.tap('LeanAppConfigPlugin', (compilation) => {
      // After Taro's MiniPlugin, which adds its loaders in this same hook.
      compiler.webpack.NormalModule.getCompilationHooks(compilation).loader.tap({ name: 'LeanAppConfigPlugin', stage: 100 }, (_context, module) => {
        for (const item of module.loaders as LoaderItem[]) {
          const option = CONFIG_OPTION[item.loader]
          const options = item.options as Record<string, unknown> | undefined
          if (!option || !options?.[option]) continue
          item.options = { ...options, [option]: runtimeAppConfig(options[option] as Record<string, unknown>) }
        }
      })
    })
  }
}
