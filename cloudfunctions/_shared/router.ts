import type { z } from 'zod'
import { type ActionSpec, type DomainSpec, limitFamily } from '../../types/action'
import type { Envelope } from '../../types/envelope'
import type { Access } from '../../types/roles'
import { auditFields, auditTarget, writeAudit } from './audit'
import { AppError } from './errors'
import { type Caller, currentClientIp, currentOpenid, isStaff, resolveCaller } from './identity'
import { checkOutput } from './output-contract'
import { addressSubject, consumeRateLimit } from './rate-limit'
import { describeZodError } from './validation'

/** What a handler knows about the call besides its input. */
export interface ActionContext {
  /** The caller's OPENID, when WeChat (or the local gateway) vouches for one. */
  openid?: string
  /** The caller with their role, read once per call and only when needed; UNAUTHENTICATED without OPENID. */
  caller(): Promise<Caller>
  action: string
}

export type Handler<S extends ActionSpec> = (input: z.output<S['input']>, ctx: ActionContext) => Promise<z.input<S['output']>>

export type Handlers<D extends DomainSpec> = { [A in keyof D]: Handler<D[A]> }

/** What the platform passes a timer trigger: its name and the time it fired. */
export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
}

/** Handlers of the function's timer triggers (config.json `triggers`), by trigger name. */
export type TimerHandlers = Record<string, (firedAt: Date) => Promise<unknown>>

const INTERNAL_MESSAGE = '服务暂时不可用，请稍后再试'

/**
 * Makes a cloud function's `main` from its part of the contract and its handlers. Every call goes
 * through the same steps: find the action, prove identity, check the role (before looking at the
 * input, so a caller without the role learns nothing from validation messages), validate, run, and
 * wrap the outcome in the envelope. No stack trace ever leaves the function.
 */
export function createFunction<D extends DomainSpec>(name: string, spec: D, handlers: Handlers<D>, timers: TimerHandlers = {}) {
  return async function main(event: unknown): Promise<Envelope<unknown>> {
    // Known once the event names an action: a refusal of a staff call is audited with them.
    let call: { action: string; spec: ActionSpec; ctx: ActionContext; data: unknown } | undefined
    try {
      const timer = asTimerEvent(event)
      if (timer) return { ok: true, data: await runTimer(name, timers, timer) }
      const { action, data } = readEvent(event)
      const actionSpec = Object.prototype.hasOwnProperty.call(spec, action) ? spec[action] : undefined
      // The contract names the action (own keys only: not `constructor`), and Handlers<D> has one for each.
      const handler = actionSpec && handlers[action]
      if (!actionSpec || !handler) throw new AppError('INVALID_ARGUMENT', `参数无效：${name} 没有操作 ${action}`, { field: 'action' })

      const ctx = makeContext(action)
      call = { action, spec: actionSpec, ctx, data }
      await authorize(actionSpec.access, ctx)
      // Counted before validation: a flood of bad calls is a flood all the same.
      await countCall(actionSpec, ctx)

      const parsed = actionSpec.input.safeParse(data ?? {})
      if (!parsed.success) {
        const { message, field } = describeZodError(parsed.error)
        throw new AppError('INVALID_ARGUMENT', message, field ? { field } : {})
      }
      await checkStationScope(actionSpec, parsed.data, ctx)

      const result = await handler(parsed.data, ctx)
      const answer = checkOutput(name, action, actionSpec, result)
      if (actionSpec.audit) await audit(name, action, parsed.data, answer, ctx)
      return { ok: true, data: answer }
    } catch (error) {
      if (error instanceof AppError) {
        if (error.code === 'FORBIDDEN' && call) {
          const limited = await auditRefusal(name, call.action, call.spec, call.data, call.ctx)
          if (limited) return { ok: false, error: limited.toBody() }
        }
        return { ok: false, error: error.toBody() }
      }
      console.error(`[${name}] unexpected failure`, error)
      return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } }
    }
  }
}

/**
 * Rate limits: a person's calls by OPENID; a call without one (only public actions get this far) by
 * the client address the platform reports, in the database, so that dropping the token is no way
 * around the limit. A person's public reads, and calls of actions that take the database counter
 * themselves before writing (`limit: 'inMemory'`), are counted per instance here.
 */
async function countCall(spec: ActionSpec, ctx: ActionContext): Promise<void> {
  const family = limitFamily(spec)
  if (!family) return
  if (ctx.openid) await consumeRateLimit(ctx.openid, family, { inMemory: spec.limit === 'inMemory' || (family === 'lookup' && spec.access === 'public') })
  else await consumeRateLimit(addressSubject(currentClientIp()), family)
}

function asTimerEvent(event: unknown): TimerEvent | undefined {
  const e = event as Partial<Record<keyof TimerEvent, unknown>> | null
  return e && typeof e === 'object' && e.Type === 'Timer' && typeof e.TriggerName === 'string' ? (e as TimerEvent) : undefined
}

/**
 * The platform fires timers with no user behind them; an event that looks like a timer but comes with
 * an OPENID was sent by a user and is refused.
 */
async function runTimer(name: string, timers: TimerHandlers, event: TimerEvent): Promise<unknown> {
  if (currentOpenid()) throw new AppError('FORBIDDEN', '定时任务只能由平台触发')
  const run = Object.prototype.hasOwnProperty.call(timers, event.TriggerName) ? timers[event.TriggerName] : undefined
  if (!run) throw new AppError('INVALID_ARGUMENT', `参数无效：${name} 没有定时任务 ${event.TriggerName}`)
  // The server's clock, not the event's `Time`: an event that claims a later time (2030) must not
  // make retention erase what is not yet due.
  return (await run(new Date())) ?? null
}

