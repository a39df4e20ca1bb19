import { z } from 'zod'
import { describeZodError } from '../../cloudfunctions/_shared/validation'
import { org } from '../../types/org'

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
    expect(explain(org.createStation.input, { name: 42, address: '城关区民主路', phone: '110' }).message).toBe(
      '参数无效：name 类型应为 文字，收到的是 数字',
    )
  })

  it('refuses control characters and lone surrogates in text', () => {
    for (const name of ['城关\u0000所', '城关\uD800所', '城关\n所']) {
      expect(explain(org.createStation.input, { name, address: '城关区民主路', phone: '110' }).message).toBe('参数无效：name 含有不允许的字符')
    }
  })
})
