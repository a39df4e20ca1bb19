import { DEMO_ADMIN_OPENID, DEMO_OFFICER_OPENID, DEMO_PLATE_CODE } from './demo/people'

/** What `npm start` prints once the local cloud is up: where to go, as whom. */
export function printWelcome(url: string, demo: boolean) {
  const lines = [
    '',
    '警民通 本地云已启动',
    `  居民端（H5）：       ${url}/`,
    `  健康检查：           ${url}/healthz`,
  ]
  if (demo) {
    lines.push(
      `  演示联系牌（扫码后打开的页面）：${url}/p/${DEMO_PLATE_CODE}`,
      `  以演示管理员打开控制台：${url}/#/staff/index/index?as=${DEMO_ADMIN_OPENID}`,
      `  以演示民警打开控制台：  ${url}/#/staff/index/index?as=${DEMO_OFFICER_OPENID}`,
    )
  }
  lines.push('  手机调试：用 HOST=0.0.0.0 npm start 启动，再用手机浏览器打开本机地址。', '  按 Ctrl+C 停止。', '')
  console.log(lines.join('\n'))
}
