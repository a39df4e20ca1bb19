import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { CONTENT_KIND_LABELS, CONTENT_STATUS_LABELS, type ContentStatus } from '@/types/fraud-words'
import ActionButton from '../../components/ActionButton'
import PageState from '../../components/PageState'
import ChoiceChips from '../components/ChoiceChips'
import FormProblem from '@/components/FormProblem'
import StaffPage from '../components/StaffPage'
import ContentEditor from './Editors'
import ContentPreview from './Preview'
import { useContentEditor } from './useContentEditor'
import './edit.css'

const MODES = [
  { value: 'edit', label: '编辑' },
  { value: 'preview', label: '预览' },
] as const

/** The tag of each state of an item (app.css): published green, archived red, a new one not yet saved grey. */
const STATUS_TAGS: Record<ContentStatus | 'new', string> = {
  new: 'jmt-tag jmt-tag--neutral',
  draft: 'jmt-tag',
  published: 'jmt-tag jmt-tag--success',
  archived: 'jmt-tag jmt-tag--danger',
}

export default function ContentEditPage() {
  const { loaded, editing } = useContentEditor()
  const [mode, setMode] = useState<'edit' | 'preview'>('edit')
  const title = editing ? `${editing.status === 'new' ? '新建' : '编辑'}${CONTENT_KIND_LABELS[editing.kind]}` : '反诈内容'
  return (
    <StaffPage title={title}>
      <PageState remote={loaded} loadingText="正在读取…" emptyTitle="没有找到这条内容" errorTitles={{ NOT_FOUND: '没有找到这条内容' }}>
        {() =>
          editing ? (
            <View>
              <View className="content-edit__status">
                <Text className={`${STATUS_TAGS[editing.status]} content-edit__badge`}>
                  {editing.status === 'new' ? '未保存' : CONTENT_STATUS_LABELS[editing.status]}
                </Text>
                {editing.dirty ? <Text className="jmt-muted">有未保存的修改</Text> : null}
              </View>
              <ChoiceChips choices={MODES} value={mode} onChange={setMode} />
              <View className="jmt-card">
                {mode === 'edit' ? <ContentEditor form={editing.form} onChange={editing.setForm} /> : <ContentPreview form={editing.form} />}
              </View>
              <FormProblem message={editing.problem} />
              <View className="content-edit__actions">
                <ActionButton tone="secondary" disabled={editing.busy} onClick={editing.saveDraft}>
                  {editing.busy ? '请稍候…' : '保存草稿'}
                </ActionButton>
                <ActionButton
                  disabled={editing.busy || (editing.status === 'published' && !editing.dirty)}
                  hint="发布前自动做内容安全检查"
                  onClick={editing.publish}
                >
                  {editing.status === 'published' && !editing.dirty ? '已发布' : '发布'}
                </ActionButton>
                {editing.id && editing.status !== 'archived' && editing.status !== 'new' ? (
                  <ActionButton tone="quiet" disabled={editing.busy} hint="居民将看不到它，可以再发布" onClick={editing.archive}>
                    下架
                  </ActionButton>
                ) : null}
              </View>
            </View>
          ) : null
        }
      </PageState>
    </StaffPage>
  )
}
