import type { ZodError, ZodIssue } from 'zod'

/**
 * Turns zod's issues into one plain Chinese sentence naming the field, e.g.
 * 「参数无效：phone 电话号码格式不正确」. Messages written in the schemas are already Chinese; zod's
 * own defaults are translated here for the common cases.
 */
export function describeZodError(error: ZodError): { message: string; field?: string } {
  const [issue] = error.issues
  // zod fails a parse only with at least one issue; an empty error still answers in Chinese.
  if (!issue) return { message: '参数无效' }
  const field = issue.path.join('.') || undefined
  const where = field ? `${field} ` : ''
  return { message: `参数无效：${where}${explain(issue)}`, field }
}

const isAscii = (text: string) => /^\p{ASCII}*$/u.test(text)

function explain(issue: ZodIssue): string {
  // A message written in the schema (in Chinese) says it best; zod's English defaults are translated.
  if (!isAscii(issue.message)) return issue.message
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' ? '缺少必填项' : `类型应为 ${typeName(issue.expected)}，收到的是 ${typeName(issue.received)}`
    case 'unrecognized_keys':
      return `不认识的字段 ${issue.keys.join('、')}`
    case 'invalid_enum_value':
      return `应为 ${issue.options.join(' / ')} 之一`
    case 'too_small':
      return issue.type === 'string' ? `至少 ${issue.minimum} 个字` : issue.type === 'array' ? `至少 ${issue.minimum} 项` : `不能小于 ${issue.minimum}`
    case 'too_big':
      return issue.type === 'string' ? `不能超过 ${issue.maximum} 个字` : issue.type === 'array' ? `最多 ${issue.maximum} 项` : `不能大于 ${issue.maximum}`
    default:
      return '格式不正确'
  }
}

function typeName(t: string): string {
  const names: Record<string, string> = {
    string: '文字',
    number: '数字',
    integer: '整数',
    boolean: '是/否',
    object: '对象',
    array: '列表',
    null: '空值',
    undefined: '空',
    nan: '非数字',
    date: '日期',
  }
  return names[t] ?? t
}
