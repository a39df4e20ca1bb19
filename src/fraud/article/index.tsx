import type { ShareCard } from '../../device/share'
import { useShareCard } from '../../hooks/useShareCard'
import { useArticle } from '../link-hooks'
import { ArticleReading } from '../Reading'
import ReadingPage from '../ReadingPage'
import { fraudUrls } from '../urls'

const WORDS = { loading: '正在打开文章…', empty: '没有找到这篇文章', notFound: '这篇文章找不到了' }

/** One article, as a family member's shared link opens it: large, plain, 96110 and 110 under it. */
export default function ArticlePage() {
  const { id, article } = useArticle()
  const card = (): ShareCard => ({
    title: article.status === 'ready' ? `【防骗必看】${article.data.title}` : '这种骗局专骗身边人，一定看看',
    path: fraudUrls.article(id ?? ''),
  })
  useShareCard(card)
  return (
    <ReadingPage remote={article} words={WORDS} card={card} next={(a) => ({ text: '做几道题，看看自己能不能识破', url: fraudUrls.quiz(a.type) })}>
      {(a) => <ArticleReading article={a} />}
    </ReadingPage>
  )
}
