/**
 * Where 大字模式 is remembered. Taro storage on weapp is wx storage under the same key, so the native
 * tab bar (src/custom-tab-bar) reads the setting the pages write without going through Taro.
 */
export const LARGE_TEXT_KEY = 'jmt.largeText'
