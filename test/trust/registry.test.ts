/**
 * The action registry itself: every action of the contract declares who may call it, what it does
 * (read, write, report) and whether it is audited, takes a strict input object, and the router's
 * rate-limit family follows from what it declares, never from its name.
 */
import type { z } from 'zod'
import { limitFamily } from '../../types/action'
import { allActions } from './samples'

const actions = allActions()

function innerObject(schema: z.ZodTypeAny): z.AnyZodObject | undefined {
  const def = schema._def as { typeName: string; schema?: z.ZodTypeAny; innerType?: z.ZodTypeAny }
  if (def.typeName === 'ZodObject') return schema as z.AnyZodObject
  if (def.typeName === 'ZodEffects' && def.schema) return innerObject(def.schema)
  return undefined
}

it.each(actions.map((ref) => [`${ref.fn}.${ref.action}`, ref] as const))('%s declares its role and a strict input', (_name, ref) => {
  expect(['public', 'user', 'staff', 'admin']).toContain(ref.spec.access)
  expect(ref.spec.summary.length).toBeGreaterThan(5)
  const object = innerObject(ref.spec.input)
  expect(object).toBeDefined()
  expect((object!._def as { unknownKeys: string }).unknownKeys).toBe('strict')
})

/**
 * The whole registry as the router enforces it: access, kind, the rate-limit family of a resident's
 * call, whether a successful call is audited, and the station scope of staff actions. A change to any
 * action's policy shows up here as a changed line, for review.
 */
const REGISTRY: Record<string, string> = {
  'org.whoami': 'user read lookup - -',
  'org.grantRole': 'admin write - audit -',
  'org.createBindCode': 'admin write - audit -',
  'org.redeemBindCode': 'user report report audit -',
  'org.listStaff': 'admin read - - -',
  'org.revokeRole': 'admin write - audit -',
  'org.createStation': 'admin write - audit -',
  'org.updateStation': 'admin write - audit -',
  'org.listStations': 'public read lookup - -',
  'org.createOfficer': 'admin write - audit -',
  'org.updateOfficer': 'admin write - audit -',
  'org.deactivateOfficer': 'admin write - audit -',
  'org.reactivateOfficer': 'admin write - audit -',
  'org.listOfficers': 'staff read - - station',
  'plates.lookup': 'public read lookup - -',
  'plates.countScan': 'public write write - -',
  'plates.get': 'staff read - - station',
  'plates.create': 'admin write - audit -',
  'plates.createBatch': 'admin write - audit -',
  'plates.update': 'admin write - audit -',
  'plates.retire': 'admin write - audit -',
  'plates.retireMany': 'admin write - audit -',
  'plates.rebindMany': 'admin write - audit -',
  'plates.list': 'staff read - - station',
  'plates.listAreas': 'staff read - - station',
  'plates.listPosters': 'staff read - - station',
  'plates.exportBatch': 'staff read - audit station',
  'plates.qrcode': 'staff read - - station',
  'plates.stats': 'staff read - - station',
  'plates.exportStats': 'staff read - audit station',
  'visits.listSessions': 'public read lookup - -',
  'visits.getSession': 'public read lookup - -',
  'visits.book': 'user write write - -',
  'visits.cancel': 'user write write - -',
  'visits.myBookings': 'user read lookup - -',
  'visits.getBooking': 'user read lookup - -',
  'visits.requestVisit': 'user write write - -',
  'visits.secondRequest': 'user write write - -',
  'visits.staffCancel': 'staff write - audit station',
  'visits.listRequests': 'public read lookup - -',
  'visits.templates': 'public read lookup - -',
  'visits.listStationSessions': 'staff read - - station',
  'visits.createSession': 'staff write - audit station',
  'visits.updateSession': 'staff write - audit station',
  'visits.cancelSession': 'staff write - audit station',
  'visits.roster': 'staff read - audit station',
  'visits.exportRoster': 'staff read - audit station',
  'visits.checkIn': 'staff write - audit station',
  'visits.markNoShows': 'staff write - audit station',
  'visits.bookFor': 'staff write - audit station',
  'visits.answerRequest': 'staff write - audit station',
  'visits.outbox': 'staff read - - station',
  'fraud.listTypes': 'public read lookup - -',
  'fraud.listArticles': 'public read lookup - -',
  'fraud.getArticle': 'public read lookup - -',
  'fraud.listCases': 'public read lookup - -',
  'fraud.getCase': 'public read lookup - -',
  'fraud.dailyTip': 'public read lookup - -',
  'fraud.startQuiz': 'user write write - -',
  'fraud.checkAnswer': 'user write write - -',
  'fraud.submitQuiz': 'user write write - -',
  'fraud.quizResult': 'user read lookup - -',
  'fraud.reviewMistakes': 'user read lookup - -',
  'fraud.resolveMistake': 'user write write - -',
  'fraud.myQuizHistory': 'user read lookup - -',
  'fraud.saveArticle': 'staff write - audit station',
  'fraud.saveCase': 'staff write - audit station',
  'fraud.saveQuestion': 'staff write - audit station',
  'fraud.saveTip': 'staff write - audit station',
  'fraud.publish': 'staff write - audit station',
  'fraud.archive': 'staff write - audit station',
  'fraud.listContent': 'staff read - - station',
  'fraud.getContent': 'staff read - - station',
  'community.nearbyWatchPoints': 'public read lookup - -',
  'community.browseWatchPoints': 'public read lookup - -',
  'community.listWatchPoints': 'staff read - - station',
  'community.getWatchPoint': 'staff read - - station',
  'community.saveWatchPoint': 'staff write - audit station',
  'community.retireWatchPoint': 'staff write - audit station',
  'community.listNotices': 'public read lookup - -',
  'community.getNotice': 'public read lookup - -',
  'community.getNoticeForEdit': 'staff read - - station',
  'community.listAllNotices': 'staff read - - station',
  'community.saveNotice': 'staff write - audit station',
  'community.publishNotice': 'staff write - audit station',
  'community.archiveNotice': 'staff write - audit station',
  'community.listGuides': 'public read lookup - -',
  'community.getGuide': 'public read lookup - -',
  'community.saveGuide': 'admin write - audit -',
  'community.getStatusTemplates': 'public read lookup - -',
  'community.submitReport': 'user report - - -',
  'community.myReports': 'user read lookup - -',
  'community.listReports': 'staff read - audit station',
  'community.acceptReport': 'staff write - audit station',
  'community.closeReport': 'staff write - audit station',
  'community.rejectReport': 'staff write - audit station',
  'community.requestMediation': 'user report - - -',
  'community.myMediations': 'user read lookup - -',
  'community.listMediations': 'staff read - audit station',
  'community.acceptMediation': 'staff write - audit station',
  'community.scheduleMediation': 'staff write - audit station',
  'community.resolveMediation': 'staff write - audit station',
  'community.withdrawMediation': 'user write write - -',
  'privacy.exportMyData': 'user report report audit -',
  'privacy.deleteMyData': 'user report report audit -',
  'privacy.auditLog': 'admin read - - -',
  'messages.templates': 'public read lookup - -',
  'messages.send': 'user report report - -',
  'messages.myThreads': 'user read lookup - -',
  'messages.getThread': 'user read lookup - -',
  'messages.inbox': 'staff read - audit station',
  'messages.readThread': 'staff read - - station',
  'messages.reply': 'staff write - audit station',
  'messages.close': 'staff write - audit station',
}

