export default definePageConfig({
  navigationBarTitleText: '批量生成联系牌',
})
