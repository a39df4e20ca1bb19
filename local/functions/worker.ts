import { join } from 'node:path'
import { parentPort, threadId, workerData } from 'node:worker_threads'
import type { InvokeReply, InvokeRequest, WorkerSetup } from './protocol'

/**
 * One function worker: like a cloud function instance, it runs one invocation at a time, with the
 * caller's identity in its environment where wx-server-sdk's getWXContext() reads it. The pool gives
 * each worker thread its own copy of process.env, so setting WX_OPENID here touches no one else.
 */
type Main = (event: unknown, context: object) => unknown

const setup = workerData as WorkerSetup

// A worker's process.env is a store in C++ behind a lock: every read crosses into it (about 150 ns),
// and wx-server-sdk reads a few dozen variables for every database request it signs. A plain copy
// holds the same strings; this thread's variables were its own copy anyway (the pool passes `env`).
process.env = { ...process.env }
const loaded = new Map<string, Main>()

function load(name: string): Main {
  let main = loaded.get(name)
  if (!main) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    main = (require(join(setup.functionsDir, name, 'index.js')) as { main: Main }).main
    loaded.set(name, main)
  }
  return main
}

function setContext(key: string, value: string | undefined) {
  if (value) process.env[key] = value
  else delete process.env[key]
}

/**
 * The caller as getWXContext() reports it (WX_CONTEXT_KEYS lists these variables): OPENID, APPID, and
 * the client's address as the documentation has it, CLIENTIP for IPv4 and CLIENTIPV6 for IPv6. An
 * IPv4 client of a dual-stack socket shows as `::ffff:a.b.c.d`: that is an IPv4 address.
 */
function setCaller(request: InvokeRequest) {
  setContext('WX_OPENID', request.openid)
  process.env.WX_APPID = setup.appid
  const ip = request.clientIp?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  const v6 = ip?.includes(':') ?? false
  setContext('WX_CLIENTIP', v6 ? undefined : ip)
  setContext('WX_CLIENTIPV6', v6 ? ip : undefined)
}

process.on('unhandledRejection', (reason) => {
  console.error('[local cloud] a function left a promise rejected after answering:', reason)
})

parentPort!.on('message', async (request: InvokeRequest) => {
  let reply: InvokeReply
  try {
    setCaller(request)
    const context = { request_id: `local-${threadId}-${request.id}`, function_name: request.name, namespace: process.env.TCB_ENV }
    const result = await load(request.name)(request.event, context)
    // The cloud hands results back as JSON: Dates become strings, undefined disappears.
    reply = { id: request.id, ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) }
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  try {
    parentPort!.postMessage(reply)
  } catch (error) {
    // An answer the thread cannot pass back (nested too deep to clone) is the function's failure,
    // not a call left waiting for the time limit.
    parentPort!.postMessage({ id: request.id, ok: false, message: `the answer could not be passed back: ${(error as Error).message}` })
  }
})
