import { Text, View } from '@tarojs/components'
import { FRAUD_TYPE_LABELS, FRAUD_TYPES, type FraudType } from '@/types/fraud-words'
import ActionButton from '../../components/ActionButton'
import ChoiceChips from '../components/ChoiceChips'
import TextField from '../../components/TextField'
import type { ArticleForm, BlockDraft, CaseForm, ContentForm, QuestionForm, TipForm } from './drafts'
import './Editors.css'

const TYPE_CHOICES = FRAUD_TYPES.map((value) => ({ value, label: FRAUD_TYPE_LABELS[value] }))
const TIP_TYPE_CHOICES = [{ value: '', label: '不限类型' }, ...TYPE_CHOICES] as const
const LETTERS = ['A', 'B', 'C', 'D']

const BLOCK_LABELS: Record<BlockDraft['kind'], string> = { paragraph: '段落', signs: '警惕信号', steps: '应对步骤', image: '图片' }
const NEW_BLOCKS: BlockDraft[] = [
  { kind: 'paragraph', text: '' },
  { kind: 'signs', lines: '' },
  { kind: 'steps', lines: '' },
  { kind: 'image', url: '', alt: '' },
]

function TypeChips({ value, onChange }: { value: FraudType; onChange: (type: FraudType) => void }) {
  return <ChoiceChips label="诈骗类型" choices={TYPE_CHOICES} value={value} onChange={onChange} />
}

function BlockEditor({
  block,
  index,
  count,
  onChange,
  onMove,
  onRemove,
}: {
  block: BlockDraft
  index: number
  count: number
  onChange: (block: BlockDraft) => void
  onMove: (by: -1 | 1) => void
  onRemove: () => void
}) {
  const title = `第 ${index + 1} 段 · ${BLOCK_LABELS[block.kind]}`
  return (
    <View className="content-block">
      <Text className="content-block__title">{title}</Text>
      {block.kind === 'paragraph' ? (
        <TextField tall counted label="文字" value={block.text} maxlength={2000} onChange={(text) => onChange({ ...block, text })} />
      ) : block.kind === 'image' ? (
        <>
          <TextField label="图片地址" value={block.url} maxlength={500} placeholder="https://…" onChange={(url) => onChange({ ...block, url })} />
          <TextField
            label="图片说明"
            value={block.alt}
            maxlength={100}
            hint="读屏软件念这句话，也显示在图片下面"
            onChange={(alt) => onChange({ ...block, alt })}
          />
        </>
      ) : (
        <TextField
          multiline
          counted
          label={block.kind === 'signs' ? '警惕信号，一行一条' : '应对步骤，一行一步'}
          value={block.lines}
          maxlength={2000}
          hint="每条不超过 200 字，最多 20 条"
          onChange={(lines) => onChange({ ...block, lines })}
        />
      )}
      <View className="content-block__tools">
        <View className="content-block__tool">
          <ActionButton tone="quiet" disabled={index === 0} onClick={() => onMove(-1)}>
            上移
          </ActionButton>
        </View>
        <View className="content-block__tool">
          <ActionButton tone="quiet" disabled={index === count - 1} onClick={() => onMove(1)}>
            下移
          </ActionButton>
        </View>
        <View className="content-block__tool">
          <ActionButton tone="quiet" disabled={count === 1} onClick={onRemove}>
            删除
          </ActionButton>
        </View>
      </View>
    </View>
  )
}

function ArticleEditor({ form, onChange }: { form: ArticleForm; onChange: (form: ArticleForm) => void }) {
  const setBlocks = (body: BlockDraft[]) => onChange({ ...form, body })
  function move(i: number, by: -1 | 1) {
    const block = form.body[i]
    const neighbour = form.body[i + by]
    // The first block cannot move up, nor the last down.
    if (!block || !neighbour) return
    setBlocks(form.body.map((b, j) => (j === i ? neighbour : j === i + by ? block : b)))
  }
  return (
    <View>
      <TypeChips value={form.type} onChange={(type) => onChange({ ...form, type })} />
      <TextField label="标题" value={form.title} maxlength={60} placeholder="一句话说清是什么骗局" onChange={(title) => onChange({ ...form, title })} />
      <TextField
        multiline
        counted
        label="摘要"
        value={form.summary}
        maxlength={200}
        hint="列表里显示，说出最要紧的一句"
        onChange={(summary) => onChange({ ...form, summary })}
      />
      {form.body.map((block, i) => (
        <BlockEditor
          key={i}
          block={block}
          index={i}
          count={form.body.length}
          onChange={(next) => setBlocks(form.body.map((b, j) => (j === i ? next : b)))}
          onMove={(by) => move(i, by)}
          onRemove={() => setBlocks(form.body.filter((_, j) => j !== i))}
        />
      ))}
      <Text className="jmt-label content-editor__label">添加一段</Text>
      <View className="content-block__tools">
        {NEW_BLOCKS.map((block) => (
          <View className="content-block__tool" key={block.kind}>
            <ActionButton tone="secondary" disabled={form.body.length >= 60} onClick={() => setBlocks([...form.body, block])}>
              {BLOCK_LABELS[block.kind]}
            </ActionButton>
          </View>
        ))}
      </View>
    </View>
  )
}

