/**
 * `database.aggregateDocuments`: the pipeline runs in mingo, with `$lookup` resolving other
 * collections, and `$geoNear` (first stage only, as in MongoDB) done here.
 */
import 'mingo/init/system'
import { Aggregator } from 'mingo'
import { DbError } from './errors'
import { distanceMetres, parseNearSphere, pointOf } from './geo'
import { compileQuery } from './query'
import { Doc, isPlainObject, PlainObject } from './values'

/**
 * The cloud returns at most 20 records from a pipeline that sets no `$limit` (the documented
 * default of aggregate().end()); matching it locally keeps code that forgot `.limit()` from working
 * here and failing there.
 */
export const DEFAULT_AGGREGATE_LIMIT = 20

/** `$geoNear` as the SDK sends it: `{near: Point, distanceField, maxDistance?, minDistance?, query?, key?}`. */
function geoNear(source: Doc[], spec: unknown): PlainObject[] {
  if (!isPlainObject(spec) || typeof spec.distanceField !== 'string') {
    throw new DbError('DATABASE_REQUEST_FAILED', '$geoNear needs near and distanceField')
  }
  const near = parseNearSphere({ $geometry: spec.near, $maxDistance: spec.maxDistance, $minDistance: spec.minDistance })
  const key = typeof spec.key === 'string' ? spec.key : undefined
  const matches = isPlainObject(spec.query) ? compileQuery(spec.query) : () => true
  const distanceField = spec.distanceField
  const multiplier = typeof spec.distanceMultiplier === 'number' ? spec.distanceMultiplier : 1
  const found: Array<{ doc: PlainObject; distance: number }> = []
  for (const doc of source) {
    // Without `key`, the first top-level GeoJSON Point is the location (MongoDB requires exactly one 2dsphere index).
    const point = key
      ? pointOf(doc[key])
      : Object.values(doc)
          .map(pointOf)
          .find((p) => p !== undefined)
    if (!point || !matches(doc)) continue
    const distance = distanceMetres(near.center, point)
    if (distance > (near.maxDistance ?? Infinity) || distance < (near.minDistance ?? 0)) continue
    found.push({ doc: { ...doc, [distanceField]: distance * multiplier }, distance })
  }
  return found.sort((a, b) => a.distance - b.distance).map((entry) => entry.doc)
}

export function aggregate(source: Doc[], pipeline: PlainObject[], resolveCollection: (name: string) => Doc[]): PlainObject[] {
  let input: PlainObject[] = source
  let stages = pipeline
  const [first, ...rest] = pipeline
  if (first && '$geoNear' in first) {
    input = geoNear(source, first.$geoNear)
    stages = rest
  }
  if (!stages.some((stage) => '$limit' in stage)) stages = [...stages, { $limit: DEFAULT_AGGREGATE_LIMIT }]
  try {
    return new Aggregator(stages, { collectionResolver: resolveCollection }).run(input) as PlainObject[]
  } catch (error) {
    throw new DbError('DATABASE_REQUEST_FAILED', `aggregate failed: ${(error as Error).message}`)
  }
}
