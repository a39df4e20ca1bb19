import Taro from '@tarojs/taro'

/**
 * Taro's toast and modal for every test of a file, answered without a screen: the toast at once, the
 * modal as a person who taps its confirm button. A test that needs another answer says so on the spy
 * (`showModal.mockResolvedValue({ confirm: false, … })`); each test starts again from these answers,
 * and the real ones come back after the file.
 */
export function stubToastAndModal() {
  const showToast = jest.spyOn(Taro, 'showToast')
  const showModal = jest.spyOn(Taro, 'showModal')
  beforeEach(() => {
    showToast.mockReset().mockResolvedValue({ errMsg: 'showToast:ok' })
    showModal.mockReset().mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  })
  afterAll(() => {
    showModal.mockRestore()
    showToast.mockRestore()
  })
  return { showToast, showModal }
}
