export default definePageConfig({
  navigationBarTitleText: '防骗文章',
  enableShareAppMessage: true,
  // A content page: 分享到朋友圈 opens it in WeChat's 单页模式 (see DEPLOY.md, 未登录访问).
  enableShareTimeline: true,
})
