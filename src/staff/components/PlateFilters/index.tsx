import { useState } from 'react'
import { View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import ChoiceChips from '../ChoiceChips'
import StationPicker from '../StationPicker'
import TextField from '@/components/TextField'
import './index.css'

export interface PlateFilter {
  stationId: string
  area: string
  status: '' | 'active' | 'retired'
}

export const NO_FILTER: PlateFilter = { stationId: '', area: '', status: '' }

const STATUS_CHOICES = [
  { value: '', label: '全部' },
  { value: 'active', label: '在用' },
  { value: 'retired', label: '已停用' },
] as const

interface PlateFiltersProps {
  filter: PlateFilter
  onChange: (filter: PlateFilter) => void
  /** Officers see their own station's plates only: no station choice for them. */
  withStation: boolean
}

/** Narrow the plate list by station, community and status. The community applies on 筛选. */
export default function PlateFilters({ filter, onChange, withStation }: PlateFiltersProps) {
  const [area, setArea] = useState(filter.area)
  return (
    <View className='jmt-card plate-filters'>
      {withStation ? <StationPicker label='派出所' anyLabel='全部' value={filter.stationId} onChange={(stationId) => onChange({ ...filter, stationId })} /> : null}
      <ChoiceChips label='状态' choices={STATUS_CHOICES} value={filter.status} onChange={(status) => onChange({ ...filter, status })} />
      <View className='plate-filters__area'>
        <View className='plate-filters__area-field'>
          <TextField label='社区' value={area} onChange={setArea} maxlength={30} placeholder='例如 南关社区，不填为全部' onConfirm={() => onChange({ ...filter, area: area.trim() })} />
        </View>
        <View className='plate-filters__apply'>
          <ActionButton tone='secondary' onClick={() => onChange({ ...filter, area: area.trim() })}>
            筛选
          </ActionButton>
        </View>
      </View>
    </View>
  )
}
