import { community } from '../../types/community'
import { createFunction, withCaller } from '../_shared/router'
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
    // These two take the clock as a second argument (for tests): only the input is passed.
    nearbyWatchPoints: (input) => nearbyWatchPoints(input),
    browseWatchPoints: (input) => browseWatchPoints(input),
    getWatchPoint,
    ...withCaller({ listWatchPoints, saveWatchPoint, retireWatchPoint }),

    listNotices,
    getNotice,
    ...withCaller({ getNoticeForEdit, listAllNotices, saveNotice, publishNotice, archiveNotice }),

    listGuides,
    getGuide,
    saveGuide,

    getStatusTemplates: async () => ({ ...TEMPLATES }),
    ...withCaller({ submitReport, myReports, listReports, acceptReport, closeReport, rejectReport }),
    ...withCaller({ requestMediation, myMediations, listMediations, acceptMediation, scheduleMediation, resolveMediation, withdrawMediation }),
  },
  // No timer: the contacts of finished tickets are forgotten by privacy's retention timer, the only one.
)
