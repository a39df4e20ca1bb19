import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MAX_BULK_PLATES } from '@/types/plate-labels'
import ActionButton from '../../components/ActionButton'
import TextField from '../../components/TextField'
import FormProblem from '@/components/FormProblem'
import StationPicker from '../components/StationPicker'
import AreaPicker from './AreaPicker'
import type { PlateSelection } from './usePlateSelection'
import { useBulkPlates } from './useBulkPlates'
import './BulkBar.css'

type Panel = 'none' | 'retire' | 'rebind'

/** The bar over the list while plates are ticked: how many, tick all, then 停用 or 改绑 them in one go. */
export default function BulkBar({ selection, stationId }: { selection: PlateSelection; stationId: string }) {
  const [panel, setPanel] = useState<Panel>('none')
  const [reason, setReason] = useState('')
  const [target, setTarget] = useState({ stationId, area: '' })
  const bulk = useBulkPlates(() => {
    setPanel('none')
    setReason('')
    selection.clear()
  })
  const n = selection.picked.length

  async function retire() {
    const why = reason.trim()
    if (why.length < 2) return bulk.setError('请写明停用原因（至少 2 个字），例如 小区拆迁，牌子已收回')
    const { confirm } = await Taro.showModal({
      title: `停用 ${n} 块联系牌？`,
      content: `停用后，居民扫这些牌子只会看到已停用的提示和派出所电话。原因：${why}`,
      confirmText: '停用',
      confirmColor: '#c3161c',
      cancelText: '不停用',
    })
    if (confirm) await bulk.retire(selection.picked, why)
  }

  async function rebind() {
    if (!target.stationId || !target.area) return bulk.setError('请选择派出所和社区')
    const { confirm } = await Taro.showModal({
      title: `改绑 ${n} 块联系牌？`,
      content: `改绑到 ${target.area}，扫码后显示这个社区的负责民警。编号和二维码不变。`,
      confirmText: '改绑',
      cancelText: '不改',
    })
    if (confirm) await bulk.rebind(selection.picked, target.area, target.stationId)
  }

  return (
    <View className="jmt-card bulk-bar" role="region" aria-label="批量操作">
      <View className="bulk-bar__head">
        <Text className="bulk-bar__count" aria-live="polite">
          {n === 0 ? '点选要处理的联系牌' : `已选 ${n} 块${selection.full ? `（一次最多 ${MAX_BULK_PLATES} 块）` : ''}`}
        </Text>
        <Text className="bulk-bar__link" onClick={selection.pickAllActive}>
          全选在用
        </Text>
        <Text className="bulk-bar__link" onClick={selection.stop}>
          完成
        </Text>
      </View>
      <View className="staff-page__actions">
        <ActionButton tone="emergency" disabled={n === 0 || bulk.busy} onClick={() => setPanel(panel === 'retire' ? 'none' : 'retire')}>
          停用所选
        </ActionButton>
        <ActionButton tone="secondary" disabled={n === 0 || bulk.busy} onClick={() => setPanel(panel === 'rebind' ? 'none' : 'rebind')}>
          改绑所选
        </ActionButton>
      </View>
      {panel === 'retire' ? (
        <View className="bulk-bar__panel">
          <TextField label="停用原因" value={reason} onChange={setReason} maxlength={100} placeholder="例如 小区拆迁，牌子已收回" />
          <ActionButton tone="emergency" disabled={bulk.busy} onClick={() => void retire()}>
            {bulk.busy ? '正在停用…' : `停用这 ${n} 块`}
          </ActionButton>
        </View>
      ) : null}
      {panel === 'rebind' ? (
        <View className="bulk-bar__panel">
          <StationPicker label="派出所" value={target.stationId} onChange={(id) => setTarget({ stationId: id, area: '' })} />
          <AreaPicker stationId={target.stationId} value={target.area} onChange={(area) => setTarget({ ...target, area })} />
          <ActionButton disabled={bulk.busy} onClick={() => void rebind()}>
            {bulk.busy ? '正在改绑…' : `改绑这 ${n} 块`}
          </ActionButton>
        </View>
      ) : null}
      <FormProblem message={bulk.error} />
      {bulk.result ? (
        <View className="bulk-bar__result" role="status">
          <Text className="bulk-bar__done">{bulk.result.done}</Text>
          {bulk.result.failed.map((f) => (
            <Text className="bulk-bar__failed" key={f.code}>{`${f.code}：${f.message}`}</Text>
          ))}
        </View>
      ) : null}
    </View>
  )
}
