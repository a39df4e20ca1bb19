export default definePageConfig({
  navigationBarTitleText: '民警信息',
})
