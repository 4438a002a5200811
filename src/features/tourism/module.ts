// 文旅服务 as the shell sees it: its subpackage, its entries on 首页 / 服务, its search source, its saved kinds.
import { defineModule } from '../../module-record'

export const tourismModule = defineModule({
  id: 'tourism',
  pages: {
    home: 'pages/home/index',
    sights: 'pages/sights/index',
    sight: 'pages/sight/index',
    map: 'pages/map/index',
    routes: 'pages/routes/index',
    route: 'pages/route/index',
    events: 'pages/events/index',
    event: 'pages/event/index',
    venues: 'pages/venues/index',
    venue: 'pages/venue/index',
    reserve: 'pages/reserve/index',
    reservation: 'pages/reservation/index',
    reservations: 'pages/reservations/index'
  },
  home: [
    { labelKey: 'module.tourism', to: { page: 'home' }, icon: 'castle' },
    { labelKey: 'tourism.entry.routes', to: { page: 'routes' }, icon: 'route' }
  ],
  services: [
    {
      titleKeys: ['module.tourism'],
      entries: [
        { labelKey: 'tourism.entry.home', to: { page: 'home' } },
        { labelKey: 'tourism.entry.sights', to: { page: 'sights' } },
        { labelKey: 'tourism.entry.map', to: { page: 'map' } },
        { labelKey: 'tourism.entry.routes', to: { page: 'routes' } },
        { labelKey: 'tourism.entry.events', to: { page: 'events' } },
        { labelKey: 'tourism.entry.venues', to: { page: 'venues' } },
        { labelKey: 'tourism.entry.reservations', to: { page: 'reservations' } }
      ]
    }
  ],
  search: true,
  mine: [{ labelKey: 'tourism.entry.reservations', to: { page: 'reservations' } }],
  saved: ['sight', 'route', 'event', 'venue']
})
