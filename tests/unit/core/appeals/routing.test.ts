import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { AppealUnit } from '@/core/appeals/types'
import type { CityId, District } from '@/core/domain'
import type { CategoryTree } from '@/core/appeals/categories'
import {
  decodeWeights,
  encodeWeights,
  foldRoutingText,
  matchTerms,
  routeAppeal,
  toLearnedRouting,
  toRoutingTable,
  UNIT_LETTERS,
  type RoutingInput,
  type RoutingModel
} from '@/core/appeals/routing'
import { createSimplifier, type HantTable } from '@/core/i18n/hant'
import categories from '@/data/appeals/categories.json'
import routing from '@/data/appeals/routing.json'
import units from '@/data/appeals/units.json'
import hantTable from '@/generated/hant-table.json'
import learned from '@/generated/routing-model.json'
import labelled from './fixtures/routing-labelled.json'
import holdout from './fixtures/routing-holdout.json'

interface LabelledAppeal {
  text: string
  tags?: string[]
  categoryCode?: string
  city?: string
  district?: string
  unitId: string
}

const model: RoutingModel = {
  table: toRoutingTable(routing),
  learned: toLearnedRouting(learned),
  categories: categories as CategoryTree,
  units: units as AppealUnit[]
}
const tuningSet = labelled as LabelledAppeal[]
const holdoutSet = holdout as LabelledAppeal[]
// the backend folds 繁體 to 简体 with the app's table before routing (embedded/appeals.ts); so do these tests
const simplify = createSimplifier(hantTable as HantTable)
const inputOf = (a: LabelledAppeal): RoutingInput => ({
  text: simplify(a.text),
  tags: (a.tags ?? []).map(simplify),
  categoryCode: a.categoryCode,
  city: (a.city ?? 'jiangmen') as CityId,
  district: a.district as District | undefined
})
const LABELLED_PREFIXES = ['类别：', '标签：', '跨市：', '对口部门：']

/** right unit (manual dispatch counts as the 12345 centre), and sent to a wrong unit, as shares of the set */
function score(set: LabelledAppeal[]): { accuracy: number; wrongUnit: number } {
  const fallback = model.table.fallbackUnitId
  let right = 0
  let wrong = 0
  for (const a of set) {
    const got = routeAppeal(inputOf(a), model).unitId ?? fallback
    if (got === a.unitId) right++
    else if (got !== fallback) wrong++
  }
  return { accuracy: right / set.length, wrongUnit: wrong / set.length }
}

describe('labelled sets', () => {
  const ids = new Set(model.units.map((u) => u.id))

  test('the tuning set is large enough, every expected unit exists and has several examples', () => {
    expect(tuningSet.length).toBeGreaterThanOrEqual(1500)
    for (const a of tuningSet) expect(ids.has(a.unitId)).toBe(true)
    for (const u of model.units.filter((x) => x.city === 'jiangmen')) {
      expect(tuningSet.filter((a) => a.unitId === u.id).length).toBeGreaterThanOrEqual(15)
    }
  })

  test('the holdout set has 300+ texts of its own, every expected unit exists', () => {
    expect(holdoutSet.length).toBeGreaterThanOrEqual(300)
    for (const a of holdoutSet) expect(ids.has(a.unitId)).toBe(true)
    const tuningTexts = new Set(tuningSet.map((a) => a.text))
    expect(holdoutSet.filter((a) => tuningTexts.has(a.text))).toEqual([])
  })

  test('the learner reads the tuning set and never the holdout', () => {
    const learner = readFileSync(join(__dirname, '../../../../scripts/lib/routing-learner.ts'), 'utf8')
    expect(learner).toContain('fixtures/routing-labelled.json')
    expect(learner).not.toMatch(/holdout\.json|routing-holdout/)
  })

  // floors a little under what the model measures (npm run bench), so a regression fails
  test('tuning set: top-1 accuracy ≥ 0.95', () => {
    expect(score(tuningSet).accuracy).toBeGreaterThanOrEqual(0.95)
  })

  // the product's goal itself: 95% right on texts never learned from, at most 2% to a wrong unit
  test('holdout set: top-1 accuracy ≥ 0.95 with at most 2% sent to a wrong unit', () => {
    const { accuracy, wrongUnit } = score(holdoutSet)
    expect(accuracy).toBeGreaterThanOrEqual(0.95)
    expect(wrongUnit).toBeLessThanOrEqual(0.02)
  })
})

