import { SUBPACKAGES, TAB_PAGES } from './routes'

const isAlipay = process.env.TARO_ENV === 'alipay'

export default defineAppConfig({
  pages: Object.values(TAB_PAGES),
  // one subpackage per module of the manifest (src/modules.ts)
  subPackages: SUBPACKAGES,
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '湾事通·江门专区',
    navigationBarTextStyle: 'white',
    // explicit, so that the H5 build shows its navigation bar (title, back and home) like the mini-programs
    navigationStyle: 'default',
    backgroundColor: '#f4f6f9'
  },
  // drawn by the app (src/custom-tab-bar, src/customize-tab-bar; on H5 by each tab page) so that elder mode and the
  // user's language reach it; the list still tells the platforms which pages are tabs
  tabBar: {
    custom: true,
    color: '#4b5563',
    selectedColor: '#0b5cad',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: TAB_PAGES.home, text: '首页' },
      { pagePath: TAB_PAGES.services, text: '服务' },
      { pagePath: TAB_PAGES.mine, text: '我的' }
    ]
  },
  // WeChat lists the private APIs an app uses: the appeal form picks its location on the map; a guide sorts its
  // halls by distance when the user asks (getLocation, with the purpose WeChat shows when it asks for the scope)
  ...(isAlipay
    ? {}
    : {
        lazyCodeLoading: 'requiredComponents',
        requiredPrivateInfos: ['chooseLocation', 'getLocation'],
        permission: { 'scope.userLocation': { desc: '用于按距离为您排列附近的办事大厅和景点' } }
      })
})
