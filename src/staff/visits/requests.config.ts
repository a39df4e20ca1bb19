export default definePageConfig({
  navigationBarTitleText: '上门请求',
})