describe('routeAppeal', () => {
  const jm = (text: string, extra: Partial<RoutingInput> = {}): RoutingInput => ({
    text,
    tags: [],
    city: 'jiangmen',
    ...extra
  })
  const terms = (text: string, extra: Partial<RoutingInput> = {}) =>
    routeAppeal(jm(text, extra), model).evidence.map((e) => e.term)

  test('routes a plain complaint with the words that decided it', () => {
    const r = routeAppeal(jm('楼下有人乱摆卖，占道经营好几天了'), model)
    expect(r.unitId).toBe('jm-urban')
    expect(r.city).toBe('jiangmen')
    expect(r.evidence.map((e) => e.term)).toEqual(expect.arrayContaining(['占道经营', '乱摆卖']))
  })

  test('a longer term beats its substring: 施工噪音 is a building site, not street noise', () => {
    const r = routeAppeal(jm('旁边工地晚上施工噪音太大，吵得睡不着'), model)
    expect(r.unitId).toBe('jm-housing')
    expect(r.evidence.map((e) => e.term)).toContain('施工噪音')
    expect(matchTerms('施工噪音', model.table)).not.toContain('噪音')
  })

  test('each term and n-gram counts once however often it occurs', () => {
    const once = routeAppeal(jm('欠薪'), model)
    const thrice = routeAppeal(jm('欠薪欠薪欠薪'), model)
    expect(thrice).toEqual(once)
  })

  test('wording the table never lists still counts: learned n-grams are evidence too', () => {
    // 水喉 (Cantonese for the tap) is no term of the table; the tuning set taught it
    const text = '啲水喉水黄黄哋'
    expect(matchTerms(foldRoutingText(text, model.learned), model.table)).toEqual([])
    // the n-grams 水喉 and 喉水 both push the unit, so the evidence is their merged stretch
    expect(terms(text).some((t) => t.includes('水喉'))).toBe(true)
    expect(routeAppeal(jm(text), model).unitId).toBe('jm-water-supply')
  })

  test('繁體 input is folded to 简体: the same proposal, evidence in 简体', () => {
    const hans = routeAppeal(jm('楼上邻居成晚嘈到瞓唔着'), model)
    expect(routeAppeal(jm('樓上鄰居成晚嘈到瞓唔著'), model)).toEqual(hans)
    expect(hans.unitId).toBe('jm-public-security')
  })

  test('the category adds its prior, scaled like every keyword score, to the default unit and says so', () => {
    const r = routeAppeal(jm('想反映一下这个问题', { categoryCode: '050204' }), model)
    const weight = Math.round(model.table.categoryPrior * model.learned.keywordWeight * 100) / 100
    expect(r.evidence[0]).toEqual({ term: '类别：预付卡', weight })
    // the text alone names no unit (the centre decides); the chosen category is what speaks for its default
    // unit, and proposes it (never another unit) exactly when the prior reaches the calibrated threshold
    const textAlone = routeAppeal(jm('想反映一下这个问题'), model)
    expect(textAlone.unitId).toBeNull()
    expect(r.confidence).toBeGreaterThan(textAlone.confidence)
    expect(r.unitId).toBe(r.confidence >= model.learned.threshold ? 'jm-market' : null)
    const withText = routeAppeal(jm('健身房关门了，预付卡里的钱退不回来', { categoryCode: '050204' }), model)
    expect(withText.unitId).toBe('jm-market')
  })

  test('tags are matched like text and weighted by the tag factor', () => {
    const r = routeAppeal(jm('请尽快处理', { tags: ['停电'] }), model)
    expect(r.unitId).toBe('jm-power')
    expect(r.evidence[0].term).toBe('标签：停电')
  })

  test('nothing recognisable → manual dispatch', () => {
    const r = routeAppeal(jm('你好，麻烦回个电话给我'), model)
    expect(r.unitId).toBeNull()
    expect(r.confidence).toBeLessThan(model.learned.threshold)
  })

  test('cross-city appeals go to that city’s 12345 and still name the kind of department', () => {
    const r = routeAppeal({ text: '老板拖欠工资三个月', tags: [], city: 'shenzhen' }, model)
    expect(r.unitId).toBe('sz-12345')
    expect(r.city).toBe('shenzhen')
    expect(r.confidence).toBe(1)
    expect(r.evidence[0].term).toBe('跨市：深圳市12345政务服务便民热线')
    expect(r.evidence[1].term).toBe('对口部门：人社')
    expect(routeAppeal({ text: '小区停水', tags: [], city: 'zhongshan' }, model).unitId).toBe('zs-12345')
  })

  test('rejects a malformed table or model', () => {
    expect(() => toRoutingTable({ threshold: 0.3 })).toThrow()
    expect(() => toLearnedRouting({ version: 1, units: [], grams: { 欠薪: [1] } })).toThrow()
    const shape = { version: 2, units: ['jm-hrss'], keywordWeight: 1, threshold: 0.5, ngram: [1, 2], fold: '' }
    expect(toLearnedRouting({ ...shape, grams: { 欠薪: 'a12' } }).grams).toEqual({ 欠薪: 'a12' })
    // a weight for a unit the model does not have, a pre-version-2 pair list, a malformed code
    expect(() => toLearnedRouting({ ...shape, grams: { 欠薪: 'b12' } })).toThrow()
    expect(() => toLearnedRouting({ ...shape, grams: { 欠薪: [0, 12] } })).toThrow()
    expect(() => toLearnedRouting({ ...shape, grams: { 欠薪: 'a1.2' } })).toThrow()
  })

  test('the weights are stored as unit letters and signed tenths, and read back exactly', () => {
    expect(
      encodeWeights([
        [2, 7],
        [5, -3],
        [27, 12]
      ])
    ).toBe('c7f-3B12')
    expect(decodeWeights('c7f-3B12')).toEqual([
      [2, 0.7],
      [5, -0.3],
      [27, 1.2]
    ])
    // a leading base is the weight of every unit not listed
    expect(decodeWeights('-4b0d2', 5)).toEqual([
      [0, -0.4],
      [1, 0],
      [2, -0.4],
      [3, 0.2],
      [4, -0.4]
    ])
    expect(encodeWeights([[1, 0]], -4)).toBe('-4b0')
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: UNIT_LETTERS.length - 1 }), fc.integer({ min: -99, max: 99 }))),
        (pairs) => {
          expect(decodeWeights(encodeWeights(pairs))).toEqual(pairs.map(([u, w]) => [u, w / 10]))
        }
      )
    )
  })
})

