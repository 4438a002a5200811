// Every page's path, with URL builders. Module pages come from the module manifest (src/modules.ts);
// app.config.ts lists the same pages.
import type { AppealChannel, AppealType } from '@/core/appeals/types'
import type { District } from '@/core/domain'
import type { Audience } from '@/core/gov-services/types'
import type { ModuleLink, ModuleRecord, TabId } from './module-record'
import { MODULE_RECORDS, moduleById, moduleRoot, type ModuleId, type PageName } from './modules'

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
} as const satisfies Record<TabId, string>

const pagePath = (module: ModuleRecord, page: string) => `/${moduleRoot(module)}/${module.pages[page]}`

/** the URL of a module's page: pageUrl('gov-services', 'guide', { id }) */
export function pageUrl<Id extends ModuleId>(module: Id, page: PageName<Id>, query?: Query): string {
  const record = moduleById(module)
  if (!record) throw new Error(`no module ${module} in the manifest`)
  return withQuery(pagePath(record, page), query)
}

/** where a manifest entry of the module leads */
export function linkUrl(module: ModuleRecord, link: ModuleLink): string {
  return 'tab' in link ? `/${TAB_PAGES[link.tab]}` : withQuery(pagePath(module, link.page), link.query)
}

/** the subpackages: one per module, rooted at its folder */
export const SUBPACKAGES = MODULE_RECORDS.map((m) => ({
  root: moduleRoot(m),
  pages: Object.values(m.pages)
}))

export const routes = {
  home: (query?: { zone?: string }) => withQuery(`/${TAB_PAGES.home}`, query),
  services: () => `/${TAB_PAGES.services}`,
  mine: () => `/${TAB_PAGES.mine}`,
  /** topic: one of the zone's topics (src/zones); scope=all: 全部事项 instead of 本专区可办 */
  catalogue: (query?: {
    audience?: Audience
    theme?: string
    department?: string
    featured?: 1
    topic?: string
    scope?: 'all'
  }) => pageUrl('gov-services', 'catalogue', query),
  /** a guide; an item that is one 情形 of a matter asks which situation first, unless the URL names it */
  guide: (id: string, situation?: string) => pageUrl('gov-services', 'guide', { id, situation }),
  bundles: () => pageUrl('gov-services', 'bundles'),
  bundle: (id: string) => pageUrl('gov-services', 'bundle', { id }),
  /** the booking form of a service, with a hall already chosen when the user picked one (a guide's hall row) */
  booking: (serviceId: string, hallId?: string) =>
    pageUrl('gov-services', 'booking', { service: serviceId, hall: hallId }),
  bookings: () => pageUrl('gov-services', 'bookings'),
  /** the receipt of one of the user's bookings (预约回执) */
  receipt: (id: string) => pageUrl('gov-services', 'receipt', { id }),
  progress: (ref?: string) => pageUrl('gov-services', 'progress', { ref }),
  hall: (id: string) => pageUrl('gov-services', 'hall', { id }),
  /** 在线申办 of a 政务服务 item */
  apply: (serviceId: string) => pageUrl('gov-services', 'apply', { service: serviceId }),
  /**
   * 在线申办 of any module's matter ('talent/talent-card'): the one pipeline's page, in 政务服务; `preset` chooses
   * answers of a new application (the flat the user came from: { project: 'house-talent-island' })
   */
  applyFor: (matterId: string, preset?: Record<string, string>) =>
    pageUrl('gov-services', 'apply', {
      matter: matterId,
      preset: preset
        ? Object.entries(preset)
            .map(([field, value]) => `${field}:${value}`)
            .join(',')
        : undefined
    }),
  application: (id: string) => pageUrl('gov-services', 'application', { id }),
  /** subject: what the appeal is about (a sight, a shop), filled in as its place; district: where that is */
  fileAppeal: (query?: {
    channel?: Extract<AppealChannel, 'enterprise'>
    type?: AppealType
    category?: string
    subject?: string
    district?: District
  }) => pageUrl('appeals', 'file', query),
  appeals: (query?: { status?: string }) => pageUrl('appeals', 'list', query),
  appeal: (id: string) => pageUrl('appeals', 'detail', { id }),
  search: (q?: string) => pageUrl('search', 'search', { q }),
  favourites: () => pageUrl('account', 'favourites'),
  history: () => pageUrl('account', 'history'),
  settings: () => pageUrl('account', 'settings'),
  privacy: () => pageUrl('account', 'privacy'),
  about: () => pageUrl('account', 'about')
}

export function isTabRoute(url: string): boolean {
  const path = url.split('?')[0].replace(/^\//, '')
  return (Object.values(TAB_PAGES) as string[]).includes(path)
}
