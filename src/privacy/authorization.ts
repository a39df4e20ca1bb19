import Taro from '@tarojs/taro'

/**
 * WeChat's privacy flow (用户隐私保护指引): before the first use of a privacy API (location, camera,
 * clipboard, album …) the platform asks the mini-program to show its own popup, and the API waits
 * until the user agrees or declines. This module holds that pending request; PrivacyPopup (on every
 * page, through components/Page) shows it. H5 has no such flow: nothing is ever pending there.
 */
type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

let pending: Resolve | undefined
const listeners = new Set<(open: boolean) => void>()
let listening = false

/** The id of the popup's 同意 button: WeChat checks that the agreement came from a tap on it. */
export const AGREE_BUTTON_ID = 'jmt-privacy-agree'

function notify() {
  for (const listener of listeners) listener(pending !== undefined)
}

/** Called at launch (app.ts, and plate/independent-start for pages that run without it); listens once. */
export function listenForPrivacyAuthorization(): void {
  if (listening || process.env.TARO_ENV !== 'weapp' || typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  listening = true
  Taro.onNeedPrivacyAuthorization((resolve) => requestPrivacyAuthorization(resolve as Resolve))
}

/** A privacy API is waiting: show the popup (and tell WeChat it was shown). */
export function requestPrivacyAuthorization(resolve: Resolve): void {
  // A second request while one is open replaces it: the first API then fails, as if declined.
  pending?.({ event: 'disagree' })
  pending = resolve
  resolve({ event: 'exposureAuthorization' })
  notify()
}

export function answerPrivacyAuthorization(agreed: boolean): void {
  const resolve = pending
  pending = undefined
  resolve?.(agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' })
  notify()
}

export function isPrivacyRequestOpen(): boolean {
  return pending !== undefined
}

export function onPrivacyRequest(listener: (open: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Where the H5 build remembers that the person agreed (the mini-program's agreement WeChat keeps). */
export const H5_PRIVACY_AGREED_KEY = 'jmt.privacy.agreed'

/**
 * Call before the first use of a privacy API (location, clipboard). In the mini-program WeChat asks by
 * itself (onNeedPrivacyAuthorization → PrivacyPopup) and this answers true at once. A browser has no
 * such flow, so the H5 build shows the same 用户隐私保护提示 before the first use and remembers 同意;
 * a 不同意 answers false and is asked again next time.
 */
export function privacyConsent(): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp') return Promise.resolve(true)
  if (Taro.getStorageSync(H5_PRIVACY_AGREED_KEY) === true) return Promise.resolve(true)
  return new Promise((resolve) =>
    requestPrivacyAuthorization((answer) => {
      if (answer.event === 'exposureAuthorization') return
      if (answer.event === 'agree') Taro.setStorageSync(H5_PRIVACY_AGREED_KEY, true)
      resolve(answer.event === 'agree')
    }),
  )
}
