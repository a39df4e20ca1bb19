export default definePageConfig({
  navigationBarTitleText: '民警和负责社区',
})
