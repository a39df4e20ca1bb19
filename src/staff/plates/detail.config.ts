export default definePageConfig({
  navigationBarTitleText: '联系牌详情',
})
