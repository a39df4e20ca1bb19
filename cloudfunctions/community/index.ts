import { community } from '../../types/community'
import { createFunction } from '../_shared/router'
import { getGuide, listGuides, saveGuide } from './guides'
import { acceptMediation, listMediations, myMediations, requestMediation, resolveMediation, scheduleMediation, withdrawMediation } from './mediation'
import { archiveNotice, getNotice, getNoticeForEdit, listAllNotices, listNotices, publishNotice, saveNotice } from './notices'
import { TEMPLATES } from './notify'
import { acceptReport, closeReport, listReports, myReports, rejectReport, submitReport } from './reports'
import { browseWatchPoints, getWatchPoint, listWatchPoints, nearbyWatchPoints, retireWatchPoint, saveWatchPoint } from './watch-points'

/** 社区：平安守望点, notices, service guides, clue reports and dispute mediation. */
export const main = createFunction(
  'community',
  community,
  {
    nearbyWatchPoints: (input) => nearbyWatchPoints(input),
    browseWatchPoints: (input) => browseWatchPoints(input),
    listWatchPoints: async (input, ctx) => listWatchPoints(input, await ctx.caller()),
    getWatchPoint: (input) => getWatchPoint(input),
    saveWatchPoint: async (input, ctx) => saveWatchPoint(input, await ctx.caller()),
    retireWatchPoint: async (input, ctx) => retireWatchPoint(input, await ctx.caller()),

    listNotices: (input) => listNotices(input),
    getNotice: (input) => getNotice(input),
    getNoticeForEdit: async (input, ctx) => getNoticeForEdit(input, await ctx.caller()),
    listAllNotices: async (input, ctx) => listAllNotices(input, await ctx.caller()),
    saveNotice: async (input, ctx) => saveNotice(input, await ctx.caller()),
    publishNotice: async (input, ctx) => publishNotice(input, await ctx.caller()),
    archiveNotice: async (input, ctx) => archiveNotice(input, await ctx.caller()),

    listGuides: (input) => listGuides(input),
    getGuide: (input) => getGuide(input),
    saveGuide: (input) => saveGuide(input),

    getStatusTemplates: async () => ({ ...TEMPLATES }),
    submitReport: async (input, ctx) => submitReport(input, await ctx.caller()),
    myReports: async (input, ctx) => myReports(input, await ctx.caller()),
    listReports: async (input, ctx) => listReports(input, await ctx.caller()),
    acceptReport: async (input, ctx) => acceptReport(input, await ctx.caller()),
    closeReport: async (input, ctx) => closeReport(input, await ctx.caller()),
    rejectReport: async (input, ctx) => rejectReport(input, await ctx.caller()),

    requestMediation: async (input, ctx) => requestMediation(input, await ctx.caller()),
    myMediations: async (input, ctx) => myMediations(input, await ctx.caller()),
    listMediations: async (input, ctx) => listMediations(input, await ctx.caller()),
    acceptMediation: async (input, ctx) => acceptMediation(input, await ctx.caller()),
    scheduleMediation: async (input, ctx) => scheduleMediation(input, await ctx.caller()),
    resolveMediation: async (input, ctx) => resolveMediation(input, await ctx.caller()),
    withdrawMediation: async (input, ctx) => withdrawMediation(input, await ctx.caller()),
  },
  // No timer: the contacts of finished tickets are forgotten by privacy's retention timer, the only one.
)
