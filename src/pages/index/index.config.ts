export default definePageConfig({
  navigationBarTitleText: '警民通',
})
