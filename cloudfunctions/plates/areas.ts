import type { ActionInput, ActionOutput } from '../../types'
import { compareChinese } from '../_shared/chinese-order'
import { _, db } from '../_shared/cloud'
import { invalid } from '../_shared/errors'
import type { Caller } from '../_shared/identity'
import { firstRow, rows } from '../_shared/results'
import type { AreaDoc } from '../_shared/officers'
import { namesById } from '../_shared/record-names'
import type { StationDoc } from '../_shared/stations'

/**
 * Refuses to bind a plate to an area another station holds: its card would show that station's
 * officer under this station's name. An area nobody holds yet (a new community) may be named.
 */
export async function requireAreaOfStation(area: string, stationId: string): Promise<void> {
  const held = await firstRow<AreaDoc>(db.collection('areas').where({ _id: area }).limit(1).get())
  if (!held || held.stationId === stationId) return
  const owner = await firstRow<StationDoc>(db.collection('stations').where({ _id: held.stationId }).limit(1).get())
  throw invalid(`${area}属于${owner?.name ?? '另一个派出所'}，不能绑到这个派出所；如需移交，请在民警管理里把社区分给本所民警`, 'area')
}

interface PlateAreaGroup {
  _id: { area: string; stationId: string }
  n: number
}

/** The known areas of a station (or of all, for an admin who names none): held ones and those its plates name. */
export async function listAreas(input: ActionInput<'plates', 'listAreas'>, caller: Caller): Promise<ActionOutput<'plates', 'listAreas'>> {
  const stationId = caller.role === 'officer' ? caller.stationId : input.stationId
  const scope = stationId ? { stationId } : {}
  const [held, named] = await Promise.all([
    rows<AreaDoc>(db.collection('areas').where(scope).limit(1000).get()),
    db
      .collection('plates')
      .aggregate()
      .match(scope)
      .group({ _id: { area: '$area', stationId: '$stationId' }, n: _.aggregate.sum(1) })
      .limit(1000)
      .end() as Promise<{ list: PlateAreaGroup[] }>,
  ])
  const nameOf = await namesById(
    'officers',
    held.map((a) => a.officerId).filter((id): id is string => Boolean(id)),
  )
  const areas = new Map<string, ActionOutput<'plates', 'listAreas'>['items'][number]>()
  for (const a of held) areas.set(a._id, { area: a._id, stationId: a.stationId, officerName: (a.officerId && nameOf.get(a.officerId)) || null, plates: 0 })
  for (const { _id, n } of named.list) {
    const known = areas.get(_id.area)
    // A plate of an area another station now holds is counted there, not offered here.
    if (known) known.plates += known.stationId === _id.stationId ? n : 0
    else areas.set(_id.area, { area: _id.area, stationId: _id.stationId, officerName: null, plates: n })
  }
  return { items: [...areas.values()].sort((a, b) => compareChinese(a.area, b.area)) }
}
