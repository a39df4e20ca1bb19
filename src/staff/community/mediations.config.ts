export default definePageConfig({
  navigationBarTitleText: '纠纷调解',
})
