export default definePageConfig({
  navigationBarTitleText: '代预约',
})
