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

function setIdentity(openid: string | undefined) {
  if (openid) process.env.WX_OPENID = openid
  else delete process.env.WX_OPENID
  process.env.WX_APPID = setup.appid
}

process.on('unhandledRejection', (reason) => {
  console.error('[local cloud] a function left a promise rejected after answering:', reason)
})

parentPort!.on('message', async (request: InvokeRequest) => {
  let reply: InvokeReply
  try {
    setIdentity(request.openid)
    const context = { request_id: `local-${threadId}-${request.id}`, function_name: request.name, namespace: process.env.TCB_ENV }
    const result = await load(request.name)(request.event, context)
    // The cloud hands results back as JSON: Dates become strings, undefined disappears.
    reply = { id: request.id, ok: true, result: result === undefined ? null : JSON.parse(JSON.stringify(result)) }
  } catch (error) {
    reply = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  parentPort!.postMessage(reply)
})
