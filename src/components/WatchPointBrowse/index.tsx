import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { call } from '../../api'
import { usePaged } from '../../hooks/usePaged'
import { useRemote } from '../../hooks/useRemote'
import PagedList from '../PagedList'
import { ReportChips } from '../ReportFields'
import TextField from '../TextField'
import WatchPointCard from '../WatchPointCard'
import './index.css'

const ALL = ''

/**
 * Every 平安守望点, for someone who gave no position or found none close by: by station, searchable
 * by part of a name, an address or a community.
 */
export default function WatchPointBrowse() {
  const [stationId, setStationId] = useState(ALL)
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const stations = useRemote(() => call('org', 'listStations', { limit: 100 }), [], { isEmpty: () => false })
  const paged = usePaged(
    (cursor) => call('community', 'browseWatchPoints', { limit: 20, ...(stationId ? { stationId } : {}), ...(q ? { q } : {}), cursor }),
    [stationId, q],
  )
  const choices = [
    { value: ALL, label: '全部' },
    ...(stations.status === 'ready' ? stations.data.items.map((s) => ({ value: s.stationId, label: s.name })) : []),
  ]

  return (
    <View className="watch-point-browse">
      <ReportChips label="派出所" choices={choices} value={stationId} onChange={setStationId} />
      <TextField
        label="按名称、地址或社区查找"
        value={typed}
        onChange={setTyped}
        onConfirm={() => setQ(typed.trim())}
        placeholder="例如 便利店、南关"
        maxlength={20}
      />
      <Text className="watch-point-browse__search" onClick={() => setQ(typed.trim())}>
        查找
      </Text>
      <PagedList
        paged={paged}
        compact
        loadingText="正在读取守望点…"
        emptyTitle={q ? `没有找到“${q}”` : '这里还没有守望点'}
        emptyHint="遇到危险请直接拨打 110。"
      >
        {(p) => <WatchPointCard key={p.id} point={p} />}
      </PagedList>
    </View>
  )
}
