export default definePageConfig({
  navigationBarTitleText: '平安守望点',
})
