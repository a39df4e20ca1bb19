import { visits } from '../../types/visits'
import { createFunction, withCaller, withOpenid } from '../_shared/router'
import { book, bookFor, cancel, getBooking, myBookings } from './bookings'
import { checkIn, exportRoster, markNoShows, roster, staffCancel } from './desk'
import { sendDueReminders, templateIds } from './notify'
import { outbox } from './outbox'
import { recountSeats } from './seat-recount'
import { answerRequest, listRequests, requestVisit, secondRequest } from './requests'
import { cancelSession, createSession, getSession, listSessions, listStationSessions, updateSession } from './sessions'

/** 流动警务室：sessions residents book a place in, the desk staff run on the day, and requests to come. */
export const main = createFunction(
  'visits',
  visits,
  {
    listSessions,
    getSession: (input, ctx) => getSession(input, ctx.openid),
    // Booking needs only who is booking, not their role: no staff read on the busiest path.
    ...withOpenid({ book }),
    cancel: async (input, ctx) => cancel(input, (await ctx.caller()).openid),
    myBookings: async (input, ctx) => myBookings(input, (await ctx.caller()).openid),
    getBooking: async (input, ctx) => getBooking(input, (await ctx.caller()).openid),
    requestVisit: async (input, ctx) => requestVisit(input, (await ctx.caller()).openid),
    secondRequest: async (input, ctx) => secondRequest(input, (await ctx.caller()).openid),
    listRequests: (input, ctx) => listRequests(input, ctx.openid),
    templates: async () => templateIds(),
    ...withCaller({
      listStationSessions,
      createSession,
      updateSession,
      cancelSession,
      roster,
      exportRoster,
      checkIn,
      markNoShows,
      bookFor,
      staffCancel,
      answerRequest,
      outbox,
    }),
  },
  { reminders: (firedAt) => sendDueReminders(firedAt), seats: (firedAt) => recountSeats(firedAt) },
)
