export default definePageConfig({
  navigationBarTitleText: '反诈',
  enableShareAppMessage: true,
})
