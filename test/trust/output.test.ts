/**
 * Output contracts hold wherever the functions run. This file runs the router in this process with
 * JMT_LOCAL_CLOUD unset, as in the WeChat cloud: an answer that does not match its declared schema,
 * or that carries a field the schema does not declare, is not sent (INTERNAL, logged). So what the
 * other trust tests read from the local cloud is exactly what the handler returned: nothing was
 * stripped on the way that the deployed function would have let through.
 */
import { z } from 'zod'
import { createFunction } from '../../cloudfunctions/_shared/router'
import { undeclaredFields } from '../../cloudfunctions/_shared/output-contract'
import { defineActions } from '../../types/action'

const spec = defineActions({
  // Public, unlimited and unaudited: the router needs no database for these.
  profile: {
    access: 'public',
    kind: 'read',
    audit: false,
    limit: false,
    summary: 'a masked phone in a list',
    input: z.object({ answer: z.enum(['declared', 'extra', 'nested', 'wrongType']) }).strict(),
    output: z.object({ items: z.array(z.object({ name: z.string(), phone: z.string().optional() })) }),
  },
})

const answers = {
  declared: { items: [{ name: '王**', phone: '138****1234' }] },
  extra: { items: [{ name: '王**' }], openid: 'o-someone' },
  nested: { items: [{ name: '王**', phone: '138****1234', fullPhone: '13812341234' }] },
  wrongType: { items: [{ name: 7 }] },
}

const main = createFunction('probe', spec, { profile: async ({ answer }) => answers[answer] as never })

let logged: unknown[][] = []
beforeEach(() => {
  logged = []
  jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args))
})
afterEach(() => jest.restoreAllMocks())

it('runs as in the WeChat cloud', () => {
  expect(process.env.JMT_LOCAL_CLOUD).toBeUndefined()
})

it('sends an answer that matches its contract as the handler returned it', async () => {
  expect(await main({ action: 'profile', data: { answer: 'declared' } })).toEqual({ ok: true, data: answers.declared })
})

it.each(['extra', 'nested', 'wrongType'])('answers INTERNAL instead of an answer with %s fields, and logs where', async (answer) => {
  const result = await main({ action: 'profile', data: { answer } })
  expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.any(String) } })
  expect(JSON.stringify(result)).not.toMatch(/13812341234|o-someone/)
  expect(logged.some((args) => String(args[0]).startsWith('[probe.profile] answer'))).toBe(true)
  // The log names paths, never the values (they may be personal data).
  expect(JSON.stringify(logged)).not.toMatch(/13812341234|o-someone/)
})

it('finds undeclared fields at any depth, ignoring undefined ones', () => {
  expect(undeclaredFields({ a: 1, b: { c: 2, d: [{ e: 1, f: 2 }] }, g: undefined }, { a: 1, b: { c: 2, d: [{ e: 1 }] } })).toEqual(['b.d.0.f'])
})
