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

/** Called once at launch (app.ts). */
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
