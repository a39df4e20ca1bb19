import PageState from '@/components/PageState'
import { useStations } from '../../hooks/useStations'
import ChoiceChips from '../ChoiceChips'

/** Stands for "no station chosen" among the chips. */
export const ANY_STATION = ''

interface StationPickerProps {
  label: string
  value: string
  onChange: (stationId: string) => void
  /** Offer 全部 as the first choice (for filters). */
  anyLabel?: string
}

/** Picks one of the district's stations. */
export default function StationPicker({ label, value, onChange, anyLabel }: StationPickerProps) {
  const stations = useStations()
  return (
    <PageState remote={stations} compact loadingText="正在读取派出所…" emptyTitle="还没有派出所" emptyHint="请先在「派出所和警务室」里新增。">
      {(list) => (
        <ChoiceChips
          label={label}
          value={value}
          onChange={onChange}
          choices={[...(anyLabel ? [{ value: ANY_STATION, label: anyLabel }] : []), ...list.map((s) => ({ value: s.stationId, label: s.name }))]}
        />
      )}
    </PageState>
  )
}
