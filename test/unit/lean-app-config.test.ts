import { runtimeAppConfig } from '../../config/lean-app-config'

describe('the app config the weapp scripts carry', () => {
  it('keeps only appId, which createReactApp reads for its root element', () => {
    expect(runtimeAppConfig({ pages: ['pages/index/index'], tabBar: { list: [] }, appId: 'root' })).toEqual({ appId: 'root' })
  })

  it('is empty when the app config names no appId', () => {
    expect(runtimeAppConfig({ pages: ['pages/index/index'], subPackages: [{ root: 'staff/', pages: ['index/index'] }] })).toEqual({})
  })
})
