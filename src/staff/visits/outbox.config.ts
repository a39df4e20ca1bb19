export default definePageConfig({
  navigationBarTitleText: '消息记录',
})
