import { call } from '../api'
import { useNoticeAsk } from '../hooks/useNoticeAsk'

/** The ask for a notice of the officer's answer, made on the tap that sends a message. */
export const useReplyNotice = () => useNoticeAsk(() => call('messages', 'templates', {}).then(({ reply }) => [reply]))
