// Build-time slices of the catalogue: the unified search index (from the search source of every module whose
// manifest record says `search: true`, and the shell's), the few titles the main package shows (home grid, theme
// grids), and the modules' shell catalogues (the labels of their entries), so the main package ships no catalogue.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import services from '../../src/data/gov/services.json'
import themes from '../../src/data/gov/themes.json'
import situations from '../../src/data/gov/situations.json'
import type { ServiceItem, SituationGroup } from '../../src/core/gov-services/types'
import type { SearchDoc } from '../../src/core/search/types'
import { buildSearchIndex } from '../../src/core/search/build-index'
import { isIconName } from '../../src/core/icons'
import { ZONES } from '../../src/zones'
import { MODULE_RECORDS, moduleRoot } from '../../src/modules'
import { routes } from '../../src/routes'
import { convertJson } from '../../src/core/i18n/hant'
import { listFiles } from './files'
import { buildHantTable, toHant } from './hant'

const src = path.resolve(__dirname, '../../src')

/** the search sources: the shell's, and src/features/<id>/search-source.ts of each module with `search: true` */
export function searchSourceFiles(): string[] {
  const declared = MODULE_RECORDS.filter((m) => m.search).map((m) => path.join(src, moduleRoot(m), 'search-source.ts'))
  for (const file of declared) if (!existsSync(file)) throw new Error(`the manifest names a missing ${file}`)
  const found = listFiles(src, (name) => name === 'search-source.ts')
  const shell = path.join(src, 'pages', 'search-source.ts')
  const stray = found.filter((f) => f !== shell && !declared.includes(f))
  if (stray.length)
    throw new Error(`search sources of no module with \`search: true\` (src/modules.ts): ${stray.join(', ')}`)
  return [shell, ...declared].sort()
}

/** every module registers its searchable content by exporting searchDocs() from its search-source.ts */
export function collectSearchDocs(): SearchDoc[] {
  return searchSourceFiles().flatMap((file) => (require(file) as { searchDocs(): SearchDoc[] }).searchDocs())
}

/** the 简体 and 繁體 labels the shell shows for the modules: src/features/<id>/locales/shell.zh-Hans.json */
function moduleShellMessages() {
  const hans: Record<string, string> = {}
  for (const m of MODULE_RECORDS) {
    const file = path.join(src, moduleRoot(m), 'locales', 'shell.zh-Hans.json')
    if (existsSync(file)) Object.assign(hans, JSON.parse(readFileSync(file, 'utf8')))
  }
  const hant = Object.fromEntries(Object.entries(hans).map(([k, v]) => [k, toHant(v)]))
  return { 'zh-Hans': hans, 'zh-Hant': hant }
}

function homeGrid() {
  const byId = new Map((services as ServiceItem[]).map((s) => [s.id, s]))
  return Object.fromEntries(
    ZONES.map((zone) => [
      zone.id,
      zone.homeGrid.map(({ serviceId, label, icon, situation }) => {
        const s = byId.get(serviceId)
        if (!s) throw new Error(`zone ${zone.id}: home grid names unknown service ${serviceId}`)
        if (zone.crossCity && !s.crossCity.includes(zone.crossCity))
          throw new Error(`zone ${zone.id}: ${serviceId} is not handled across cities`)
        // a tile that names one 情形 opens it; a tile of a matter with situations asks which
        const group = (situations as SituationGroup[]).find((g) => g.situations.some((x) => x.serviceId === s.id))
        if (situation && !group?.situations.some((x) => x.id === situation && x.serviceId === s.id))
          throw new Error(`zone ${zone.id}: ${serviceId} has no situation ${situation}`)
        return { id: s.id, name: label, nameHant: toHant(label), icon, ...(situation ? { situation } : {}) }
      })
    ])
  )
}

/** every prose string of the datasets under src/data and of the search documents */
function proseStrings(docs: SearchDoc[]): Set<string> {
  const strings = new Set<string>()
  const collect = (text: string) => (strings.add(text), text)
  for (const file of listFiles(path.join(src, 'data'), (name) => name.endsWith('.json')))
    convertJson(require(file), collect)
  // keywords too: the search page shows the alias a result was found by
  for (const d of docs) convertJson({ title: d.title, subtitle: d.subtitle, keywords: d.keywords }, collect)
  return strings
}

export function buildAll(): [string, string][] {
  const docs = collectSearchDocs()
  // the grids the 服务 tab shows, by `<module>/<grid>` as the manifest's sections name them
  const themeGrid = (audience: string) =>
    themes
      .filter((th) => th.audience === audience)
      .map((th) => {
        if (!isIconName(th.icon)) throw new Error(`theme ${th.id}: unknown icon ${th.icon} (src/core/icons.ts)`)
        return {
          key: th.id,
          name: th.name,
          nameHant: toHant(th.name),
          icon: th.icon,
          url: routes.catalogue({ theme: th.id })
        }
      })
  const shellCatalogue = {
    grids: { 'gov-services/themes-personal': themeGrid('personal'), 'gov-services/themes-legal': themeGrid('legal') }
  }
  return [
    ['search-index.json', JSON.stringify(buildSearchIndex(docs))],
    ['hant-table.json', JSON.stringify(buildHantTable(proseStrings(docs)))],
    ['home-grid.json', JSON.stringify(homeGrid())],
    ['shell-catalogue.json', JSON.stringify(shellCatalogue)],
    ['module-shell.json', JSON.stringify(moduleShellMessages())]
  ]
}
