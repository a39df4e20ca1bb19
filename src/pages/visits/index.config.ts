export default definePageConfig({
  navigationBarTitleText: '流动警务室',
})
