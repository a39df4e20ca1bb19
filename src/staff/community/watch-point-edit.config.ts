export default definePageConfig({
  navigationBarTitleText: '编辑守望点',
})
