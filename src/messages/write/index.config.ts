export default definePageConfig({
  navigationBarTitleText: '给民警留言',
})
