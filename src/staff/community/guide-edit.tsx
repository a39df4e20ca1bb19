import { useState } from 'react'
import { View } from '@tarojs/components'
import type { Guide } from '@/types/community'
import { GUIDE_CATEGORIES } from '@/types/community-words'
import { call } from '../../api'
import ActionButton from '../../components/ActionButton'
import ChoiceChips from '../components/ChoiceChips'
import FormProblem from '@/components/FormProblem'
import TextField from '../../components/TextField'
import { useSubmit } from '../hooks/useSubmit'
import { returnTo } from '../navigation'
import { communityConsoleUrls } from './urls'
import EditPage from './parts/EditPage'

type Category = (typeof GUIDE_CATEGORIES)[number]
const CATEGORY_CHOICES = GUIDE_CATEGORIES.map((value) => ({ value, label: value }))
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

function GuideForm({ guide }: { guide?: Guide }) {
  const [title, setTitle] = useState(guide?.title ?? '')
  const [category, setCategory] = useState<Category>(guide?.category ?? '户籍')
  const [purpose, setPurpose] = useState(guide?.purpose ?? '')
  const [eligibility, setEligibility] = useState(guide?.eligibility.join('\n') ?? '')
  const [materials, setMaterials] = useState(guide?.materials.join('\n') ?? '')
  const [steps, setSteps] = useState(guide?.steps.join('\n') ?? '')
  const [where, setWhere] = useState(guide?.where ?? '')
  const [fees, setFees] = useState(guide?.fees ?? '')
  const [timeLimit, setTimeLimit] = useState(guide?.timeLimit ?? '')
  const [notes, setNotes] = useState(guide?.notes.join('\n') ?? '')
  const [visitMatter, setVisitMatter] = useState(guide?.visitMatter ?? '')
  const save = useSubmit(
    () =>
      call('community', 'saveGuide', {
        ...(guide ? { id: guide.id } : {}),
        title: title.trim(),
        category,
        purpose: purpose.trim(),
        eligibility: lines(eligibility),
        materials: lines(materials),
        steps: lines(steps),
        where: where.trim(),
        fees: fees.trim(),
        timeLimit: timeLimit.trim(),
        notes: lines(notes),
        ...(visitMatter.trim() ? { visitMatter: visitMatter.trim() } : {}),
      }),
    { toast: '已保存', then: () => returnTo(communityConsoleUrls.guides) },
  )

  function send() {
    if (title.trim().length < 2) return save.setError('请填写指南名称')
    if (!lines(materials).length || !lines(steps).length || !lines(eligibility).length) return save.setError('请填写“谁可以办”“要带什么”“怎么办”，每行一条')
    void save.submit(undefined)
  }

  return (
    <View className="jmt-card">
      <TextField label="名称" value={title} onChange={setTitle} maxlength={30} placeholder="例如 居住证办理" />
      <ChoiceChips label="类别" choices={CATEGORY_CHOICES} value={category} onChange={setCategory} />
      <TextField multiline label="办什么" value={purpose} onChange={setPurpose} maxlength={300} />
      <TextField multiline maxlength={1000} label="谁可以办（每行一条）" value={eligibility} onChange={setEligibility} />
      <TextField multiline maxlength={1000} label="要带什么（每行一条）" value={materials} onChange={setMaterials} />
      <TextField multiline maxlength={1000} label="怎么办（每行一步）" value={steps} onChange={setSteps} />
      <TextField multiline label="在哪里办、什么时间" value={where} onChange={setWhere} maxlength={300} />
      <TextField label="收费" value={fees} onChange={setFees} maxlength={100} />
      <TextField label="多久办好" value={timeLimit} onChange={setTimeLimit} maxlength={100} />
      <TextField multiline maxlength={1000} label="注意（每行一条，可不填）" value={notes} onChange={setNotes} />
      <TextField
        label="可预约流动警务室的事项（可不填）"
        value={visitMatter}
        onChange={setVisitMatter}
        maxlength={20}
        placeholder="例如 户籍咨询"
        hint="填了，指南页会出现“预约流动警务室”按钮"
      />
      <FormProblem message={save.error} />
      <ActionButton disabled={save.busy} onClick={send}>
        {save.busy ? '正在保存…' : '保存'}
      </ActionButton>
    </View>
  )
}

export default function GuideEditPage() {
  return (
    <EditPage load={(id) => call('community', 'getGuide', { id })} titles={{ edit: '编辑指南', create: '新增指南' }} missing="没有找到这份指南">
      {(guide) => <GuideForm guide={guide} />}
    </EditPage>
  )
}
