import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import type { ContentStatus, ContentKind } from '@/types/fraud-words'
import { CONTENT_KINDS } from '@/types/fraud-words'
import { ApiError, call } from '../../api'
import { toApiError } from '../../api/errors'
import { useRemote } from '../../hooks/useRemote'
import { articleInput, blankForm, caseInput, type ContentForm, describeField, formOf, formProblem, questionInput, tipInput } from './drafts'

function readKind(raw: string | undefined): ContentKind | undefined {
  return raw && (CONTENT_KINDS as readonly string[]).includes(raw) ? (raw as ContentKind) : undefined
}

/** The server's refusal in words, naming the field when it names one. */
function problemOf(failure: unknown): string {
  const error = toApiError(failure)
  if (error.field && (error.code === 'CONTENT_REJECTED' || error.code === 'INVALID_ARGUMENT')) return `${describeField(error.field)}：${error.message}`
  return error.message
}

async function save(form: ContentForm, id: string | undefined): Promise<string> {
  const withId = id ? { id } : {}
  switch (form.kind) {
    case 'article':
      return (await call('fraud', 'saveArticle', { ...withId, ...articleInput(form) })).id
    case 'case':
      return (await call('fraud', 'saveCase', { ...withId, ...caseInput(form) })).id
    case 'question':
      return (await call('fraud', 'saveQuestion', { ...withId, ...questionInput(form) })).id
    case 'tip':
      return (await call('fraud', 'saveTip', { ...withId, ...tipInput(form) })).id
  }
}

export interface Editing {
  kind: ContentKind
  id?: string
  form: ContentForm
  status: ContentStatus | 'new'
  /** Changed since the last save. */
  dirty: boolean
  busy: boolean
  problem: string | null
  setForm: (form: ContentForm) => void
  saveDraft: () => void
  publish: () => void
  archive: () => void
}

/**
 * One item in the editor: loaded when the page names an id, blank otherwise. Saving makes (or keeps)
 * a draft; publishing saves unsaved changes first, then asks the function to check and publish.
 */
export function useContentEditor() {
  const { params } = useRouter()
  const kind = readKind(params.kind)
  const initialId = params.id ? decodeURIComponent(params.id) : undefined
  const loaded = useRemote(
    async () => {
      if (!kind) throw new ApiError('INVALID_ARGUMENT', '链接不完整：缺少内容类别')
      if (!initialId) return { form: blankForm(kind), status: 'new' as const }
      const item = await call('fraud', 'getContent', { kind, id: initialId })
      return { form: formOf(item), status: item.status }
    },
    [kind, initialId],
    { isEmpty: () => false },
  )
  const [id, setId] = useState(initialId)
  const [form, setFormState] = useState<ContentForm | null>(null)
  const [status, setStatus] = useState<ContentStatus | 'new'>('new')
  const [dirty, setDirty] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  // The loaded item (a stable object until reloaded), not `loaded` itself, which is new each render.
  const item = loaded.status === 'ready' ? loaded.data : null
  useEffect(() => {
    if (!item) return
    setFormState(item.form)
    setStatus(item.status)
    setDirty(false)
  }, [item])

  async function run(step: () => Promise<void>) {
    if (busy) return
    setBusy(true)
    setProblem(null)
    try {
      await step()
    } catch (failure) {
      setProblem(problemOf(failure))
    } finally {
      setBusy(false)
    }
  }

  async function saveNow(current: ContentForm): Promise<string | null> {
    const missing = formProblem(current)
    if (missing) {
      setProblem(missing)
      return null
    }
    const savedId = await save(current, id)
    setId(savedId)
    setStatus('draft')
    setDirty(false)
    return savedId
  }

  const editing: Editing | null =
    kind && form
      ? {
          kind,
          id,
          form,
          status,
          dirty,
          busy,
          problem,
          setForm(next) {
            setFormState(next)
            setDirty(true)
          },
          saveDraft: () =>
            void run(async () => {
              if (await saveNow(form)) Taro.showToast({ title: '已保存为草稿', icon: 'success' })
            }),
          publish: () =>
            void run(async () => {
              const target = dirty || !id || status === 'new' ? await saveNow(form) : id
              if (!target) return
              await call('fraud', 'publish', { kind, id: target })
              setStatus('published')
              Taro.showToast({ title: '已发布', icon: 'success' })
            }),
          archive: () =>
            void run(async () => {
              if (!id) return
              const { confirm } = await Taro.showModal({
                title: '下架这条内容？',
                content: '下架后居民看不到它，可以再发布。',
                confirmText: '下架',
                confirmColor: '#c3161c',
                cancelText: '不下架',
              })
              if (!confirm) return
              await call('fraud', 'archive', { kind, id })
              setStatus('archived')
              Taro.showToast({ title: '已下架', icon: 'success' })
            }),
        }
      : null

  return { loaded, editing }
}
