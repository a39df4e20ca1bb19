import { call } from '../../api'
import { useNoticeAsk } from '../../hooks/useNoticeAsk'

type Kind = 'report' | 'mediation'

/** The ask for progress notices of a report or a mediation request, made on the tap that sends it. */
export const useProgressUpdates = (kind: Kind) => useNoticeAsk(() => call('community', 'getStatusTemplates', {}).then((templates) => [templates[kind]]), [kind])
