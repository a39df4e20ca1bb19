/**
 * The geo query operators the SDK sends (`_.geoNear` → `$nearSphere`, `_.geoWithin` →
 * `$geoWithin`, `_.geoIntersects` → `$geoIntersects`), for GeoJSON Points stored in documents.
 * mingo has none of them; they are registered into mingo's global query operators here.
 * Distances are great-circle metres on a sphere of MongoDB's radius; polygons are tested with
 * planar ray casting on longitude/latitude, which is accurate for city-sized shapes.
 */
import { OpType, useOperators } from 'mingo/core'
import { resolve } from 'mingo/util'
import { isPlainObject, PlainObject } from './values'

/** The radius MongoDB uses for spherical geometry, in metres. */
export const EARTH_RADIUS_METRES = 6378100

export type LngLat = [number, number]

function isLngLat(value: unknown): value is LngLat {
  return Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number'
}

/** The coordinates of a GeoJSON Point, or undefined for anything else. */
export function pointOf(value: unknown): LngLat | undefined {
  if (isPlainObject(value) && value.type === 'Point' && isLngLat(value.coordinates)) return value.coordinates
  return undefined
}

export function distanceMetres(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180
  const dLat = (b[1] - a[1]) * rad
  const dLng = (b[0] - a[0]) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)))
}

function insideRing(point: LngLat, ring: LngLat[]): boolean {
  let inside = false
  // Each edge runs from the corner before to this one; the first closes the ring from its last corner.
  let before = ring.at(-1)
  if (!before) return false
  for (const corner of ring) {
    const [xi, yi] = corner
    const [xj, yj] = before
    if (yi > point[1] !== yj > point[1] && point[0] < ((xj - xi) * (point[1] - yi)) / (yj - yi) + xi) inside = !inside
    before = corner
  }
  return inside
}

function insidePolygon(point: LngLat, rings: LngLat[][]): boolean {
  const [outer, ...holes] = rings
  return outer !== undefined && insideRing(point, outer) && !holes.some((hole) => insideRing(point, hole))
}

function insideGeometry(point: LngLat, geometry: unknown): boolean {
  if (!isPlainObject(geometry)) return false
  if (geometry.type === 'Polygon') return insidePolygon(point, geometry.coordinates as LngLat[][])
  if (geometry.type === 'MultiPolygon') {
    return (geometry.coordinates as LngLat[][][]).some((polygon) => insidePolygon(point, polygon))
  }
  const other = pointOf(geometry)
  return other !== undefined && other[0] === point[0] && other[1] === point[1]
}

export interface NearSphere {
  center: LngLat
  maxDistance?: number
  minDistance?: number
}

export function parseNearSphere(spec: unknown): NearSphere {
  const geometry = isPlainObject(spec) ? pointOf(spec.$geometry) : undefined
  if (!isPlainObject(spec) || !geometry) throw new Error('$nearSphere needs a $geometry Point')
  return {
    center: geometry,
    maxDistance: typeof spec.$maxDistance === 'number' ? spec.$maxDistance : undefined,
    minDistance: typeof spec.$minDistance === 'number' ? spec.$minDistance : undefined,
  }
}

function fieldPoint(doc: PlainObject, selector: string): LngLat | undefined {
  return pointOf(resolve(doc, selector))
}

/** Finds a `{field: {$nearSphere}}` at the top of a query (or in a top-level $and): results are sorted by it. */
export function findNearSphere(query: PlainObject): { field: string; near: NearSphere } | undefined {
  for (const [field, condition] of Object.entries(query)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const part of condition) {
        const found = isPlainObject(part) ? findNearSphere(part) : undefined
        if (found) return found
      }
    } else if (isPlainObject(condition) && '$nearSphere' in condition) {
      return { field, near: parseNearSphere(condition.$nearSphere) }
    }
  }
  return undefined
}

let registered = false

/** Adds the geo operators to mingo's global context (idempotent). */
export function registerGeoOperators(): void {
  if (registered) return
  registered = true
  useOperators(OpType.QUERY, {
    $nearSphere: (selector: string, value: unknown) => {
      const near = parseNearSphere(value)
      return (doc: PlainObject) => {
        const point = fieldPoint(doc, selector)
        if (!point) return false
        const distance = distanceMetres(near.center, point)
        return distance <= (near.maxDistance ?? Infinity) && distance >= (near.minDistance ?? 0)
      }
    },
    $geoWithin: (selector: string, value: unknown) => {
      if (!isPlainObject(value)) throw new Error('$geoWithin needs $centerSphere or $geometry')
      const sphere = value.$centerSphere
      if (Array.isArray(sphere) && isLngLat(sphere[0]) && typeof sphere[1] === 'number') {
        const [center, radians] = sphere as [LngLat, number]
        return (doc: PlainObject) => {
          const point = fieldPoint(doc, selector)
          return point !== undefined && distanceMetres(center, point) <= radians * EARTH_RADIUS_METRES
        }
      }
      return (doc: PlainObject) => {
        const point = fieldPoint(doc, selector)
        return point !== undefined && insideGeometry(point, value.$geometry)
      }
    },
    $geoIntersects: (selector: string, value: unknown) => (doc: PlainObject) => {
      const point = fieldPoint(doc, selector)
      return point !== undefined && isPlainObject(value) && insideGeometry(point, value.$geometry)
    },
  })
}
