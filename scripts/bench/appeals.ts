// Appeal routing benchmark: top-1 accuracy of the 智能分派 classifier on the hand-labelled set,
// classification time per appeal, and the most common confusions.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AppealUnit } from '../../src/core/appeals/types'
import type { CityId, District } from '../../src/core/domain'
import type { CategoryTree } from '../../src/core/appeals/categories'
import { routeAppeal, toRoutingTable, type RoutingModel } from '../../src/core/appeals/routing'

export interface LabelledAppeal {
  text: string
  tags?: string[]
  categoryCode?: string
  city?: CityId
  district?: District
  unitId: string
}

const root = join(__dirname, '..', '..')
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'))

export function loadRoutingModel(): RoutingModel {
  return {
    table: toRoutingTable(readJson('src/data/appeals/routing.json')),
    categories: readJson('src/data/appeals/categories.json') as CategoryTree,
    units: readJson('src/data/appeals/units.json') as AppealUnit[]
  }
}

export function loadLabelledAppeals(): LabelledAppeal[] {
  return readJson('tests/unit/core/appeals/fixtures/routing-labelled.json') as LabelledAppeal[]
}

/** The unit the classifier proposes; null (manual dispatch) counts as the 12345 centre. */
export function predictUnit(model: RoutingModel, a: LabelledAppeal, useHints = true): string {
  const r = routeAppeal(
    {
      text: a.text,
      tags: useHints ? (a.tags ?? []) : [],
      categoryCode: useHints ? a.categoryCode : undefined,
      city: a.city ?? 'jiangmen',
      district: a.district
    },
    model
  )
  return r.unitId ?? model.table.fallbackUnitId
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export async function benchAppeals(): Promise<void> {
  const model = loadRoutingModel()
  const set = loadLabelledAppeals()
  const confusions = new Map<string, number>()
  const times: number[] = []
  let correct = 0
  let textOnly = 0
  for (const a of set) {
    const start = performance.now()
    const got = predictUnit(model, a)
    times.push(performance.now() - start)
    if (got === a.unitId) correct++
    else confusions.set(`${a.unitId}→${got}`, (confusions.get(`${a.unitId}→${got}`) ?? 0) + 1)
    if (predictUnit(model, a, false) === a.unitId) textOnly++
  }
  times.sort((x, y) => x - y)
  const top = [...confusions.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([k, n]) => `${k}×${n}`)
  console.log(`appeal-routing accuracy=${(correct / set.length).toFixed(3)} n=${set.length}`)
  console.log(
    `appeal-routing p50=${percentile(times, 50).toFixed(3)}ms p95=${percentile(times, 95).toFixed(3)}ms ` +
      `text-only accuracy=${(textOnly / set.length).toFixed(3)} confusions: ${top.join(' ') || 'none'}`
  )
}
