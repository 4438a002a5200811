// 我的: the user's favourites and recently viewed items, settings, privacy and about.
import { defineModule } from '../../module-record'

export const accountModule = defineModule({
  id: 'account',
  pages: {
    favourites: 'pages/favourites/index',
    history: 'pages/history/index',
    settings: 'pages/settings/index',
    privacy: 'pages/privacy/index',
    about: 'pages/about/index'
  },
  mine: [
    { labelKey: 'mine.favourites', to: { page: 'favourites' } },
    { labelKey: 'mine.history', to: { page: 'history' } }
  ]
})
