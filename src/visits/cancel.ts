import Taro from '@tarojs/taro'
import { call } from '../api'
import { toApiError } from '../api/errors'

export const CANCEL_CONFIRM_TITLE = '取消这个预约？'

/**
 * Cancels one of the caller's bookings after a confirmation. Answers true when it was cancelled;
 * a refusal (the session has started) is shown in a dialog.
 */
export async function confirmAndCancel(bookingId: string): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title: CANCEL_CONFIRM_TITLE,
    content: '取消后名额会让给其他人。',
    confirmText: '取消预约',
    cancelText: '不取消',
    confirmColor: '#c3161c',
  })
  if (!confirm) return false
  try {
    await call('visits', 'cancel', { bookingId })
  } catch (error) {
    const refusal = toApiError(error)
    await Taro.showModal({
      title: '没能取消',
      content: refusal.code === 'CLOSED' ? '这一场已经开始，不能再取消。' : refusal.message,
      showCancel: false,
      confirmText: '知道了',
    })
    return false
  }
  Taro.showToast({ title: '已取消预约', icon: 'success' })
  return true
}
