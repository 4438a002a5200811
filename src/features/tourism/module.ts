// 文旅服务 as the shell sees it: its subpackage, its entries on 首页 / 服务, its search source, its saved kinds.
import { defineModule } from '../../module-record'

export const tourismModule = defineModule({
  id: 'tourism',
  pages: {
    home: 'pages/home/index',
    sights: 'pages/sights/index',
    sight: 'pages/sight/index'
  },
  home: [{ labelKey: 'module.tourism', to: { page: 'home' }, icon: 'castle' }],
  services: [
    {
      titleKeys: ['module.tourism'],
      entries: [
        { labelKey: 'tourism.entry.home', to: { page: 'home' } },
        { labelKey: 'tourism.entry.sights', to: { page: 'sights' } }
      ]
    }
  ],
  search: true,
  saved: ['sight', 'route']
})
