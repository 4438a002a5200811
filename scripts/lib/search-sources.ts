// Build-time slices of the catalogue: the unified search index (from every module's search-source.ts)
// and the few titles the main package shows (home grid, themes), so the main package ships no catalogue.
import path from 'node:path'
import services from '../../src/data/gov/services.json'
import themes from '../../src/data/gov/themes.json'
import type { ServiceItem } from '../../src/backend/types'
import type { SearchDoc } from '../../src/core/search/types'
import { buildSearchIndex } from '../../src/core/search/build-index'
import { ZONES } from '../../src/zones'
import { convertJson } from '../../src/core/i18n/hant'
import { listFiles } from './files'
import { buildHantTable, toHant } from './hant'

const src = path.resolve(__dirname, '../../src')

/** every module registers its searchable content by exporting searchDocs() from a search-source.ts */
export function collectSearchDocs(): SearchDoc[] {
  return listFiles(src, (name) => name === 'search-source.ts')
    .sort()
    .flatMap((file) => (require(file) as { searchDocs(): SearchDoc[] }).searchDocs())
}

function homeGrid() {
  const byId = new Map((services as ServiceItem[]).map((s) => [s.id, s]))
  return Object.fromEntries(
    ZONES.map((zone) => [
      zone.id,
      zone.homeGrid.map(({ serviceId, label }) => {
        const s = byId.get(serviceId)
        if (!s) throw new Error(`zone ${zone.id}: home grid names unknown service ${serviceId}`)
        if (zone.crossCity && !s.crossCity.includes(zone.crossCity))
          throw new Error(`zone ${zone.id}: ${serviceId} is not handled across cities`)
        return { id: s.id, name: label, nameHant: toHant(label) }
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
  for (const d of docs) convertJson({ title: d.title, subtitle: d.subtitle }, collect)
  return strings
}

export function buildAll(): [string, string][] {
  const docs = collectSearchDocs()
  const shellCatalogue = {
    themes: themes.map((th) => ({ id: th.id, name: th.name, nameHant: toHant(th.name), audience: th.audience }))
  }
  return [
    ['search-index.json', JSON.stringify(buildSearchIndex(docs))],
    ['hant-table.json', JSON.stringify(buildHantTable(proseStrings(docs)))],
    ['home-grid.json', JSON.stringify(homeGrid())],
    ['shell-catalogue.json', JSON.stringify(shellCatalogue)]
  ]
}
