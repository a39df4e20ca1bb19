export default definePageConfig({
  navigationBarTitleText: '测验成绩',
  enableShareAppMessage: true,
})
