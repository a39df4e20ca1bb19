export default definePageConfig({
  navigationBarTitleText: '输入联系牌编号',
})
