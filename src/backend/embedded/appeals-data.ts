// The bundled 诉求服务 data: category tree, handling units, the routing table and the deadline policies.
// Only 简体 ships; 繁體 is derived on first use with the build-time table, as for the 政务服务 data.
import categories from '@/data/appeals/categories.json'
import policies from '@/data/appeals/deadline-policies.json'
import districtUnits from '@/data/appeals/district-units.json'
import routing from '@/data/appeals/routing.json'
import tags from '@/data/appeals/tags.json'
import units from '@/data/appeals/units.json'
import hantTable from '@/generated/hant-table.json'
import routingModel from '@/generated/routing-model.json'
import { parseCategoryTree } from '@/core/appeals/categories'
import { parseDeadlinePolicies } from '@/core/appeals/deadlines'
import { toLearnedRouting, toRoutingTable } from '@/core/appeals/routing'
import { convertJson, createHantConverter, createSimplifier, type HantTable } from '@/core/i18n/hant'
import type { Locale } from '@/core/domain'
import type { AppealsDataset } from './appeals'

// a tag's id is its 简体 form, whatever script it is shown in
const tree = parseCategoryTree(categories)
const hans: AppealsDataset = {
  categories: tree,
  // the district units sit beside the city ones, so every lookup by unit id finds them; the routing model
  // keeps choosing between city units
  units: [...units, ...districtUnits.units] as AppealsDataset['units'],
  tags: tags.map((t: { tag: string }) => ({ ...t, id: t.tag })),
  routing: {
    table: toRoutingTable(routing),
    learned: toLearnedRouting(routingModel),
    categories: tree,
    units: units as AppealsDataset['units']
  },
  policies: parseDeadlinePolicies(policies)
}
let hant: AppealsDataset | undefined

export const toSimplified = createSimplifier(hantTable as HantTable)

export const appealsDatasets: Record<Locale, AppealsDataset> = {
  'zh-Hans': hans,
  get 'zh-Hant'() {
    // the routing table and policies stay as they are: they match 简体 text and are not shown
    return (hant ??= {
      ...hans,
      ...convertJson(
        { categories: hans.categories, units: hans.units, tags: hans.tags },
        createHantConverter(hantTable as HantTable)
      )
    })
  }
}
