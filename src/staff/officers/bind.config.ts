export default definePageConfig({
  navigationBarTitleText: '输入绑定码',
})