describe('routeAppeal properties', () => {
  const vocabulary = [
    ...Object.values(model.table.terms).flatMap((list) => list.map(([t]) => t)),
    ...Object.keys(model.learned.grams).filter((g) => g.length > 1)
  ]
  const fragment = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.constantFrom('，', '我们', '楼下', '请处理', '蓬江区', '！', '樓', '鄰居', '冇', '嘅'),
    fc.string({ maxLength: 4 })
  )
  const input = fc.record({
    text: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
    tags: fc.array(fc.constantFrom('噪音', '停电', '物业', '欠薪', '医保', '无关'), { maxLength: 4 }),
    categoryCode: fc.option(fc.constantFrom('010101', '040101', '100201', '990101', '01', 'zz'), { nil: undefined }),
    city: fc.constantFrom<CityId>('jiangmen', 'jiangmen', 'shenzhen', 'zhongshan')
  })

  test('deterministic, confidence in [0,1], evidence strongest first and found in the folded input', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const r = routeAppeal(inp, model)
        expect(routeAppeal(inp, model)).toEqual(r)
        expect(r.confidence).toBeGreaterThanOrEqual(0)
        expect(r.confidence).toBeLessThanOrEqual(1)
        for (let i = 1; i < r.evidence.length; i++)
          expect(r.evidence[i - 1].weight).toBeGreaterThanOrEqual(r.evidence[i].weight)
        const text = foldRoutingText(inp.text, model.learned)
        for (const { term } of r.evidence) {
          if (LABELLED_PREFIXES.some((p) => term.startsWith(p))) continue
          expect(text).toContain(term)
        }
      }),
      { numRuns: 300 }
    )
  })

  test('in Jiangmen the unit is null exactly when confidence is below the threshold', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const r = routeAppeal({ ...inp, city: 'jiangmen' }, model)
        expect(r.unitId === null).toBe(r.confidence < model.learned.threshold)
      }),
      { numRuns: 300 }
    )
  })
})
