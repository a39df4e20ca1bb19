export default definePageConfig({
  navigationBarTitleText: '防骗案例',
  enableShareAppMessage: true,
})
