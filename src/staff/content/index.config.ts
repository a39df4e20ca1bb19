export default definePageConfig({
  navigationBarTitleText: '反诈内容',
})
