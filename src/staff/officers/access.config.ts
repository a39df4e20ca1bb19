export default definePageConfig({
  navigationBarTitleText: '工作台账号',
})
