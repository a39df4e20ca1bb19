export default definePageConfig({
  navigationBarTitleText: '相约上门',
})
