/**
 * wxacode.getUnlimited in the local cloud, held against WeChat's documentation
 * (https://developers.weixin.qq.com/miniprogram/dev/server/API/qrcode-link/qr-code/api_getunlimitedqrcode):
 * scene "最大32个可见字符，只支持数字，大小写英文以及部分特殊字符：!#$&'()*+,/:;=?@-._~"; page "根路径前不要
 * 填加 /，不能携带参数", a page of the published app (41030 otherwise; we hold it to the pages a cold open shows
 * without a second download: the main package and independent subpackages).
 */
import QRCode from 'qrcode'
import { outcomeOf } from './local-openapi'
import { checkUnlimitedCode, unlimitedCodeLocally } from '../../cloudfunctions/_shared/openapi/local/wxacode'

const check = (scene: string, page = 'pages/plate/index') => outcomeOf(() => checkUnlimitedCode({ scene, page }))

describe('scene', () => {
  it('takes up to 32 visible characters of the allowed set', async () => {
    expect(await check('A'.repeat(32))).toBe('ok')
    expect(await check("09azAZ!#$&'()*+,/:;=?@-._~")).toBe('ok')
  })
  it.each([
    ['33 characters', 'A'.repeat(33)],
    ['empty', ''],
    ['a space', 'NG SQ'],
    ['% (urlencoded text is not supported)', 'c%3DNGSQ'],
    ['汉字', '南关'],
    ['a character outside the set: "', 'a"b'],
  ])('refuses %s with 40169', async (_name, scene) => {
    expect(await check(scene)).toBe(40169)
  })
})

describe('page', () => {
  it('is a page a cold open shows at once, with no leading slash and no query', async () => {
    // The plate page, in the independent subpackage pages/plate, and a tab page of the main package.
    expect(await check('NGSQ234X', 'pages/plate/index')).toBe('ok')
    expect(await check('NGSQ234X', 'pages/index/index')).toBe('ok')
    expect(await check('NGSQ234X', '/pages/plate/index')).toBe(41030)
    expect(await check('NGSQ234X', 'pages/plate/index?code=NGSQ234X')).toBe(41030)
    expect(await check('NGSQ234X', 'pages/plate/card')).toBe(41030)
    // A page of an ordinary subpackage waits for the main package too: not where a 小程序码 should land.
    expect(await check('NGSQ234X', 'visits/booking/index')).toBe(41030)
  })
})

describe('the local image', () => {
  it('is a QR code of the gateway link for the scene, drawn only for an accepted request', async () => {
    process.env.JMT_PUBLIC_URL = 'http://127.0.0.1:8787'
    const png = await unlimitedCodeLocally({ scene: 'NGSQ234X', page: 'pages/plate/index' })
    const expected = await QRCode.toBuffer('http://127.0.0.1:8787/p/NGSQ234X', { errorCorrectionLevel: 'M', margin: 2, width: 430 })
    expect(png.equals(expected)).toBe(true)
    expect(await outcomeOf(() => unlimitedCodeLocally({ scene: 'A'.repeat(33), page: 'pages/plate/index' }))).toBe(40169)
  })
})
