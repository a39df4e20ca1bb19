export default defineAppConfig({
  pages: ['pages/index/index', 'pages/visits/index', 'pages/fraud/index', 'pages/me/index', 'pages/plate/index', 'pages/plate/enter'],
  subPackages: [
    {
      root: 'staff/',
      pages: [
        'index/index',
        'stations/index',
        'officers/index',
        'officers/edit',
        'plates/index',
        'plates/new',
        'plates/batch',
        'plates/detail',
        'plates/poster',
        'stats/index',
        'audit/index',
        'visits/index',
        'visits/edit',
        'visits/roster',
        'visits/bookfor',
        'visits/checkin',
        'visits/requests',
        'visits/outbox',
        'community/reports',
        'community/mediations',
        'community/notices',
        'community/notice-edit',
        'community/guides',
        'community/guide-edit',
        'community/watch-points',
        'community/watch-point-edit',
        'content/index',
        'content/edit',
        'messages/index',
        'messages/thread',
      ],
    },
    {
      root: 'community/',
      pages: [
        'watch-points/index',
        'notices/index',
        'notices/detail',
        'guides/index',
        'guides/detail',
        'reports/new',
        'reports/mine',
        'mediation/new',
        'mediation/mine',
      ],
    },
    {
      root: 'visits/',
      pages: ['session', 'book', 'booking', 'mine', 'requests'],
    },
    {
      root: 'fraud-pages/',
      name: 'fraud',
      pages: ['list/index', 'article/index', 'case/index', 'quiz/index', 'result/index', 'mistakes/index'],
    },
    {
      // 留言: a resident's messages to the community officer.
      root: 'messages/',
      pages: ['write/index', 'thread/index', 'mine/index'],
    },
    {
      // 隐私说明 and 我的数据 (export, delete).
      root: 'privacy/',
      pages: ['policy/index', 'my-data/index'],
    },
  ],
  // The nearest 平安守望点: the position is read once, after a tap, with this reason shown.
  permission: { 'scope.userLocation': { desc: '用来查找离您最近的平安守望点' } },
  requiredPrivateInfos: ['getLocation'],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f2f5fa',
    navigationBarBackgroundColor: '#0a3d91',
    navigationBarTitleText: '警民通',
    navigationBarTextStyle: 'white',
    // Also draws Taro's navigation bar (title, back button) in the H5 build.
    navigationStyle: 'default',
  },
  tabBar: {
    // The weapp draws it with src/custom-tab-bar (labels that follow 大字模式); WeChat still needs the list
    // below to know which pages are tabs. H5 keeps Taro's own tab bar (app.css enlarges it), which a
    // custom flag would switch off.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#4a5565',
    selectedColor: '#0a3d91',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/index/index', text: '首页', iconPath: 'assets/tab/home.png', selectedIconPath: 'assets/tab/home-active.png' },
      { pagePath: 'pages/visits/index', text: '流动警务室', iconPath: 'assets/tab/visits.png', selectedIconPath: 'assets/tab/visits-active.png' },
      { pagePath: 'pages/fraud/index', text: '反诈', iconPath: 'assets/tab/fraud.png', selectedIconPath: 'assets/tab/fraud-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab/me.png', selectedIconPath: 'assets/tab/me-active.png' },
    ],
  },
})
