/**
 * Grid cells for nearby searches. Each watch point stores the cell its location falls in (0.1° of
 * latitude by 0.1° of longitude, about 11 km × 9 km here), and a search asks only for the cells its
 * circle touches, through an index on `cell`. In the WeChat cloud the 2dsphere index on `location`
 * answers `geoNear` as well; the cell key keeps the candidate set small wherever the query runs.
 */
const CELL_DEG = 0.1
const KM_PER_DEG_LAT = 111.32

export function cellOf(lat: number, lng: number): string {
  return `${Math.floor(lat / CELL_DEG)}:${Math.floor(lng / CELL_DEG)}`
}

/** Every cell that a circle of `radiusKm` around the point touches. */
export function cellsAround(lat: number, lng: number, radiusKm: number): string[] {
  const dLat = radiusKm / KM_PER_DEG_LAT
  const widest = Math.min(89.9, Math.abs(lat) + dLat)
  const dLng = radiusKm / (KM_PER_DEG_LAT * Math.cos((widest * Math.PI) / 180))
  const [southRow, northRow] = [Math.floor((lat - dLat) / CELL_DEG), Math.floor((lat + dLat) / CELL_DEG)]
  const [westCol, eastCol] = [Math.floor((lng - dLng) / CELL_DEG), Math.floor((lng + dLng) / CELL_DEG)]
  const cells: string[] = []
  for (let row = southRow; row <= northRow; row++) for (let col = westCol; col <= eastCol; col++) cells.push(`${row}:${col}`)
  return cells
}
