import FraudQuestion from '../../components/FraudQuestion'
import FraudTipCard from '../../components/FraudTipCard'
import { ArticleReading, CaseReading } from '../../fraud/Reading'
import { blockOf, type ContentForm } from './drafts'

/** What residents will see, drawn by the same components as their pages. */
export default function ContentPreview({ form }: { form: ContentForm }) {
  switch (form.kind) {
    case 'article':
      return (
        <ArticleReading article={{ ...form, title: form.title || '（还没有标题）', summary: form.summary || '（还没有摘要）', body: form.body.map(blockOf) }} />
      )
    case 'case':
      return <CaseReading fraudCase={{ ...form, title: form.title || '（还没有标题）' }} />
    case 'question':
      return (
        <FraudQuestion
          counter="答题后看到的样子"
          stem={form.stem}
          options={form.options}
          chosen={form.answer}
          reveal={{ answer: form.answer, explanation: form.explanation }}
        />
      )
    case 'tip':
      return <FraudTipCard tip={{ id: 'preview', text: form.text || '（还没有内容）', ...(form.type ? { type: form.type } : {}) }} />
  }
}
