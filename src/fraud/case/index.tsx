import type { ShareCard } from '../../device/share'
import { useShareCard } from '../../hooks/useShareCard'
import { useCase } from '../link-hooks'
import { CaseReading } from '../Reading'
import ReadingPage from '../ReadingPage'
import { fraudUrls } from '../urls'

const WORDS = { loading: '正在打开案例…', empty: '没有找到这个案例', notFound: '这个案例找不到了' }

/** One case: what happened, where it went wrong, what to remember. */
export default function CasePage() {
  const { id, fraudCase } = useCase()
  const card = (): ShareCard => ({
    title: fraudCase.status === 'ready' ? `真事：${fraudCase.data.title}，你身边也可能发生` : '身边的真实骗局，一定看看',
    path: fraudUrls.case(id ?? ''),
  })
  useShareCard(card)
  return (
    <ReadingPage remote={fraudCase} words={WORDS} card={card} next={(c) => ({ text: '这类骗局的更多文章', url: fraudUrls.list(c.type) })}>
      {(c) => <CaseReading fraudCase={c} />}
    </ReadingPage>
  )
}
