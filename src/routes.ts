// Every page's path, in one typed table with URL builders. app.config.ts is generated from the same table.

type Query = Record<string, string | number | undefined>

function withQuery(path: string, query?: Query): string {
  const parts = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
  return parts.length ? `${path}?${parts.join('&')}` : path
}

export const TAB_PAGES = {
  home: 'pages/home/index',
  services: 'pages/services/index',
  mine: 'pages/mine/index'
} as const

export const SUBPACKAGES = {
  gov: {
    root: 'features/gov-services',
    pages: {
      catalogue: 'pages/catalogue/index',
      guide: 'pages/guide/index',
      bundles: 'pages/bundles/index',
      bundle: 'pages/bundle/index',
      booking: 'pages/booking/index',
      bookings: 'pages/bookings/index',
      progress: 'pages/progress/index',
      hall: 'pages/hall/index'
    }
  },
  appeals: {
    root: 'features/appeals',
    pages: {
      file: 'pages/file/index',
      list: 'pages/list/index',
      detail: 'pages/detail/index'
    }
  },
  search: {
    root: 'features/search',
    pages: { search: 'pages/search/index' }
  },
  account: {
    root: 'features/account',
    pages: {
      favourites: 'pages/favourites/index',
      history: 'pages/history/index',
      settings: 'pages/settings/index',
      privacy: 'pages/privacy/index',
      about: 'pages/about/index'
    }
  }
} as const

/**
 * Development builds only (NODE_ENV=development): act as the 12345 centre and the handling units, so the
 * whole appeal loop can be walked through by hand. Production builds never list it, so it is never compiled.
 */
export const DEV_ONLY_PAGES: { root: string; pages: string[] }[] = [
  { root: SUBPACKAGES.appeals.root, pages: ['pages/office/index'] }
]
export const DEV_PAGES = process.env.NODE_ENV === 'development' ? DEV_ONLY_PAGES : []

const sub = <K extends keyof typeof SUBPACKAGES>(pkg: K, page: keyof (typeof SUBPACKAGES)[K]['pages']) =>
  `/${SUBPACKAGES[pkg].root}/${(SUBPACKAGES[pkg].pages as Record<string, string>)[page as string]}`

export const routes = {
  home: (query?: { zone?: string }) => withQuery(`/${TAB_PAGES.home}`, query),
  services: () => `/${TAB_PAGES.services}`,
  mine: () => `/${TAB_PAGES.mine}`,
  catalogue: (query?: { audience?: string; theme?: string; department?: string; featured?: 1 }) =>
    withQuery(sub('gov', 'catalogue'), query),
  guide: (id: string) => withQuery(sub('gov', 'guide'), { id }),
  bundles: () => sub('gov', 'bundles'),
  bundle: (id: string) => withQuery(sub('gov', 'bundle'), { id }),
  booking: (serviceId: string) => withQuery(sub('gov', 'booking'), { service: serviceId }),
  bookings: () => sub('gov', 'bookings'),
  progress: (ref?: string) => withQuery(sub('gov', 'progress'), { ref }),
  hall: (id: string) => withQuery(sub('gov', 'hall'), { id }),
  fileAppeal: (query?: { channel?: 'enterprise'; type?: string; category?: string }) =>
    withQuery(sub('appeals', 'file'), query),
  appeals: (query?: { status?: string }) => withQuery(sub('appeals', 'list'), query),
  appeal: (id: string) => withQuery(sub('appeals', 'detail'), { id }),
  office: () => `/${SUBPACKAGES.appeals.root}/pages/office/index`,
  search: (q?: string) => withQuery(sub('search', 'search'), { q }),
  favourites: () => sub('account', 'favourites'),
  history: () => sub('account', 'history'),
  settings: () => sub('account', 'settings'),
  privacy: () => sub('account', 'privacy'),
  about: () => sub('account', 'about')
}

export function isTabRoute(url: string): boolean {
  const path = url.split('?')[0].replace(/^\//, '')
  return (Object.values(TAB_PAGES) as string[]).includes(path)
}
