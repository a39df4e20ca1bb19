import type {
  GuideSummary,
  HoursRange,
  MediationCategory,
  MediationStatus,
  NoticeKind,
  NoticeStatus,
  ReportCategory,
  ReportStatus,
} from '../../types/community'
import type { TicketDoc } from './tickets'

/**
 * A location as the database stores it (GeoJSON, indexed 2dsphere): the SDK reads it back as a
 * `db.Geo.Point` ({longitude, latitude}); plain GeoJSON where the document was written outside it.
 */
export type StoredPoint = { longitude: number; latitude: number } | { type: 'Point'; coordinates: [number, number] }

export function latLngOf(point: StoredPoint): { lat: number; lng: number } {
  return 'coordinates' in point ? { lat: point.coordinates[1], lng: point.coordinates[0] } : { lat: point.latitude, lng: point.longitude }
}

export interface WatchPointDoc {
  _id: string
  name: string
  address: string
  location: StoredPoint
  /** The grid cell of the location (see geo.ts), so a nearby search reads only the cells around it. */
  cell: string
  phone: string
  services: string[]
  hours: { allDay: boolean; ranges: HoursRange[] }
  stationId: string
  area?: string
  status: 'active' | 'retired'
  createdAt: Date
  updatedAt: Date
}

export interface NoticeDoc {
  _id: string
  kind: NoticeKind
  title: string
  body: string
  /** '' for every community of the station. */
  area: string
  stationId: string
  pinned: boolean
  status: NoticeStatus
  /** The list order, highest first: pinned ones, then newest (see notices.ts). '' until published. */
  rank: string
  publishedAt?: Date
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

export interface GuideDoc extends Omit<GuideSummary, 'id'> {
  _id: string
  order: number
  eligibility: string[]
  materials: string[]
  steps: string[]
  where: string
  fees: string
  timeLimit: string
  notes: string[]
  visitMatter?: string
  updatedAt: Date
}

/** A clue report: the ticket fields (tickets.ts) and its own. */
export interface ReportDoc extends TicketDoc<ReportStatus> {
  category: ReportCategory
  text: string
  anonymous: boolean
  location?: { lat: number; lng: number }
  occurredAt?: Date
}

/** A mediation request: the ticket fields (tickets.ts) and its own. */
export interface MediationDoc extends TicketDoc<MediationStatus> {
  category: MediationCategory
  description: string
  /** Forgotten with the contact once the request has long been over. */
  otherParty?: string
  preferredTimes?: string
  scheduledAt?: Date
  place?: string
}
