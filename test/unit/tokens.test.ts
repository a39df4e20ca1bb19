import { createTokenIssuer } from '../../local/gateway/tokens'

const secret = Buffer.alloc(32, 7)

describe('local session tokens', () => {
  it('gives back the openid a token was issued for', () => {
    const tokens = createTokenIssuer(secret)
    expect(tokens.verify(tokens.issue('someone-1'))).toBe('someone-1')
  })

  it('refuses an expired token', () => {
    let now = 1_000_000
    const tokens = createTokenIssuer(secret, () => now, 1000)
    const token = tokens.issue('someone-1')
    now += 1001
    expect(tokens.verify(token)).toBeUndefined()
  })

  it('refuses a token whose payload was changed', () => {
    const tokens = createTokenIssuer(secret)
    const [, mac] = tokens.issue('someone-1').split('.')
    const payload = Buffer.from(JSON.stringify({ sub: 'admin', exp: Date.now() + 1e9 })).toString('base64url')
    expect(tokens.verify(`${payload}.${mac}`)).toBeUndefined()
  })

  it('refuses a token signed with another secret', () => {
    const mine = createTokenIssuer(secret)
    const theirs = createTokenIssuer(Buffer.alloc(32, 8))
    expect(mine.verify(theirs.issue('someone-1'))).toBeUndefined()
  })

  it('refuses garbage', () => {
    const tokens = createTokenIssuer(secret)
    for (const garbage of ['', '.', 'a.b', 'a.b.c', '😀.😀']) expect(tokens.verify(garbage)).toBeUndefined()
  })
})
