// 我的: the user's own details (我的信息), favourites and recently viewed items, settings, privacy and about.
import { defineModule } from '../../module-record'

export const accountModule = defineModule({
  id: 'account',
  pages: {
    profile: 'pages/profile/index',
    favourites: 'pages/favourites/index',
    history: 'pages/history/index',
    settings: 'pages/settings/index',
    privacy: 'pages/privacy/index',
    about: 'pages/about/index'
  },
  mine: [
    { labelKey: 'mine.profile', to: { page: 'profile' } },
    { labelKey: 'mine.favourites', to: { page: 'favourites' } },
    { labelKey: 'mine.history', to: { page: 'history' } }
  ]
})
