// The module manifest: every module of the app, one record each, written in its own folder
// (src/features/<id>/module.ts: small data, no feature code). Derived from it, never edited by hand:
// the routes and subpackages (routes.ts, app.config.ts), the lint boundaries between features
// (.eslintrc.cjs), the entries on 首页 / 服务 / 我的, and the search sources (scripts/lib/search-sources.ts).
// Adding a module is one line here: `npm run new:module <id>` writes it.
import type { ZoneId } from '@/core/domain'
import type { ModuleEntry, ModuleRecord } from './module-record'
import { accountModule } from './features/account/module'
import { appealsModule } from './features/appeals/module'
import { govServicesModule } from './features/gov-services/module'
import { searchModule } from './features/search/module'
import { talentModule } from './features/talent/module'
import { tourismModule } from './features/tourism/module'
import { investmentModule } from './features/investment/module'

/** in the order their entries appear on 首页 / 服务 / 我的 */
export const MODULES = [
  accountModule,
  searchModule,
  govServicesModule,
  appealsModule,
  talentModule,
  tourismModule,
  investmentModule
] as const

export type AppModule = (typeof MODULES)[number]
export type ModuleId = AppModule['id']
export type PageName<Id extends ModuleId> = Extract<keyof Extract<AppModule, { id: Id }>['pages'], string>

/** the same records, seen through the common type, for code that goes over all of them */
export const MODULE_RECORDS: readonly ModuleRecord[] = MODULES

export const moduleRoot = (module: Pick<ModuleRecord, 'id'>): string => `features/${module.id}`

export function moduleById(id: string): ModuleRecord | undefined {
  return MODULE_RECORDS.find((m) => m.id === id)
}

const inZone = (zones: readonly ZoneId[] | undefined, zone: ZoneId) => !zones || zones.includes(zone)

/** the modules a zone shows on 首页 and 服务, in manifest order */
export function modulesInZone(zone: ZoneId): ModuleRecord[] {
  return MODULE_RECORDS.filter((m) => inZone(m.zones, zone))
}

/** a module's entries that the zone shows */
export function entriesInZone(entries: readonly ModuleEntry[] | undefined, zone: ZoneId): ModuleEntry[] {
  return (entries ?? []).filter((e) => inZone(e.zones, zone))
}

/** a saved item (favourite, history) is shown only by the module that owns its kind */
export function ownsSavedItem(item: { module: string; kind: string }): boolean {
  return moduleById(item.module)?.saved?.includes(item.kind) ?? false
}
