export default definePageConfig({
  navigationBarTitleText: '派出所和警务室',
})
