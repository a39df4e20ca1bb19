/**
 * The action registry itself: every action of the contract declares who may call it, takes a strict
 * input object, and gets its rate-limit family and audit duty from the same rules the router applies.
 */
import type { z } from 'zod'
import { isAudited, isReadAction, limitFamily } from '../../types/action'
import { allActions } from './samples'

const actions = allActions()

function innerObject(schema: z.ZodTypeAny): z.AnyZodObject | undefined {
  const def = schema._def as { typeName: string; schema?: z.ZodTypeAny; innerType?: z.ZodTypeAny }
  if (def.typeName === 'ZodObject') return schema as z.AnyZodObject
  if (def.typeName === 'ZodEffects' && def.schema) return innerObject(def.schema)
  return undefined
}

it.each(actions.map((ref) => [`${ref.fn}.${ref.action}`, ref] as const))('%s declares its role and a strict input', (_name, ref) => {
  expect(['public', 'user', 'staff', 'admin']).toContain(ref.spec.access)
  expect(ref.spec.summary.length).toBeGreaterThan(5)
  const object = innerObject(ref.spec.input)
  expect(object).toBeDefined()
  expect((object!._def as { unknownKeys: string }).unknownKeys).toBe('strict')
})

describe('the rules the router applies', () => {
  it('limits residents by family: reads are lookups, reports and mediation are reports, the rest writes', () => {
    expect(limitFamily('lookup', { access: 'public' })).toBe('lookup')
    expect(limitFamily('myBookings', { access: 'user' })).toBe('lookup')
    expect(limitFamily('book', { access: 'user' })).toBe('write')
    expect(limitFamily('requestMediation', { access: 'user' })).toBe('report')
    expect(limitFamily('submitReport', { access: 'user', limit: false })).toBeUndefined()
    expect(limitFamily('createSession', { access: 'staff' })).toBeUndefined()
  })

  it('audits staff changes and every export, not reads', () => {
    expect(isAudited('createStation', { access: 'admin' })).toBe(true)
    expect(isAudited('listOfficers', { access: 'staff' })).toBe(false)
    expect(isAudited('exportRoster', { access: 'staff' })).toBe(true)
    expect(isAudited('exportMyData', { access: 'user' })).toBe(true)
    expect(isAudited('book', { access: 'user' })).toBe(false)
    expect(isAudited('anything', { access: 'staff', audit: false })).toBe(false)
  })

  it('prints the registry as enforced', () => {
    const rows = actions.map((r) => {
      const flags = [limitFamily(r.action, r.spec) ?? '-', isAudited(r.action, r.spec) ? 'audit' : '-', r.spec.access === 'staff' ? (r.spec.scope ?? 'station') : '-']
      return `${`${r.fn}.${r.action}`.padEnd(34)} ${r.spec.access.padEnd(7)} ${flags.join(' ')}`
    })
    console.log(`action registry (${actions.length} actions; access, rate-limit family, audit, station scope):\n${rows.join('\n')}`)
    expect(actions.filter((r) => isReadAction(r.action)).length).toBeGreaterThan(0)
  })
})
