/** How org's collections are stored. Ids are the database's `_id`. Stations: ../_shared/stations. */
export type { StationDoc } from '../_shared/stations'

export interface OfficerDoc {
  _id: string
  name: string
  badgeNo: string
  phone: string
  dutyHours: string
  stationId: string
  areas: string[]
  photoUrl?: string
  /** False once deactivated; missing (older records) counts as active. */
  active?: boolean
  createdAt: Date
  updatedAt: Date
}

/** One community: which station it belongs to and who its current officer is (at most one). */
export interface AreaDoc {
  _id: string
  stationId: string
  officerId: string | null
  updatedAt: Date
}

/**
 * A one-time 绑定码, kept only as its hash (the `_id`, so that entering a code is one keyed read):
 * the code itself is shown once, to the admin who made it.
 */
export interface BindCodeDoc {
  _id: string
  role: 'admin' | 'officer'
  officerId?: string
  stationId?: string
  /** The name an admin grant carries (officers' names come from their record). */
  name?: string
  status: 'open' | 'used'
  createdBy: string
  createdAt: Date
  expiresAt: Date
  usedBy?: string
  usedAt?: Date
}
