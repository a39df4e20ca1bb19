import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { HoursRange, WatchPoint } from '@/types/community'
import { WATCH_SERVICES } from '@/types/community-words'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import ChoiceChips from '../components/ChoiceChips'
import FormProblem from '@/components/FormProblem'
import NoticeCard from '../components/NoticeCard'
import StationPicker, { ANY_STATION } from '../components/StationPicker'
import TextField from '../../components/TextField'
import { useStaffRole } from '../hooks/useStaffRole'
import { useSubmit } from '../hooks/useSubmit'
import { returnTo } from '../navigation'
import MultiChips from './parts/MultiChips'
import { communityConsoleUrls } from './urls'
import EditPage from './parts/EditPage'

type Service = (typeof WATCH_SERVICES)[number]
const SERVICE_CHOICES = WATCH_SERVICES.map((value) => ({ value, label: value }))
const DAY_CHOICES = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'].map((label, i) => ({ value: i + 1, label }))
const ALL_DAY_CHOICES = [
  { value: 'yes', label: '24 小时' },
  { value: 'no', label: '按时段' },
] as const
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/

function WatchPointForm({ point }: { point?: WatchPoint }) {
  const role = useStaffRole()
  const first: HoursRange = point?.hours.ranges[0] ?? { days: [1, 2, 3, 4, 5, 6, 7], open: '08:00', close: '22:00' }
  const [name, setName] = useState(point?.name ?? '')
  const [address, setAddress] = useState(point?.address ?? '')
  const [lat, setLat] = useState(point ? String(Number(point.location.lat.toFixed(6))) : '')
  const [lng, setLng] = useState(point ? String(Number(point.location.lng.toFixed(6))) : '')
  const [phone, setPhone] = useState(point?.phone ?? '')
  const [area, setArea] = useState(point?.area ?? '')
  const [services, setServices] = useState<Service[]>((point?.services ?? ['避险', '报警', '求助']) as Service[])
  const [allDay, setAllDay] = useState<'yes' | 'no'>(point && !point.hours.allDay ? 'no' : 'yes')
  const [days, setDays] = useState<number[]>(first.days)
  const [open, setOpen] = useState(first.open)
  const [close, setClose] = useState(first.close)
  const [stationId, setStationId] = useState(point?.stationId ?? ANY_STATION)
  const otherRanges = point?.hours.ranges.slice(1) ?? []

  const save = useSubmit(
    () =>
      call('community', 'saveWatchPoint', {
        ...(point ? { id: point.id } : {}),
        name: name.trim(),
        address: address.trim(),
        location: { lat: Number(lat), lng: Number(lng) },
        phone: phone.trim(),
        services,
        hours: allDay === 'yes' ? { allDay: true, ranges: [] } : { allDay: false, ranges: [{ days: [...days].sort(), open, close }, ...otherRanges] },
        ...(area.trim() ? { area: area.trim() } : {}),
        ...(role.isAdmin && stationId !== ANY_STATION ? { stationId } : {}),
      }),
    { toast: '已保存', then: () => returnTo(communityConsoleUrls.watchPoints) },
  )
  const retire = useSubmit(() => call('community', 'retireWatchPoint', { id: point?.id ?? '' }), {
    toast: '已撤下',
    then: () => returnTo(communityConsoleUrls.watchPoints),
  })

  async function askRetire() {
    const { confirm } = await Taro.showModal({
      title: '撤下这个守望点？',
      content: `撤下后，居民在地图和列表里都看不到「${point?.name ?? ''}」。`,
      confirmText: '撤下',
      confirmColor: '#c3161c',
      cancelText: '不撤下',
    })
    if (confirm) await retire.submit(undefined)
  }

  function send() {
    if (name.trim().length < 2) return save.setError('请填写名称')
    if (address.trim().length < 2) return save.setError('请填写地址')
    const la = Number(lat)
    const ln = Number(lng)
    if (!lat || !lng || !Number.isFinite(la) || !Number.isFinite(ln) || Math.abs(la) > 90 || Math.abs(ln) > 180)
      return save.setError('请填写正确的纬度和经度（可在地图上查到）')
    if (!services.length) return save.setError('至少选一项服务')
    if (allDay === 'no' && (!days.length || !CLOCK.test(open) || !CLOCK.test(close))) return save.setError('请选择开门的日子，并按 08:00 的格式填写时间')
    if (role.isAdmin && stationId === ANY_STATION) return save.setError('请选择派出所')
    void save.submit(undefined)
  }

  return (
    <View className="jmt-card">
      <TextField label="名称" value={name} onChange={setName} maxlength={40} placeholder="例如 南关什字 24 小时便利店" />
      <TextField label="地址" value={address} onChange={setAddress} maxlength={100} />
      <TextField label="纬度" value={lat} onChange={setLat} maxlength={12} placeholder="例如 36.0611" />
      <TextField label="经度" value={lng} onChange={setLng} maxlength={12} placeholder="例如 103.8343" hint="用腾讯地图或高德地图取点（GCJ-02 坐标）" />
      <TextField label="电话" value={phone} onChange={setPhone} maxlength={13} />
      <TextField label="所属社区（可不填）" value={area} onChange={setArea} maxlength={30} />
      <MultiChips label="能提供" choices={SERVICE_CHOICES} values={services} onChange={setServices} />
      <ChoiceChips label="营业时间" choices={ALL_DAY_CHOICES} value={allDay} onChange={setAllDay} />
      {allDay === 'no' ? (
        <>
          <MultiChips label="开门的日子" choices={DAY_CHOICES} values={days} onChange={setDays} />
          <TextField label="开门时间" value={open} onChange={setOpen} maxlength={5} placeholder="08:00" />
          <TextField label="关门时间" value={close} onChange={setClose} maxlength={5} placeholder="22:00" hint="早于开门时间表示营业到第二天凌晨" />
          {otherRanges.length ? <NoticeCard title="还有其他时段" text="这个守望点另有营业时段，保存时会一并保留。" /> : null}
        </>
      ) : null}
      {role.isAdmin ? <StationPicker label="派出所" value={stationId} onChange={setStationId} /> : null}
      <FormProblem message={save.error ?? retire.error} />
      <ActionButton disabled={save.busy} onClick={send}>
        {save.busy ? '正在保存…' : '保存'}
      </ActionButton>
      {point ? (
        <ActionButton tone="quiet" disabled={retire.busy} onClick={() => void askRetire()}>
          撤下这个守望点
        </ActionButton>
      ) : null}
    </View>
  )
}

export default function WatchPointEditPage() {
  return (
    <EditPage load={(id) => call('community', 'getWatchPoint', { id })} titles={{ edit: '编辑守望点', create: '新增守望点' }} missing="没有找到这个守望点">
      {(point) => <WatchPointForm point={point} />}
    </EditPage>
  )
}
