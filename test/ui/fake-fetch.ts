/** A request the app sent: its URL, its bearer token and its JSON body. */
export interface SentRequest {
  url: string
  token?: string
  body: unknown
}

/** How the fake answers one request; a body that is a string stands for an HTML error page (not JSON). */
export interface FakeAnswer {
  status: number
  body: unknown
}

/**
 * Replaces `fetch` with `answer` for the H5 client under test, and returns the requests it is sent,
 * in order, as they arrive.
 */
export function fakeFetch(answer: (request: SentRequest) => FakeAnswer | Promise<FakeAnswer>): SentRequest[] {
  const requests: SentRequest[] = []
  global.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers = (init?.headers ?? {}) as Record<string, string>
    const request = {
      url: String(input),
      token: headers.Authorization?.replace(/^Bearer /, ''),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    }
    requests.push(request)
    const { status, body } = await answer(request)
    return {
      status,
      ok: status < 400,
      json: async () => {
        if (typeof body === 'string') throw new SyntaxError('Unexpected token <')
        return body
      },
    } as Response
  }) as typeof fetch
  return requests
}
