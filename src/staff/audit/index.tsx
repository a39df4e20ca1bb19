import { View } from '@tarojs/components'
import { call } from '../../api'
import TextField from '../../components/TextField'
import { useRemote } from '../../hooks/useRemote'
import ChoiceChips from '../components/ChoiceChips'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import StationPicker from '../components/StationPicker'
import { usePagedList } from '../hooks/usePagedList'
import { stationName, useStations } from '../hooks/useStations'
import { describeAuditEntry } from './labels'
import { ALL, DAY_RANGES, FUNCTION_CHOICES, actionChoices, useAuditFilters } from './useAuditFilters'

/** The people who can act in the console, by name, to filter the log by. */
function usePeople() {
  return useRemote(async () => (await call('org', 'listStaff', { limit: 100 })).items, [], { isEmpty: () => false })
}

/** 审计日志 (admins): every staff change and every export or deletion of personal data, newest first. */
export default function AuditLogPage() {
  const filters = useAuditFilters()
  const stations = useStations()
  const people = usePeople()
  const list = usePagedList((cursor) => call('privacy', 'auditLog', { limit: 30, ...filters.query, cursor }), [filters.key])
  const peopleChoices = [
    { value: ALL, label: '全部' },
    ...(people.status === 'ready' ? people.data.filter((p) => p.name).map((p) => ({ value: p.openid, label: p.name ?? '' })) : []),
  ]
  const actions = actionChoices(filters.fn)
  return (
    <StaffPage title="审计日志">
      <View className="jmt-card">
        <ChoiceChips label="谁" choices={peopleChoices} value={filters.actor} onChange={filters.setActor} />
        <StationPicker label="派出所" anyLabel="全部" value={filters.stationId} onChange={filters.setStationId} />
        <ChoiceChips label="哪类操作" choices={FUNCTION_CHOICES} value={filters.fn} onChange={filters.setFn} />
        {actions.length > 0 ? <ChoiceChips label="操作" choices={actions} value={filters.action} onChange={filters.setAction} /> : null}
        <ChoiceChips label="时间" choices={DAY_RANGES} value={filters.range} onChange={filters.setRange} />
        {filters.range === 'days' ? (
          <>
            <TextField label="从" value={filters.from} onChange={filters.setFrom} maxlength={10} placeholder="例如 2026-12-01" />
            <TextField label="到" value={filters.to} onChange={filters.setTo} maxlength={10} placeholder="例如 2026-12-31" />
          </>
        ) : null}
      </View>
      <ConsoleList
        list={list}
        loadingText="正在读取审计日志…"
        emptyTitle="没有符合条件的记录"
        emptyHint="民警和管理员的修改、居民导出或删除数据，都会记在这里。"
        errorTitles={{ FORBIDDEN: '只有管理员可以查看审计日志' }}
      >
        {(entry) => {
          const { title, lines } = describeAuditEntry(entry, (id) => stationName(stations, id))
          return <ListRow key={entry.id} title={title} lines={lines} tag={entry.outcome === 'refused' ? '已拒绝' : undefined} tagTone="warning" />
        }}
      </ConsoleList>
    </StaffPage>
  )
}
