import type { GeoPoint } from '../../types/common'

/** How org's collections are stored. Ids are the database's `_id`. */
export interface StationDoc {
  _id: string
  name: string
  address: string
  phone: string
  location?: GeoPoint
  createdAt: Date
}

export interface OfficerDoc {
  _id: string
  name: string
  badgeNo: string
  phone: string
  dutyHours: string
  stationId: string
  areas: string[]
  photoUrl?: string
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
