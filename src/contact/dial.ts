import Taro from '@tarojs/taro'

/** Opens the phone's dialler on a number; the person still confirms the call. */
export function dial(phoneNumber: string): void {
  // Rejects when the person backs out of the dialler: nothing to report.
  Taro.makePhoneCall({ phoneNumber }).catch(() => undefined)
}
