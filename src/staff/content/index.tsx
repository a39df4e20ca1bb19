import { useState } from 'react'
import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import type { PageUrl } from '@/types/page-url'
import { CONTENT_KIND_LABELS, CONTENT_KINDS, CONTENT_STATUS_LABELS, CONTENT_STATUSES, type ContentKind, type ContentStatus } from '@/types/fraud-words'
import ActionButton from '../../components/ActionButton'
import { call } from '../../api'
import { fraudTypeLabel } from '../../fraud/kinds'
import { chinaDayLabel, chinaTime } from '../../time/china'
import ChoiceChips from '../components/ChoiceChips'
import ListRow from '../components/ListRow'
import ConsoleList from '../components/ConsoleList'
import StaffPage from '../components/StaffPage'
import { usePagedList } from '../hooks/usePagedList'
import { contentUrls } from './urls'

const KIND_CHOICES = CONTENT_KINDS.map((value) => ({ value, label: CONTENT_KIND_LABELS[value] }))
const STATUS_CHOICES = [{ value: '' as const, label: '全部' }, ...CONTENT_STATUSES.map((value) => ({ value, label: CONTENT_STATUS_LABELS[value] }))]

/** 反诈内容: articles, cases, questions and tips by status, drafts included. */
export default function ContentListPage() {
  const [kind, setKind] = useState<ContentKind>('article')
  const [status, setStatus] = useState<ContentStatus | ''>('')
  const list = usePagedList((cursor) => call('fraud', 'listContent', { kind, limit: 20, cursor, ...(status ? { status } : {}) }), [kind, status])
  // Back from the editor: what was saved or published shows at once.
  const [shown, setShown] = useState(false)
  useDidShow(() => {
    if (shown) list.remote.retry()
    setShown(true)
  })
  const open = (url: PageUrl) => Taro.navigateTo({ url })
  return (
    <StaffPage title="反诈内容">
      <ChoiceChips label="类别" choices={KIND_CHOICES} value={kind} onChange={setKind} />
      <ChoiceChips label="状态" choices={STATUS_CHOICES} value={status} onChange={setStatus} />
      <View className="staff-page__actions">
        <ActionButton onClick={() => open(contentUrls.edit(kind))}>{`新建${CONTENT_KIND_LABELS[kind]}`}</ActionButton>
      </View>
      <ConsoleList
        list={list}
        loadingText="正在读取…"
        emptyTitle={`没有${status ? CONTENT_STATUS_LABELS[status] : ''}的${CONTENT_KIND_LABELS[kind]}`}
        emptyHint="换个条件，或新建一条。"
      >
        {(item) => (
          <ListRow
            key={item.id}
            title={item.title}
            tag={CONTENT_STATUS_LABELS[item.status]}
            tagTone={item.status === 'published' ? 'plain' : 'warning'}
            lines={[[fraudTypeLabel(item.type), `更新于 ${chinaDayLabel(item.updatedAt) ?? ''} ${chinaTime(item.updatedAt) ?? ''}`].filter(Boolean).join('　')]}
            onClick={() => open(contentUrls.edit(item.kind, item.id))}
          />
        )}
      </ConsoleList>
    </StaffPage>
  )
}
