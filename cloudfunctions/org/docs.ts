/**
 * How org's collections are stored. Ids are the database's `_id`. Stations, officers and areas are
 * read by other domains too, so their shapes live in _shared/.
 */
export type { StationDoc } from '../_shared/stations'
export type { AreaDoc, OfficerDoc } from '../_shared/officers'

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
