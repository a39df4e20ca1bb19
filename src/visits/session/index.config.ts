export default definePageConfig({
  navigationBarTitleText: '这一场',
})
