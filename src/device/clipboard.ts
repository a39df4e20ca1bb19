import Taro from '@tarojs/taro'
import { privacyConsent } from '../privacy/authorization'

/**
 * Copies text and says so in a toast. The clipboard is a privacy API: the notice comes first on first
 * use. `done` is the toast after a copy, `otherwise` the words when nothing was copied.
 */
export async function copyText(data: string, toast: { done: string; otherwise: string }): Promise<boolean> {
  const copied =
    (await privacyConsent()) &&
    (await Taro.setClipboardData({ data }).then(
      () => true,
      () => false,
    ))
  // WeChat's success icon leaves room for 7 characters; longer words go without it.
  await Taro.showToast({ title: copied ? toast.done : toast.otherwise, icon: copied && toast.done.length <= 7 ? 'success' : 'none' })
  return copied
}
