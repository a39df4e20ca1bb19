export default definePageConfig({
  navigationBarTitleText: '新建联系牌',
})
