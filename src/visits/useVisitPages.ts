import { call } from '../api'
import { useRemote } from '../hooks/useRemote'
import { useReloadOnShow } from '@/hooks/useReloadOnShow'
import { useParam } from '@/hooks/useParam'

const always = () => false

/** The session a page was opened for (`?sessionId=`), fresh whenever the page comes back into view. */
export function useVisitSession() {
  const sessionId = useParam('sessionId') ?? ''
  const remote = useRemote(() => call('visits', 'getSession', { sessionId }), [sessionId], { isEmpty: always })
  useReloadOnShow(remote.retry)
  return remote
}

/** One of the caller's bookings (`?bookingId=`). */
export function useMyBooking() {
  const bookingId = useParam('bookingId') ?? ''
  const remote = useRemote(() => call('visits', 'getBooking', { bookingId }), [bookingId], { isEmpty: always })
  useReloadOnShow(remote.retry)
  return remote
}
