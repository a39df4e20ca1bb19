export default definePageConfig({
  navigationBarTitleText: '防骗文章和案例',
  enableShareAppMessage: true,
})
