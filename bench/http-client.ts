import { request, type Agent } from 'node:http'

export interface Sent {
  status: number
  /** The answer's bytes, when asked for; otherwise drained unread (the client shares its thread with the server it measures). */
  body?: Buffer
}

/** One request on the bench's plain node:http client (lighter on the shared main thread than fetch). */
export function send(
  url: string,
  options: { agent: Agent; method?: string; headers?: Record<string, string>; body?: string; keepBody?: boolean },
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: options.agent, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const status = res.statusCode ?? 0
      if (!options.keepBody) {
        res.resume()
        res.on('end', () => resolve({ status }))
        return
      }
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end(options.body || undefined)
  })
}
