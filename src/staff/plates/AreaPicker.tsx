import { Text } from '@tarojs/components'
import PageState from '../../components/PageState'
import ChoiceChips from '../components/ChoiceChips'
import { useStationAreas } from './useStationAreas'

interface AreaPickerProps {
  stationId: string
  value: string
  onChange: (area: string) => void
}

/**
 * The area of a plate, chosen from the station's known areas rather than typed: a typo would bind the
 * plate to a community nobody looks after. New areas come from giving a community to an officer.
 */
export default function AreaPicker({ stationId, value, onChange }: AreaPickerProps) {
  const areas = useStationAreas(stationId)
  if (!stationId) return <Text className="jmt-muted">先选择派出所，再选这个派出所的社区。</Text>
  return (
    <PageState remote={areas} compact loadingText="正在读取社区…" emptyTitle="这个派出所还没有社区" emptyHint="请先在「民警」里给本所民警分配负责的社区。">
      {(list) => (
        <ChoiceChips
          label="所属社区"
          value={value}
          onChange={onChange}
          choices={list.map((a) => ({ value: a.area, label: a.officerName ? `${a.area}（${a.officerName}）` : `${a.area}（暂无民警）` }))}
        />
      )}
    </PageState>
  )
}