function CaseEditor({ form, onChange }: { form: CaseForm; onChange: (form: CaseForm) => void }) {
  return (
    <View>
      <TypeChips value={form.type} onChange={(type) => onChange({ ...form, type })} />
      <TextField label="标题" value={form.title} maxlength={60} onChange={(title) => onChange({ ...form, title })} />
      <TextField
        tall
        counted
        label="事情经过"
        value={form.story}
        maxlength={2500}
        hint="不写真实姓名、电话、住址"
        onChange={(story) => onChange({ ...form, story })}
      />
      <TextField multiline counted label="错在哪里" value={form.mistake} maxlength={1000} onChange={(mistake) => onChange({ ...form, mistake })} />
      <TextField multiline counted label="记住这一条" value={form.lesson} maxlength={1000} onChange={(lesson) => onChange({ ...form, lesson })} />
    </View>
  )
}

function QuestionEditor({ form, onChange }: { form: QuestionForm; onChange: (form: QuestionForm) => void }) {
  const setOption = (i: number, text: string) => onChange({ ...form, options: form.options.map((o, j) => (j === i ? text : o)) })
  const answerChoices = form.options.map((_, i) => ({ value: String(i), label: LETTERS[i] ?? String(i + 1) }))
  return (
    <View>
      <TypeChips value={form.type} onChange={(type) => onChange({ ...form, type })} />
      <TextField multiline counted label="题目" value={form.stem} maxlength={300} onChange={(stem) => onChange({ ...form, stem })} />
      {form.options.map((option, i) => (
        <TextField key={i} label={`选项 ${LETTERS[i]}`} value={option} maxlength={100} onChange={(text) => setOption(i, text)} />
      ))}
      <View className="content-block__tools">
        <View className="content-block__tool">
          <ActionButton tone="quiet" disabled={form.options.length >= 4} onClick={() => onChange({ ...form, options: [...form.options, ''] })}>
            加一个选项
          </ActionButton>
        </View>
        <View className="content-block__tool">
          <ActionButton
            tone="quiet"
            disabled={form.options.length <= 2}
            onClick={() => onChange({ ...form, options: form.options.slice(0, -1), answer: Math.min(form.answer, form.options.length - 2) })}
          >
            去掉最后一个
          </ActionButton>
        </View>
      </View>
      <ChoiceChips label="正确答案" choices={answerChoices} value={String(form.answer)} onChange={(v) => onChange({ ...form, answer: Number(v) })} />
      <TextField
        multiline
        counted
        label="解析"
        value={form.explanation}
        maxlength={600}
        hint="为什么选这个，答完马上显示"
        onChange={(explanation) => onChange({ ...form, explanation })}
      />
    </View>
  )
}

function TipEditor({ form, onChange }: { form: TipForm; onChange: (form: TipForm) => void }) {
  return (
    <View>
      <TextField
        multiline
        counted
        label="提示内容"
        value={form.text}
        maxlength={200}
        hint="一两句话，老人一眼能看懂"
        onChange={(text) => onChange({ ...form, text })}
      />
      <ChoiceChips
        label="诈骗类型"
        choices={TIP_TYPE_CHOICES}
        value={form.type ?? ''}
        onChange={(v) => {
          const { type: _old, ...rest } = form
          onChange(v ? { ...rest, type: v as FraudType } : rest)
        }}
      />
    </View>
  )
}

/** The editor of whatever kind the form is. */
export default function ContentEditor({ form, onChange }: { form: ContentForm; onChange: (form: ContentForm) => void }) {
  switch (form.kind) {
    case 'article':
      return <ArticleEditor form={form} onChange={onChange} />
    case 'case':
      return <CaseEditor form={form} onChange={onChange} />
    case 'question':
      return <QuestionEditor form={form} onChange={onChange} />
    case 'tip':
      return <TipEditor form={form} onChange={onChange} />
  }
}
