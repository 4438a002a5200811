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
  tabBar: {
    color: '#4a5563',
    selectedColor: '#0b5cad',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: TAB_PAGES.home,
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png'
      },
      {
        pagePath: TAB_PAGES.services,
        text: '服务',
        iconPath: 'assets/tab/services.png',
        selectedIconPath: 'assets/tab/services-active.png'
      },
      {
        pagePath: TAB_PAGES.mine,
        text: '我的',
        iconPath: 'assets/tab/mine.png',
        selectedIconPath: 'assets/tab/mine-active.png'
      }
    ]
  },
  // WeChat lists the private APIs an app uses: the appeal form picks its location on the map
  ...(isAlipay ? {} : { lazyCodeLoading: 'requiredComponents', requiredPrivateInfos: ['chooseLocation'] })
})
