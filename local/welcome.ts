import { isIP } from 'node:net'
import { DEMO_ADMIN_OPENID, DEMO_OFFICER_OPENID, DEMO_PLATE_CODE } from './demo/people'

/** Whether the gateway listens on this machine alone (127.0.0.0/8, ::1, localhost). */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host === '::1') return true
  return isIP(host) === 4 && host.startsWith('127.')
}

/** What `npm start` prints once the local cloud is up: where to go, as whom, and who else can. */
export function welcomeText(url: string, { demo, host }: { demo: boolean; host: string }): string {
  const lines = ['', '警民通 本地云已启动', `  居民端（H5）：       ${url}/`, `  健康检查：           ${url}/healthz`]
  if (demo) {
    lines.push(
      `  演示联系牌（扫码后打开的页面）：${url}/p/${DEMO_PLATE_CODE}`,
      `  以演示管理员打开控制台：${url}/#/staff/index/index?as=${DEMO_ADMIN_OPENID}`,
      `  以演示民警打开控制台：  ${url}/#/staff/index/index?as=${DEMO_OFFICER_OPENID}`,
    )
  }
  if (isLoopback(host)) {
    lines.push('  手机调试：用 HOST=0.0.0.0 npm start 启动，再用手机浏览器打开本机地址。')
  } else {
    // The local login is a stand-in for WeChat's: it believes whatever identity a caller names.
    lines.push(
      '',
      `  ⚠ 注意：本地云正在监听 ${host}，同一网络中的任何人都能打开它，并能以任何身份（包括管理员）登录。`,
      '    本地登录只是微信登录的替身，不核实身份。只在可信的网络中这样做，用完请停止；不要放入真实的个人信息。',
    )
  }
  lines.push('  按 Ctrl+C 停止。', '')
  return lines.join('\n')
}

export function printWelcome(url: string, options: { demo: boolean; host: string }) {
  console.log(welcomeText(url, options))
}
