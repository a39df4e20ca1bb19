export default definePageConfig({
  navigationBarTitleText: '矛盾纠纷调解',
})
