import { isLoopback, welcomeText } from '../../local/welcome'

describe('the start banner', () => {
  it('warns that anyone on the network can sign in as anyone when the gateway is not on loopback', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      const text = welcomeText('http://127.0.0.1:8787', { demo: true, host })
      expect(text).toContain(`本地云正在监听 ${host}，同一网络中的任何人都能打开它，并能以任何身份（包括管理员）登录`)
    }
  })

  it('does not warn on loopback, and offers the phone hint instead', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) {
      const text = welcomeText('http://127.0.0.1:8787', { demo: false, host })
      expect(text).not.toContain('任何身份')
      expect(text).toContain('HOST=0.0.0.0')
    }
  })

  it('prints the demo links only on a demo instance', () => {
    expect(welcomeText('http://127.0.0.1:8787', { demo: true, host: '127.0.0.1' })).toContain('?as=demo-admin')
    expect(welcomeText('http://127.0.0.1:8787', { demo: false, host: '127.0.0.1' })).not.toContain('?as=')
  })

  it('tells loopback addresses from others', () => {
    expect(isLoopback('127.0.0.1')).toBe(true)
    expect(isLoopback('0.0.0.0')).toBe(false)
    expect(isLoopback('127.example.com')).toBe(false)
    expect(isLoopback('10.0.0.1')).toBe(false)
  })
})
