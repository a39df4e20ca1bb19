import { asThing, KEYWORD_RULES } from '../../cloudfunctions/_shared/openapi/subscribe-rules'

/** Every notice (visits, community, messages) cuts its `thing` keywords with the one asThing. */
describe('asThing: a text as a subscribe message’s thing keyword takes it (20个以内字符)', () => {
  it('keeps a text that fits, to the letter', () => {
    const twenty = '一二三四五六七八九十一二三四五六七八九十'
    expect(asThing(twenty)).toBe(twenty)
    expect(asThing('居民来电取消')).toBe('居民来电取消')
  })

  it('cuts a longer one to 19 characters and an ellipsis, which WeChat then accepts', () => {
    const cut = asThing('请于12月3日上午九点半前后到场，并带好身份证件和户口本')
    expect(cut).toBe('请于12月3日上午九点半前后到场，并带…')
    expect(Array.from(cut)).toHaveLength(20)
    expect(KEYWORD_RULES.thing?.ok(cut)).toBe(true)
  })

  it('counts characters as WeChat does, never splitting one made of two UTF-16 units', () => {
    const emoji = '👍'.repeat(20)
    expect(asThing(emoji)).toBe(emoji)
    const cut = asThing('👍'.repeat(21))
    expect(cut).toBe(`${'👍'.repeat(19)}…`)
    expect(KEYWORD_RULES.thing?.ok(cut)).toBe(true)
  })
})
