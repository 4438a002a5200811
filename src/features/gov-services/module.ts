// 政务服务 as the shell sees it: its subpackage, its entries on 首页 / 服务 / 我的, its search source.
import { defineModule } from '../../module-record'

export const govServicesModule = defineModule({
  id: 'gov-services',
  pages: {
    catalogue: 'pages/catalogue/index',
    guide: 'pages/guide/index',
    bundles: 'pages/bundles/index',
    bundle: 'pages/bundle/index',
    booking: 'pages/booking/index',
    bookings: 'pages/bookings/index',
    receipt: 'pages/receipt/index',
    progress: 'pages/progress/index',
    hall: 'pages/hall/index',
    apply: 'pages/apply/index',
    application: 'pages/application/index'
  },
  home: [
    { labelKey: 'module.gov-services', to: { tab: 'services' }, icon: 'landmark' },
    { labelKey: 'services.bundles', to: { page: 'bundles' }, icon: 'layers' },
    { labelKey: 'services.booking', to: { page: 'bookings' }, icon: 'calendar-clock' },
    { labelKey: 'services.progress', to: { page: 'progress' }, icon: 'file-search' }
  ],
  services: [
    {
      titleKeys: ['module.gov-services'],
      entries: [
        // the 76 high-frequency city services are Jiangmen's own; the fusion zones list cross-city items only
        { labelKey: 'services.featured', to: { page: 'catalogue', query: { featured: 1 } }, zones: ['jiangmen'] },
        { labelKey: 'services.personal', to: { page: 'catalogue', query: { audience: 'personal' } } },
        { labelKey: 'services.legal', to: { page: 'catalogue', query: { audience: 'legal' } } },
        { labelKey: 'services.byDepartment', to: { page: 'catalogue', query: { department: 'all' } } },
        { labelKey: 'services.bundles', to: { page: 'bundles' } }
      ]
    },
    {
      titleKeys: ['services.tools'],
      entries: [
        { labelKey: 'services.booking', to: { page: 'bookings' } },
        { labelKey: 'services.progress', to: { page: 'progress' } }
      ]
    },
    // the theme grids are generated at build time from the catalogue (scripts/lib/search-sources.ts)
    { titleKeys: ['services.personal', 'services.byTheme'], grid: 'themes-personal' },
    { titleKeys: ['services.legal', 'services.byTheme'], grid: 'themes-legal' }
  ],
  mine: [
    { labelKey: 'mine.applications', to: { page: 'progress' }, badge: 'application-updates' },
    { labelKey: 'mine.bookings', to: { page: 'bookings' } }
  ],
  search: true,
  saved: ['service']
})
