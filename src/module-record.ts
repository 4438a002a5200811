// What a module record says. Each module writes its record in src/features/<id>/module.ts; src/modules.ts
// lists them. The main package loads every record, so a record is small data only: ids, paths, i18n keys,
// never feature code (mini-program subpackages cannot be required from the main package).
import type { ZoneId } from '@/core/domain'
import type { IconName } from '@/core/icons'

export type TabId = 'home' | 'services' | 'mine'

/** the counts of records that moved on since the user last looked, drawn on 我的 and its tab */
export type UpdateBadge = 'appeal-updates' | 'application-updates'

export type LinkQuery = Record<string, string | number>

/** where an entry leads: one of the module's own pages (with its query), or a tab page */
export type ModuleLink<Page extends string = string> = { page: Page; query?: LinkQuery } | { tab: TabId }

export interface ModuleEntry<Page extends string = string> {
  /** i18n key of the label, in the module's shell catalogue (locales/shell.zh-Hans.json) or the shell's */
  labelKey: string
  to: ModuleLink<Page>
  /** the zones that show this entry; default: every zone that shows the module */
  zones?: readonly ZoneId[]
  /** the icon of its tile in a grid (首页), a key of src/core/icons.ts */
  icon?: IconName
  /** a count the shell shows beside the entry (only on 我的) */
  badge?: UpdateBadge
}

/** a section of the 服务 tab: a list of entries, or a grid of a list generated at build time */
export type ServicesSection<Page extends string = string> = {
  /** i18n keys of the title, joined with ' · ' */
  titleKeys: readonly string[]
} & ({ entries: readonly ModuleEntry<Page>[] } | { grid: string })

export interface ModuleRecord<Pages extends Record<string, string> = Record<string, string>> {
  /** the folder under src/features, kebab-case; the subpackage root is features/<id> */
  id: string
  /** page name → path under the subpackage root */
  pages: Pages
  /** the zones that show the module on 首页 and 服务; default: every zone */
  zones?: readonly ZoneId[]
  /** its entries on 首页, in order */
  home?: readonly ModuleEntry<Extract<keyof Pages, string>>[]
  /** its sections on 服务, in order */
  services?: readonly ServicesSection<Extract<keyof Pages, string>>[]
  /** its entries on 我的 (the user's own records: shown in every zone) */
  mine?: readonly ModuleEntry<Extract<keyof Pages, string>>[]
  /** it contributes to the unified search with src/features/<id>/search-source.ts (read at build time) */
  search?: boolean
  /** the kinds of saved item (favourites, history) it owns and renders, e.g. ['service'] */
  saved?: readonly string[]
}

/** keeps the literal page names, so links and URL builders are checked against them */
export function defineModule<const M extends ModuleRecord>(record: M & ModuleRecord<M['pages']>): M {
  return record
}
