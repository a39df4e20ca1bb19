/**
 * @tarojs/taro with some of its page hooks (useRouter, useDidShow, the share hooks) replaced, for a
 * test file's `jest.mock('@tarojs/taro', () => jest.requireActual<TaroHooks>('./taro-hooks').taroWith({ … }))`.
 * The hooks a page calls come from the runtime a build injects, which these tests do not load; the
 * rest of Taro is the real one, so spies on `Taro.showToast` and the like still reach what pages call.
 */
export function taroWith(hooks: Record<string, unknown>) {
  const actual = jest.requireActual('@tarojs/taro')
  return { ...actual, __esModule: true, default: actual.default, ...hooks }
}

export type TaroHooks = { taroWith: typeof taroWith }