function readEvent(event: unknown): { action: string; data: unknown } {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) {
    throw new AppError('INVALID_ARGUMENT', '参数无效：请求应为 {action, data}')
  }
  const { action, data } = event as { action?: unknown; data?: unknown }
  if (typeof action !== 'string' || !/^[A-Za-z]{1,40}$/.test(action)) {
    throw new AppError('INVALID_ARGUMENT', '参数无效：缺少 action 或格式不正确', { field: 'action' })
  }
  return { action, data }
}

/** The OPENID of a `user` action (the router has already refused calls without one); this narrows the type. */
export function signedIn(ctx: ActionContext): string {
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请先登录')
  return ctx.openid
}

/** Router handlers made from domain handlers that take their input and who is calling. */
type Routed<H> = { [A in keyof H]: H[A] extends (input: infer I, who: never) => infer R ? (input: I, ctx: ActionContext) => R : never }

/** Makes router handlers from domain handlers that each take their input and the same fact about the caller. */
function givenEach<W>(who: (ctx: ActionContext) => W | Promise<W>) {
  return <H extends Record<string, (input: never, who: W) => Promise<unknown>>>(handlers: H): Routed<H> => {
    const routed: Record<string, (input: never, ctx: ActionContext) => Promise<unknown>> = {}
    for (const [action, run] of Object.entries(handlers)) routed[action] = async (input, ctx) => run(input, await who(ctx))
    return routed as Routed<H>
  }
}

/** Handlers of actions that work for the caller with their role (staff work, a resident's own records). */
export const withCaller = givenEach<Caller>((ctx) => ctx.caller())

/** Handlers of `user` actions that need only who is calling, not their role: no staff read on their path. */
export const withOpenid = givenEach<string>(signedIn)

function makeContext(action: string): ActionContext {
  const openid = currentOpenid()
  let caller: Promise<Caller> | undefined
  const ctx: ActionContext = {
    openid,
    action,
    caller() {
      if (!openid) return Promise.reject(new AppError('UNAUTHENTICATED', '请先登录'))
      caller ??= resolveCaller(openid)
      return caller
    },
  }
  return ctx
}

async function authorize(access: Access, ctx: ActionContext): Promise<void> {
  if (access === 'public') return
  if (!ctx.openid) throw new AppError('UNAUTHENTICATED', '请先登录')
  if (access === 'user') return
  const caller = await ctx.caller()
  if (access === 'staff' && isStaff(caller)) return
  if (access === 'admin' && caller.role === 'admin') return
  throw new AppError('FORBIDDEN', access === 'admin' ? '仅管理员可以进行此操作' : '仅民警和管理员可以进行此操作')
}

/**
 * An officer acts only on their own station's data. Domain code checks the records it loads; this
 * catches every staff action whose input names a station, so no action can forget it.
 */
async function checkStationScope(spec: ActionSpec, input: unknown, ctx: ActionContext): Promise<void> {
  if (spec.access !== 'staff' || spec.scope === 'global') return
  const stationId = input && typeof input === 'object' ? (input as { stationId?: unknown }).stationId : undefined
  if (typeof stationId !== 'string') return
  const caller = await ctx.caller()
  if (caller.role === 'officer' && stationId !== caller.stationId) throw new AppError('FORBIDDEN', '只能处理本所的数据')
}

/**
 * Staff changes, data exports and reads of residents' full personal data go to the audit log: who,
 * what, when, on which record. The change has already happened when the line is written, so a
 * failure to write it is reported loudly in the function's log rather than answered as a failure of
 * the change itself.
 */
async function audit(name: string, action: string, input: unknown, answer: unknown, ctx: ActionContext): Promise<void> {
  try {
    const caller: Caller = ctx.openid ? await ctx.caller() : { openid: 'anonymous', role: 'resident' }
    await writeAudit(auditEntry(caller, name, action, input, answer))
  } catch (error) {
    console.error(`[${name}.${action}] could not write the audit log`, error)
  }
}

/**
 * A refused staff call is audited too (outcome `refused`): a staff or admin action refused to
 * whoever called it, and any action refused to a member of staff (another station's record). Such a
 * call has not been counted against a rate limit (staff actions are not limited): a resident's
 * refusals are counted in the `write` family before their line is written, so refusals cannot flood
 * the log; past the limit the answer is RATE_LIMITED and no line is written.
 */
async function auditRefusal(name: string, action: string, spec: ActionSpec, input: unknown, ctx: ActionContext): Promise<AppError | undefined> {
  if (!ctx.openid) return undefined
  try {
    const caller = await ctx.caller()
    const staffAction = spec.access === 'staff' || spec.access === 'admin'
    if (!staffAction && !isStaff(caller)) return undefined
    if (!isStaff(caller)) await consumeRateLimit(caller.openid, 'write')
    await writeAudit({ ...auditEntry(caller, name, action, input, undefined), outcome: 'refused' })
  } catch (error) {
    if (error instanceof AppError && error.code === 'RATE_LIMITED') return error
    console.error(`[${name}.${action}] could not write the audit log`, error)
  }
  return undefined
}

function auditEntry(caller: Caller, name: string, action: string, input: unknown, answer: unknown) {
  return {
    actor: caller.openid,
    role: caller.role,
    stationId: caller.stationId,
    fn: name,
    action,
    target: auditTarget(input, answer),
    fields: auditFields(input),
  }
}
