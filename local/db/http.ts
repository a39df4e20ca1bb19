/**
 * The HTTP face of the emulator, for the gateway to mount at `/admin`.
 *
 * What node-sdk 3.17.2 sends (verified against the installed SDK): `POST <TCB_CONTEXT_CNFG.URL>
 * ?env=<env>&seqId=<id>` with `content-type: application/json`, a TC3 `authorization` header made
 * with the dummy keys (not checked here), and a JSON body holding `action` plus the action's
 * parameters (and envName, wxCloudApiToken… which are ignored). It accepts only status 200 with a
 * JSON body: `{requestId, data}` on success, `{requestId, code, message}` on failure (node-sdk
 * throws a TcbError carrying `code`); any other status becomes an error `"<status> <text>"`.
 */
import type { IncomingMessage, ServerResponse } from 'http'
import type { LocalDatabase } from './index'
import { newRequestId } from './protocol'
import { isPlainObject, PlainObject } from './values'

/** Runs cloud function `name` with `event` and returns its result (the worker pool provides it). */
export type InvokeFunction = (name: string, event: unknown) => Promise<unknown>

const MAX_BODY_BYTES = 16 * 1024 * 1024

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        reject(new Error(`request body larger than ${MAX_BODY_BYTES} bytes`))
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** `callFunction` sends `{function_name, request_data: JSON string of the event ('' for none)}`; it reads `data.response_data`, a JSON string. */
async function invoke(body: PlainObject, invokeFunction: InvokeFunction | undefined): Promise<PlainObject> {
  const requestId = newRequestId()
  if (!invokeFunction) return { requestId, code: 'FUNCTIONS_REQUEST_FAIL', message: 'no function runner is attached to this endpoint' }
  const name = body.function_name
  if (typeof name !== 'string' || name === '') return { requestId, code: 'INVALID_PARAM', message: 'function_name must be a non-empty string' }
  let event: unknown = {}
  try {
    if (typeof body.request_data === 'string' && body.request_data !== '') event = JSON.parse(body.request_data)
  } catch {
    return { requestId, code: 'INVALID_PARAM', message: 'request_data must be a JSON string' }
  }
  try {
    const result = await invokeFunction(name, event)
    return { requestId, data: { response_data: JSON.stringify(result ?? null) } }
  } catch (error) {
    return { requestId, code: 'FUNCTIONS_EXECUTE_FAIL', message: error instanceof Error ? error.message : String(error) }
  }
}

/** Answers one SDK request (any path under /admin). Never throws. */
export async function handleSdkHttp(
  db: LocalDatabase,
  req: IncomingMessage,
  res: ServerResponse,
  invokeFunction?: InvokeFunction,
): Promise<void> {
  try {
    if (req.method !== 'POST') {
      send(res, 405, { requestId: newRequestId(), code: 'INVALID_PARAM', message: 'the SDK endpoint takes POST only' })
      return
    }
    let body: unknown
    try {
      body = JSON.parse(await readBody(req))
    } catch (error) {
      send(res, 400, { requestId: newRequestId(), code: 'INVALID_PARAM', message: `body is not JSON: ${(error as Error).message}` })
      return
    }
    if (!isPlainObject(body) || typeof body.action !== 'string') {
      send(res, 200, { requestId: newRequestId(), code: 'INVALID_PARAM', message: 'body must be a JSON object with an action' })
      return
    }
    if (body.action.startsWith('database.')) {
      send(res, 200, await db.handle(body))
    } else if (body.action === 'functions.invokeFunction') {
      send(res, 200, await invoke(body, invokeFunction))
    } else {
      send(res, 200, { requestId: newRequestId(), code: 'INVALID_ACTION', message: `action ${body.action} is not available in the local cloud` })
    }
  } catch (error) {
    if (!res.headersSent) send(res, 500, { requestId: newRequestId(), code: 'SYS_ERR', message: (error as Error).message })
    else res.destroy()
  }
}
