// Appeal routing benchmark: top-1 accuracy of the 智能分派 classifier on the tuning set (the labelled texts
// the model is learned from, so an optimistic figure; its cross-validated figure comes from the build) and
// on the holdout set (texts in other voices that nothing is ever fitted to), the share sent to a wrong
// unit and to manual dispatch, classification time per appeal, and the tuning set's commonest confusions.
// The holdout's individual misses are deliberately not printed: looking at them would be tuning on them.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { AppealUnit } from '../../src/core/appeals/types'
import type { CityId, District } from '../../src/core/domain'
import type { CategoryTree } from '../../src/core/appeals/categories'
import { createSimplifier, type HantTable } from '../../src/core/i18n/hant'
import { routeAppeal, toLearnedRouting, toRoutingTable, type RoutingModel } from '../../src/core/appeals/routing'
import { percentile } from './stats'

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
    learned: toLearnedRouting(readJson('src/generated/routing-model.json')),
    categories: readJson('src/data/appeals/categories.json') as CategoryTree,
    units: readJson('src/data/appeals/units.json') as AppealUnit[]
  }
}

export function loadLabelledAppeals(set: 'labelled' | 'holdout' = 'labelled'): LabelledAppeal[] {
  return readJson(`tests/unit/core/appeals/fixtures/routing-${set}.json`) as LabelledAppeal[]
}

/** The backend folds 繁體 input to 简体 with the app's table before routing; the bench does the same. */
const simplify = createSimplifier(readJson('src/generated/hant-table.json') as HantTable)

/** The unit the classifier proposes; null (manual dispatch) counts as the 12345 centre. */
export function predictUnit(model: RoutingModel, a: LabelledAppeal, useHints = true): string {
  const r = routeAppeal(
    {
      text: simplify(a.text),
      tags: useHints ? (a.tags ?? []).map(simplify) : [],
      categoryCode: useHints ? a.categoryCode : undefined,
      city: a.city ?? 'jiangmen',
      district: a.district
    },
    model
  )
  return r.unitId ?? model.table.fallbackUnitId
}

export interface RoutingScore {
  n: number
  /** right unit, or manual dispatch where manual dispatch is right */
  accuracy: number
  /** sent to a unit other than the right one (a manual-dispatch text sent to any unit included) */
  wrongUnit: number
  /** left to the 12345 centre */
  manual: number
  /** milliseconds per appeal, sorted */
  times: number[]
  confusions: Map<string, number>
}

export function scoreRouting(model: RoutingModel, set: LabelledAppeal[]): RoutingScore {
  const fallback = model.table.fallbackUnitId
  const confusions = new Map<string, number>()
  const times: number[] = []
  let right = 0
  let wrong = 0
  let manual = 0
  for (const a of set) {
    const start = performance.now()
    const got = predictUnit(model, a)
    times.push(performance.now() - start)
    if (got === a.unitId) right++
    else confusions.set(`${a.unitId}→${got}`, (confusions.get(`${a.unitId}→${got}`) ?? 0) + 1)
    if (got === fallback) manual++
    else if (got !== a.unitId) wrong++
  }
  times.sort((x, y) => x - y)
  const n = set.length
  return { n, accuracy: right / n, wrongUnit: wrong / n, manual: manual / n, times, confusions }
}

const latency = (s: RoutingScore): string =>
  `p50=${percentile(s.times, 50).toFixed(3)}ms p95=${percentile(s.times, 95).toFixed(3)}ms`

export async function benchAppeals(): Promise<void> {
  const model = loadRoutingModel()
  const tuning = loadLabelledAppeals('labelled')
  const tuned = scoreRouting(model, tuning)
  const top = [...tuned.confusions.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, 5)
    .map(([k, n]) => `${k}×${n}`)
  const textOnly = tuning.filter((a) => predictUnit(model, a, false) === a.unitId).length
  console.log(`appeal-routing accuracy=${tuned.accuracy.toFixed(3)} n=${tuned.n}`)
  console.log(
    `appeal-routing ${latency(tuned)} wrong-unit=${tuned.wrongUnit.toFixed(3)} manual=${tuned.manual.toFixed(3)} ` +
      `text-only accuracy=${(textOnly / tuning.length).toFixed(3)} confusions: ${top.join(' ') || 'none'}`
  )
  const cv = readJson('src/generated/routing-calibration.json') as Record<string, number>
  console.log(
    `appeal-routing-cv accuracy=${cv.accuracy} n=${cv.n} wrong-unit=${cv.wrongUnit} manual=${cv.manual} ` +
      `unthresholded=${cv.unthresholded} folds=${cv.folds}×${cv.repeats} threshold=${cv.threshold} grams=${cv.grams}`
  )
  const holdout = scoreRouting(model, loadLabelledAppeals('holdout'))
  console.log(
    `appeal-routing-holdout accuracy=${holdout.accuracy.toFixed(3)} n=${holdout.n} ` +
      `wrong-unit=${holdout.wrongUnit.toFixed(3)} manual=${holdout.manual.toFixed(3)} ${latency(holdout)}`
  )
}
