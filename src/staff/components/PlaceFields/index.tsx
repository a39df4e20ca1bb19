import AreaPicker from '../../plates/AreaPicker'
import StationPicker, { ANY_STATION } from '../StationPicker'
import TextField from '@/components/TextField'

/** Where a plate hangs and whose it is: the same three fields when creating one, a batch, or rebinding. */
export interface Place {
  address: string
  area: string
  stationId: string
}

export const NO_PLACE: Place = { address: '', area: '', stationId: ANY_STATION }

export function trimPlace(place: Place): Place {
  return { address: place.address.trim(), area: place.area.trim(), stationId: place.stationId }
}

/** What the form checks before asking the server; the server has the last word. */
export function placeProblem(place: Place): string | null {
  if (place.address.length < 2) return '请填写地址（至少 2 个字）'
  if (place.stationId === ANY_STATION) return '请选择所属派出所'
  if (!place.area) return '请选择所属社区'
  return null
}

interface PlaceFieldsProps {
  place: Place
  onChange: (place: Place) => void
}

export default function PlaceFields({ place, onChange }: PlaceFieldsProps) {
  return (
    <>
      <TextField label="地址" value={place.address} onChange={(address) => onChange({ ...place, address })} placeholder="例如 南关什字 3 号楼" />
      {/* The station first: its areas are the ones offered, so another station clears the area. */}
      <StationPicker
        label="所属派出所"
        value={place.stationId}
        onChange={(stationId) => onChange({ ...place, stationId, area: stationId === place.stationId ? place.area : '' })}
      />
      <AreaPicker stationId={place.stationId} value={place.area} onChange={(area) => onChange({ ...place, area })} />
    </>
  )
}
