import { INDEPENDENT_SUBPACKAGES, MAIN_PAGES, SUBPACKAGES, type SubpackageRoot, TAB_PAGES } from '../types/routes'
import { tabIconPath } from '../types/tab-pages'

// Pages, subpackages and the tab bar come from the one route table (types/routes.ts).
// An independent root is written without the trailing slash: Taro's build looks for `${root}/common.wxss`
// to import into its pages, and with the slash it finds none and the pages lose their shared styles.
const subPackages = (Object.keys(SUBPACKAGES) as SubpackageRoot[]).map((root) =>
  INDEPENDENT_SUBPACKAGES.includes(root) ? { root, pages: [...SUBPACKAGES[root]], independent: true } : { root: `${root}/`, pages: [...SUBPACKAGES[root]] },
)

export default defineAppConfig({
  pages: [...MAIN_PAGES],
  subPackages,
  // 首页's 扫一扫 opens the plate pages too, which live in their own package: fetch it ahead on Wi-Fi so
  // that scan does not wait for a download (a scan from WeChat opens that package alone, first).
  preloadRule: { 'pages/index/index': { network: 'wifi', packages: [...INDEPENDENT_SUBPACKAGES] } },
  // The nearest 平安守望点: the position is read once, after a tap, with this reason shown.
  permission: { 'scope.userLocation': { desc: '用来查找离您最近的平安守望点和流动警务室' } },
  requiredPrivateInfos: ['getLocation'],
  window: {
    backgroundTextStyle: 'light',
    backgroundColor: '#f2f5fa',
    navigationBarBackgroundColor: '#0a3d91',
    navigationBarTitleText: '警民通',
    navigationBarTextStyle: 'white',
    // Draws Taro's navigation bar (title, back button) in the H5 build; WeChat's default, so app.json leaves it out.
    ...(process.env.TARO_ENV === 'h5' ? { navigationStyle: 'default' as const } : {}),
  },
  tabBar: {
    // The weapp draws it with src/custom-tab-bar (labels that follow 大字模式, the icons as SVG); WeChat
    // still needs the list below to know which pages are tabs, and does not draw its icons, which its own
    // example leaves out (the custom bar's files are copied by config/index.ts). H5 keeps Taro's own tab
    // bar (app.css enlarges it), which a custom flag would switch off, with the icons.
    custom: process.env.TARO_ENV === 'weapp',
    color: '#4a5565',
    selectedColor: '#0a3d91',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: TAB_PAGES.map((tab) =>
      process.env.TARO_ENV === 'weapp'
        ? { pagePath: tab.pagePath, text: tab.text }
        : { pagePath: tab.pagePath, text: tab.text, iconPath: tabIconPath(tab.icon, false), selectedIconPath: tabIconPath(tab.icon, true) },
    ),
  },
})
