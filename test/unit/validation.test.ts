import { z } from 'zod'
import { describeZodError } from '../../cloudfunctions/_shared/validation'
import { org } from '../../types/org'
import { first } from '../list-items'

const explain = (schema: z.ZodTypeAny, value: unknown) => {
  const result = schema.safeParse(value)
  if (result.success) throw new Error('expected the value to be refused')
  return describeZodError(result.error)
}

describe('validation messages', () => {
  it('names a missing field in Chinese', () => {
    expect(explain(org.createStation.input, { address: '城关区民主路 88 号', phone: '110' })).toEqual({
      message: '参数无效：name 缺少必填项',
      field: 'name',
    })
  })

  it('names an unknown field', () => {
    expect(explain(org.whoami.input, { role: 'admin' }).message).toBe('参数无效：不认识的字段 role')
  })

  it('says which type was expected', () => {
    expect(explain(org.createStation.input, { name: 42, address: '城关区民主路', phone: '110' }).message).toBe('参数无效：name 类型应为 文字，收到的是 数字')
  })

  it('refuses control characters and lone surrogates in text', () => {
    for (const name of ['城关\u0000所', '城关\uD800所', '城关\n所']) {
      expect(explain(org.createStation.input, { name, address: '城关区民主路', phone: '110' }).message).toBe('参数无效：name 含有不允许的字符')
    }
  })
})

describe('a resident’s call-back number', () => {
  const { contactPhone } = jest.requireActual('../../types/common') as typeof import('../../types/common')
  it.each(['13800001234', '0931-8123456', '09318123456', '010-12345678', ' 138 0000 1234 '])('takes %p as written', (typed) => {
    expect(contactPhone.safeParse(typed).success).toBe(true)
  })
  it('keeps the dash of a landline and drops the spaces between groups', () => {
    expect(contactPhone.parse('0931-8123456')).toBe('0931-8123456')
    expect(contactPhone.parse('138 0000 1234')).toBe('13800001234')
  })
  it.each(['12345', '110', '96110', '1380000123', '23800001234', '931-8123456', '0931-81234'])('refuses %p, which nobody can be called back on', (typed) => {
    const result = contactPhone.safeParse(typed)
    expect(result.success).toBe(false)
    if (!result.success) expect(first(result.error.issues).message).toContain('带区号的座机号')
  })
})