function enforced(ref: (typeof actions)[number]): string {
  const scope = ref.spec.access === 'staff' ? (ref.spec.scope ?? 'station') : '-'
  return [ref.spec.access, ref.spec.kind, limitFamily(ref.spec) ?? '-', ref.spec.audit ? 'audit' : '-', scope].join(' ')
}

it('enforces the registry as written, action by action', () => {
  expect(Object.fromEntries(actions.map((ref) => [`${ref.fn}.${ref.action}`, enforced(ref)]))).toEqual(REGISTRY)
})

describe('policy follows what an action declares, not its name', () => {
  it('counts a resident read as a lookup, whatever it is called', () => {
    expect(limitFamily({ access: 'public', kind: 'read' })).toBe('lookup')
    expect(limitFamily({ access: 'user', kind: 'write' })).toBe('write')
    expect(limitFamily({ access: 'user', kind: 'report' })).toBe('report')
  })

  it('leaves staff, admin and self-limited actions to their own guards', () => {
    expect(limitFamily({ access: 'staff', kind: 'write' })).toBeUndefined()
    expect(limitFamily({ access: 'admin', kind: 'read' })).toBeUndefined()
    expect(limitFamily({ access: 'user', kind: 'report', limit: false })).toBeUndefined()
  })

  it('treats the actions the old name rules got wrong by what they do', () => {
    const policy = (name: string) => REGISTRY[name]
    expect(policy('visits.templates')).toBe('public read lookup - -')
    expect(policy('fraud.quizResult')).toBe('user read lookup - -')
    expect(policy('fraud.reviewMistakes')).toBe('user read lookup - -')
    // Reading the audit log is not itself audited.
    expect(policy('privacy.auditLog')).toBe('admin read - - -')
  })
})
