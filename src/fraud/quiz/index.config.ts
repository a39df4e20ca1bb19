export default definePageConfig({
  navigationBarTitleText: '防骗小测验',
})
