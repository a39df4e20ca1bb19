import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Notice } from '@/types/community'
import { NOTICE_KIND_LABELS, type NoticeKind } from '@/types/community-words'
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
import { NOTICE_STATUS_LABELS } from './labels'
import { communityConsoleUrls } from './urls'
import EditPage from './parts/EditPage'

const KIND_CHOICES = (['notice', 'news'] as const).map((value) => ({ value, label: NOTICE_KIND_LABELS[value] }))
const PIN_CHOICES = [
  { value: 'no', label: '不置顶' },
  { value: 'yes', label: '置顶' },
] as const

/** Writes a notice: saves a draft, publishes what is on the screen, takes it down (asking first) or puts it up again. */
function NoticeForm({ notice }: { notice?: Notice }) {
  const role = useStaffRole()
  const [kind, setKind] = useState<NoticeKind>(notice?.kind ?? 'notice')
  const [title, setTitle] = useState(notice?.title ?? '')
  const [body, setBody] = useState(notice?.body ?? '')
  const [area, setArea] = useState(notice?.area ?? '')
  const [pinned, setPinned] = useState<'yes' | 'no'>(notice?.pinned ? 'yes' : 'no')
  const [stationId, setStationId] = useState(notice?.stationId ?? ANY_STATION)
  const [id, setId] = useState(notice?.id)
  const [status, setStatus] = useState(notice?.status ?? 'draft')

  const fields = () => ({
    ...(id ? { id } : {}),
    kind,
    title: title.trim(),
    body: body.trim(),
    pinned: pinned === 'yes',
    ...(area.trim() ? { area: area.trim() } : {}),
    ...(role.isAdmin && stationId !== ANY_STATION ? { stationId } : {}),
  })
  const save = useSubmit(() => call('community', 'saveNotice', fields()), { toast: '已保存', then: (answer) => setId(answer.id) })
  // 发布 publishes what is on the screen: the text is saved (and checked) first, then published.
  const publish = useSubmit(
    async () => {
      const saved = await call('community', 'saveNotice', fields())
      setId(saved.id)
      return call('community', 'publishNotice', { id: saved.id })
    },
    { toast: '已发布', then: (answer) => setStatus(answer.status) },
  )
  const archive = useSubmit(() => call('community', 'archiveNotice', { id: id ?? '' }), {
    toast: '已下架',
    then: (answer) => {
      setStatus(answer.status)
      returnTo(communityConsoleUrls.notices)
    },
  })
  const busy = save.busy || publish.busy || archive.busy

  /** The form's own check before either button asks the server. */
  function problem(): string | null {
    if (title.trim().length < 2) return '请填写标题（2–40 个字）'
    if (body.trim().length < 2) return '请填写正文'
    if (role.isAdmin && !id && stationId === ANY_STATION) return '请选择派出所'
    return null
  }

  function send() {
    const found = problem()
    if (found) return save.setError(found)
    void save.submit(undefined)
  }

  function sendAndPublish() {
    const found = problem()
    if (found) return publish.setError(found)
    save.setError(null)
    void publish.submit(undefined)
  }

  async function askArchive() {
    const { confirm } = await Taro.showModal({
      title: '下架这条公告？',
      content: '下架后居民看不到它。以后可以在「已下架」里找到它，再次发布。',
      confirmText: '下架',
      confirmColor: '#c3161c',
      cancelText: '不下架',
    })
    if (confirm) await archive.submit(undefined)
  }

  return (
    <View className="jmt-card">
      {id ? (
        <NoticeCard
          title={`状态：${NOTICE_STATUS_LABELS[status]}`}
          text={
            status === 'draft' ? '草稿只有工作人员能看到，发布后居民才能看到。' : status === 'archived' ? '已下架，居民看不到。可以修改后重新发布。' : undefined
          }
        />
      ) : null}
      <ChoiceChips label="类别" choices={KIND_CHOICES} value={kind} onChange={setKind} />
      <TextField label="标题" value={title} onChange={setTitle} maxlength={40} placeholder="例如 冬季用火用电安全提醒" />
      <TextField
        multiline
        label="正文"
        value={body}
        onChange={setBody}
        maxlength={3000}
        hint="请用简单、直白的话写，老人也能看懂。发布前会经过内容安全检查。"
      />
      <TextField label="发给哪个社区（可不填）" value={area} onChange={setArea} maxlength={30} placeholder="不填则发给本所所有社区" />
      <ChoiceChips label="置顶" choices={PIN_CHOICES} value={pinned} onChange={setPinned} />
      {role.isAdmin && !id ? <StationPicker label="派出所" value={stationId} onChange={setStationId} /> : null}
      <FormProblem message={save.error ?? publish.error ?? archive.error} />
      {status !== 'published' ? (
        <ActionButton disabled={busy} hint="发布前会保存屏幕上的内容并做内容安全检查" onClick={sendAndPublish}>
          {publish.busy ? '正在发布…' : status === 'archived' ? '重新发布' : '发布'}
        </ActionButton>
      ) : null}
      <ActionButton
        tone={status === 'published' ? 'primary' : 'secondary'}
        disabled={busy}
        hint={status === 'published' ? '保存后居民马上看到修改' : undefined}
        onClick={send}
      >
        {save.busy ? '正在保存…' : status === 'published' ? '保存修改' : '保存草稿'}
      </ActionButton>
      {id && status !== 'archived' ? (
        <ActionButton tone="quiet" disabled={busy} onClick={() => void askArchive()}>
          下架
        </ActionButton>
      ) : null}
    </View>
  )
}

export default function NoticeEditPage() {
  return (
    <EditPage load={(id) => call('community', 'getNoticeForEdit', { id })} titles={{ edit: '编辑公告', create: '写公告' }} missing="没有找到这条公告">
      {(notice) => <NoticeForm notice={notice} />}
    </EditPage>
  )
}
