import { articles, cases, COMMON_STEPS, questions, tips } from '../../local/demo/fraud-content'
import { FRAUD_TYPES, saveArticleInput, saveCaseInput, saveQuestionInput, saveTipInput } from '../../types/fraud'
import { nth } from '../list-items'

const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i)

describe('the demo content of the 反诈 tab', () => {
  it('has at least 12 articles covering every fraud type', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12)
    expect(new Set(articles.map((a) => a.type))).toEqual(new Set(FRAUD_TYPES))
  })

  it('has at least 6 cases, 40 questions and 30 tips', () => {
    expect(cases.length).toBeGreaterThanOrEqual(6)
    expect(questions.length).toBeGreaterThanOrEqual(40)
    expect(tips.length).toBeGreaterThanOrEqual(30)
  })

  it('has quiz questions of every fraud type', () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(FRAUD_TYPES))
  })

  it('repeats no title, stem or tip', () => {
    expect(duplicates(articles.map((a) => a.title))).toEqual([])
    expect(duplicates(cases.map((c) => c.title))).toEqual([])
    expect(duplicates(questions.map((q) => q.stem))).toEqual([])
    expect(duplicates(tips.map((t) => t.text))).toEqual([])
  })

  it.each(articles.map((a) => [a.title, a] as const))('article “%s” is valid for saveArticle', (_title, a) => {
    expect(saveArticleInput.safeParse(a).error?.issues ?? []).toEqual([])
  })

  it.each(articles.map((a) => [a.title, a] as const))('article “%s” gives its signs and what to do', (_title, a) => {
    const signs = a.body.filter((b) => b.kind === 'signs')
    const steps = a.body.flatMap((b) => (b.kind === 'steps' ? b.items : []))
    expect(signs).toHaveLength(1)
    expect(steps).toEqual(expect.arrayContaining([...COMMON_STEPS]))
    const said = steps.join('')
    for (const needed of ['96110', '110', '国家反诈中心', '来电预警', '聊天记录', '转账凭证']) expect(said).toContain(needed)
  })

  it.each(cases.map((c) => [c.title, c] as const))('case “%s” is valid for saveCase', (_title, c) => {
    expect(saveCaseInput.safeParse(c).error?.issues ?? []).toEqual([])
  })

  it.each(questions.map((q) => [q.stem, q] as const))('question “%s” is valid, its answer one of its options', (_stem, q) => {
    expect(saveQuestionInput.safeParse(q).error?.issues ?? []).toEqual([])
    expect(q.options.length).toBeGreaterThanOrEqual(2)
    expect(q.options.length).toBeLessThanOrEqual(4)
    expect(Number.isInteger(q.answer)).toBe(true)
    expect(q.answer).toBeGreaterThanOrEqual(0)
    expect(q.answer).toBeLessThan(q.options.length)
    expect(duplicates(q.options)).toEqual([])
  })

  it('does not always put the right answer in the same place', () => {
    const places = new Set(questions.map((q) => q.answer))
    expect(places.size).toBeGreaterThanOrEqual(3)
    const mostCommon = Math.max(...[...places].map((p) => questions.filter((q) => q.answer === p).length))
    expect(mostCommon / questions.length).toBeLessThanOrEqual(0.5)
  })

  it.each(tips.map((t) => [t.text, t] as const))('tip “%s” is valid and at most 60 字', (_text, t) => {
    expect(saveTipInput.safeParse(t).error?.issues ?? []).toEqual([])
    expect([...t.text].length).toBeLessThanOrEqual(60)
  })

  it('states the facts the product relies on', () => {
    const everything = JSON.stringify({ articles, cases, questions, tips })
    // The hotline is 96110 and it is never written wrongly.
    expect(everything).toContain('96110')
    expect(everything.match(/\d*9611\d*/g)?.every((n) => n === '96110')).toBe(true)
    // No text tells a reader to move money into a 安全账户 without calling it fake.
    const safeAccount = questions.filter((q) => q.options.some((o) => o.includes('安全账户')))
    expect(safeAccount.every((q) => !nth(q.options, q.answer, 'the right answer').includes('安全账户'))).toBe(true)
  })
})
