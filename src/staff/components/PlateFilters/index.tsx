import { useState } from 'react'
import { View } from '@tarojs/components'
import ActionButton from '@/components/ActionButton'
import ChoiceChips from '../ChoiceChips'
import StationPicker from '../StationPicker'
import TextField from '@/components/TextField'
import './index.css'

export interface PlateFilter {
  stationId: string
  /** Part of a code, label, address or area name; empty for all. */
  q: string
  status: '' | 'active' | 'retired'
}

export const NO_FILTER: PlateFilter = { stationId: '', q: '', status: '' }

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

/** Narrow the plate list by station and status, and search it. The search applies on 搜索 (or the keyboard's). */
export default function PlateFilters({ filter, onChange, withStation }: PlateFiltersProps) {
  const [q, setQ] = useState(filter.q)
  const search = () => onChange({ ...filter, q: q.trim() })
  return (
    <View className="jmt-card plate-filters">
      {withStation ? (
        <StationPicker label="派出所" anyLabel="全部" value={filter.stationId} onChange={(stationId) => onChange({ ...filter, stationId })} />
      ) : null}
      <ChoiceChips label="状态" choices={STATUS_CHOICES} value={filter.status} onChange={(status) => onChange({ ...filter, status })} />
      <View className="plate-filters__area">
        <View className="plate-filters__area-field">
          <TextField label="搜索" value={q} onChange={setQ} maxlength={30} placeholder="编号、名称、地址或社区的一部分" onConfirm={search} />
        </View>
        <View className="plate-filters__apply">
          <ActionButton tone="secondary" onClick={search}>
            搜索
          </ActionButton>
        </View>
      </View>
    </View>
  )
}
