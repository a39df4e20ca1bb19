/**
 * How org's collections are stored. Ids are the database's `_id`. Stations, officers and areas are
 * read by other domains too, so their shapes live in _shared/.
 */
export type { StationDoc } from '../_shared/stations'
export type { AreaDoc, OfficerDoc } from '../_shared/officers'
