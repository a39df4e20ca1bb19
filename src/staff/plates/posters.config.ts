export default definePageConfig({
  navigationBarTitleText: '打印整批海报',
})
