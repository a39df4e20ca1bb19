import Taro from '@tarojs/taro'

/**
 * Asks WeChat for one subscribe message of `templateId`. Must be started inside the tap handler,
 * before anything is awaited: WeChat shows the dialog only in answer to a tap. Answers whether the
 * person accepted. H5 has no subscribe messages (Taro answers "not supported"): there the switch
 * itself is the consent, and the local cloud's outbox shows what would have been sent.
 */
export function askForReminder(templateId: string): Promise<boolean> {
  return Taro.requestSubscribeMessage({ tmplIds: [templateId] } as Taro.requestSubscribeMessage.Option).then(
    (result) => {
      const answer = (result as unknown as Record<string, unknown>)[templateId]
      if (answer === undefined && process.env.TARO_ENV === 'h5') return true
      return answer === 'accept'
    },
    // Declined in the dialog, or the template is not configured: book without a reminder.
    () => false,
  )
}
