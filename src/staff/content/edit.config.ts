export default definePageConfig({
  navigationBarTitleText: '编辑反诈内容',
})
