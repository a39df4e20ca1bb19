import { visits } from '../../types/visits'
import { createFunction, signedIn } from '../_shared/router'
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
    listSessions: (input) => listSessions(input),
    getSession: (input, ctx) => getSession(input, ctx.openid),
    // Booking needs only who is booking, not their role: no staff read on the busiest path.
    book: (input, ctx) => book(input, signedIn(ctx)),
    cancel: async (input, ctx) => cancel(input, (await ctx.caller()).openid),
    myBookings: async (input, ctx) => myBookings(input, (await ctx.caller()).openid),
    getBooking: async (input, ctx) => getBooking(input, (await ctx.caller()).openid),
    requestVisit: async (input, ctx) => requestVisit(input, (await ctx.caller()).openid),
    secondRequest: async (input, ctx) => secondRequest(input, (await ctx.caller()).openid),
    listRequests: (input, ctx) => listRequests(input, ctx.openid),
    templates: async () => templateIds(),
    listStationSessions: async (input, ctx) => listStationSessions(input, await ctx.caller()),
    createSession: async (input, ctx) => createSession(input, await ctx.caller()),
    updateSession: async (input, ctx) => updateSession(input, await ctx.caller()),
    cancelSession: async (input, ctx) => cancelSession(input, await ctx.caller()),
    roster: async (input, ctx) => roster(input, await ctx.caller()),
    exportRoster: async (input, ctx) => exportRoster(input, await ctx.caller()),
    checkIn: async (input, ctx) => checkIn(input, await ctx.caller()),
    markNoShows: async (input, ctx) => markNoShows(input, await ctx.caller()),
    bookFor: async (input, ctx) => bookFor(input, await ctx.caller()),
    staffCancel: async (input, ctx) => staffCancel(input, await ctx.caller()),
    answerRequest: async (input, ctx) => answerRequest(input, await ctx.caller()),
    outbox: async (input, ctx) => outbox(input, await ctx.caller()),
  },
  { reminders: (firedAt) => sendDueReminders(firedAt), seats: (firedAt) => recountSeats(firedAt) },
)
