export default definePageConfig({
  navigationBarTitleText: '警民联系牌',
})
