export default definePageConfig({
  navigationBarTitleText: '请民警上门',
})
