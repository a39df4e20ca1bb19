export default definePageConfig({
  navigationBarTitleText: '防骗文章',
  enableShareAppMessage: true,
})
