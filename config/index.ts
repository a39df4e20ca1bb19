import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { existsSync } from 'node:fs'
import path from 'node:path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import { ConstantTokensPlugin } from './constant-tokens'
import { LeanAppConfigPlugin } from './lean-app-config'
import { PrecompressPlugin } from './precompress'
import prodConfig from './prod'
import { SourceStampPlugin } from './source-stamp'

/**
 * Build configuration for both targets: `taro build --type weapp` writes dist/weapp (the
 * miniprogramRoot of project.config.json), `--type h5` writes dist/h5 (served by the local cloud).
 */
// types/ (the contract shared with the cloud functions) lives outside src/ and must be compiled too.
const contractDir = path.resolve(__dirname, '..', 'types')
const tabIconDir = path.resolve(__dirname, '..', 'src', 'assets', 'tab')

export default defineConfig<'webpack5'>(async (merge) => {
  const env = process.env
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'jingmintong',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${env.TARO_ENV}`,
    plugins: [],
    // Values inlined at build time; declared for TypeScript in src/global.d.ts.
    defineConstants: {
      // Empty means the environment the mini-program is running in (cloud.DYNAMIC_CURRENT_ENV).
      CLOUD_ENV: JSON.stringify(env.TARO_APP_CLOUD_ENV ?? ''),
      // Prefix of the local cloud's HTTP API for the H5 build; empty means the page's own origin.
      API_BASE: JSON.stringify(env.TARO_APP_API_BASE ?? ''),
      // The district's public police number, offered when a plate cannot say who the officer is. Per
      // deployment (deploy config `district`, passed in by scripts/deploy); the default is the demo's.
      DISTRICT_PHONE: JSON.stringify(env.TARO_APP_DISTRICT_PHONE ?? '0000-6110000'),
      DISTRICT_PHONE_NAME: JSON.stringify(env.TARO_APP_DISTRICT_PHONE_NAME ?? '城关公安分局值班电话'),
    },
    // The weapp's custom tab bar draws the tab icons, which app.json no longer names (src/app.config.ts), so
    // Taro does not copy them by itself. (The size bench's hello world builds with this config and has none.)
    copy: { patterns: env.TARO_ENV === 'weapp' && existsSync(tabIconDir) ? [{ from: 'src/assets/tab/', to: 'dist/weapp/assets/tab/' }] : [], options: {} },
    // Chinese text as UTF-8 instead of \uXXXX escapes: half the bytes for every character of our mostly
    // Chinese strings (Taro escapes by default). WeChat reads package files as UTF-8, as it does wxml.
    terser: { enable: true, config: { output: { ascii_only: false } } },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile: { include: [contractDir] },
      // Component stylesheets are independent of each other, so their order across pages does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Taro writes webpack's own code (module wrappers, export getters, chunk loading) as ES5, while our
        // code, compiled for package.json's browserslist, already ships arrow functions, const, destructuring
        // and optional chaining: the same syntax there makes every package smaller (the main package ~7 KB).
        chain.output.set('environment', { arrowFunction: true, const: true, destructuring: true, forOf: true, templateLiteral: true, optionalChaining: true })
        chain.plugin('constant-tokens').use(ConstantTokensPlugin)
        chain.plugin('lean-app-config').use(LeanAppConfigPlugin)
        // The shortest module, chunk and export names webpack can give (its production defaults are ids stable
        // across builds, for browser caches a mini-program package does not have): ~2 KB off the main package.
        chain.optimization.merge({ moduleIds: 'size', chunkIds: 'size', mangleExports: 'size' })
      },
    },
    h5: {
      compile: { include: [contractDir] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false, config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' } },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        chain.plugin('precompress').use(PrecompressPlugin)
        chain.plugin('source-stamp').use(SourceStampPlugin)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
