import { contract } from '../../types'
import type { ActionSpec } from '../../types/action'
import { ACTION_LABELS, FUNCTION_LABELS, actionLabel } from '../../types/audit-labels'

const audited = Object.entries(contract).flatMap(([fn, actions]) =>
  Object.entries(actions as Record<string, ActionSpec>)
    .filter(([, spec]) => spec.audit)
    .map(([action]) => `${fn}.${action}`),
)

describe('the audit log’s words', () => {
  it('has a label for every function', () => {
    expect(Object.keys(contract).filter((fn) => !FUNCTION_LABELS[fn])).toEqual([])
  })

  it('has a Chinese label for every audited action (add a line to types/audit-labels.ts for a new one)', () => {
    expect(audited.length).toBeGreaterThan(30)
    expect(audited.filter((name) => !ACTION_LABELS[name])).toEqual([])
  })

  it('labels are short Chinese phrases', () => {
    for (const label of Object.values(ACTION_LABELS)) expect(label).toMatch(/^[\u4e00-\u9fff]{2,12}$/)
  })

  it('falls back to the function’s label and the action’s name for one it does not know', () => {
    expect(actionLabel('org', 'grantRole')).toBe('开通工作台')
    expect(actionLabel('plates', 'somethingNew')).toBe('联系牌 · somethingNew')
  })
})
