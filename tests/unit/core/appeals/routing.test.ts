import fc from 'fast-check'
import type { AppealUnit } from '@/core/appeals/types'
import type { CityId, District } from '@/core/domain'
import type { CategoryTree } from '@/core/appeals/categories'
import { matchTerms, routeAppeal, toRoutingTable, type RoutingInput, type RoutingModel } from '@/core/appeals/routing'
import { foldTagText } from '@/core/appeals/tags'
import categories from '@/data/appeals/categories.json'
import routing from '@/data/appeals/routing.json'
import units from '@/data/appeals/units.json'
import labelled from './fixtures/routing-labelled.json'

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
  categories: categories as CategoryTree,
  units: units as AppealUnit[]
}
const set = labelled as LabelledAppeal[]
const inputOf = (a: LabelledAppeal): RoutingInput => ({
  text: a.text,
  tags: a.tags ?? [],
  categoryCode: a.categoryCode,
  city: (a.city ?? 'jiangmen') as CityId,
  district: a.district as District | undefined
})
const LABELLED_PREFIXES = ['类别：', '标签：', '跨市：', '对口部门：']

describe('labelled set', () => {
  test('is large enough and every expected unit exists', () => {
    expect(set.length).toBeGreaterThanOrEqual(200)
    const ids = new Set(model.units.map((u) => u.id))
    for (const a of set) expect(ids.has(a.unitId)).toBe(true)
  })

  test('every Jiangmen unit has several examples', () => {
    for (const u of model.units.filter((x) => x.city === 'jiangmen')) {
      expect(set.filter((a) => a.unitId === u.id).length).toBeGreaterThanOrEqual(5)
    }
  })

  test('top-1 accuracy ≥ 0.90 (manual dispatch counts as the 12345 centre)', () => {
    const correct = set.filter(
      (a) => (routeAppeal(inputOf(a), model).unitId ?? model.table.fallbackUnitId) === a.unitId
    ).length
    expect(correct / set.length).toBeGreaterThanOrEqual(0.9)
  })
})

describe('routeAppeal', () => {
  const jm = (text: string, extra: Partial<RoutingInput> = {}): RoutingInput => ({
    text,
    tags: [],
    city: 'jiangmen',
    ...extra
  })

  test('routes a plain complaint with the words that decided it', () => {
    const r = routeAppeal(jm('楼下有人乱摆卖，占道经营好几天了'), model)
    expect(r.unitId).toBe('jm-urban')
    expect(r.city).toBe('jiangmen')
    expect(r.evidence.map((e) => e.term)).toEqual(expect.arrayContaining(['占道经营', '乱摆卖']))
  })

  test('a longer term beats its substring: 施工噪音 is a building site, not street noise', () => {
    const r = routeAppeal(jm('旁边施工噪音太大'), model)
    expect(r.unitId).toBe('jm-housing')
    expect(r.evidence.map((e) => e.term)).toContain('施工噪音')
    expect(matchTerms('施工噪音', model.table)).not.toContain('噪音')
  })

  test('each term counts once however often it occurs', () => {
    const once = routeAppeal(jm('欠薪'), model)
    const thrice = routeAppeal(jm('欠薪欠薪欠薪'), model)
    expect(thrice.evidence).toEqual(once.evidence)
  })

  test('the category adds its prior to the default unit and says so', () => {
    const r = routeAppeal(jm('想反映一下这个问题', { categoryCode: '050204' }), model)
    expect(r.unitId).toBe('jm-market')
    expect(r.evidence[0]).toEqual({ term: '类别：预付卡', weight: model.table.categoryPrior })
  })

  test('tags are matched like text and weighted by the tag factor', () => {
    const r = routeAppeal(jm('请尽快处理', { tags: ['停电'] }), model)
    expect(r.unitId).toBe('jm-power')
    expect(r.evidence[0].term).toBe('标签：停电')
  })

  test('nothing recognisable → manual dispatch with confidence 0', () => {
    const r = routeAppeal(jm('你好，麻烦回个电话给我'), model)
    expect(r).toEqual({ unitId: null, city: 'jiangmen', confidence: 0, evidence: [] })
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

  test('rejects a malformed table', () => {
    expect(() => toRoutingTable({ threshold: 0.3 })).toThrow()
  })
})

describe('routeAppeal properties', () => {
  const vocabulary = Object.values(model.table.terms).flatMap((list) => list.map(([t]) => t))
  const fragment = fc.oneof(
    fc.constantFrom(...vocabulary),
    fc.constantFrom('，', '我们', '楼下', '请处理', '蓬江区', '！'),
    fc.string({ maxLength: 4 })
  )
  const input = fc.record({
    text: fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join('')),
    tags: fc.array(fc.constantFrom('噪音', '停电', '物业', '欠薪', '医保', '无关'), { maxLength: 4 }),
    categoryCode: fc.option(fc.constantFrom('010101', '040101', '100201', '990101', '01', 'zz'), { nil: undefined }),
    city: fc.constantFrom<CityId>('jiangmen', 'jiangmen', 'shenzhen', 'zhongshan')
  })

  test('deterministic, confidence in [0,1], evidence strongest first and found in the input', () => {
    fc.assert(
      fc.property(input, (inp) => {
        const r = routeAppeal(inp, model)
        expect(routeAppeal(inp, model)).toEqual(r)
        expect(r.confidence).toBeGreaterThanOrEqual(0)
        expect(r.confidence).toBeLessThanOrEqual(1)
        for (let i = 1; i < r.evidence.length; i++)
          expect(r.evidence[i - 1].weight).toBeGreaterThanOrEqual(r.evidence[i].weight)
        const text = foldTagText(inp.text)
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
        expect(r.unitId === null).toBe(r.confidence < model.table.threshold)
      }),
      { numRuns: 300 }
    )
  })
})
