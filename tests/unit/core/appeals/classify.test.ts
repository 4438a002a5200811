import fc from 'fast-check'
import { categoryLeaves, isLeafCode, parseCategoryTree, type CategoryTree } from '@/core/appeals/categories'
import { CLASSIFY_TUNING, suggestClassification, type SuggestableTag } from '@/core/appeals/classify'
import { convertJson, createHantConverter, createSimplifier, type HantTable } from '@/core/i18n/hant'
import categories from '@/data/appeals/categories.json'
import tagData from '@/data/appeals/tags.json'
import hantTable from '@/generated/hant-table.json'

const tree = parseCategoryTree(categories)
const tags = tagData as SuggestableTag[]
const suggest = (text: string, routing?: { unitId: string | null; confidence: number }) =>
  suggestClassification(text, { tree, tags, routing })

/** a small tree of its own, so the scoring rules are tested apart from the data */
const mini: CategoryTree = parseCategoryTree([
  {
    code: '01',
    name: '城市管理',
    handling: 'local',
    children: [
      {
        code: '0101',
        name: '噪声',
        children: [
          { code: '010101', name: '商业经营噪音', unitId: 'urban', keywords: ['喇叭', '噪音'] },
          { code: '010102', name: '施工噪音', unitId: 'housing', keywords: ['打桩', '施工噪音'] },
          { code: '010103', name: '邻里噪音', unitId: 'police', keywords: ['楼上', '噪音'] }
        ]
      }
    ]
  }
])
const miniTags: SuggestableTag[] = [
  { tag: '噪音', aliases: ['噪声', '吵'] },
  { tag: '夜间', id: 'night', aliases: ['半夜'] },
  { tag: '施工噪音' }
]

describe('suggestClassification on the embedded tree', () => {
  test.each([
    ['旁边工地晚上十一点还在打桩，吵得睡不着，有没有夜间施工许可？', '030301'],
    ['楼上邻居每天半夜跺地板，拖椅子', '120104'],
    ['公园里的广场舞音响开得很大声', '120105'],
    ['建设路的商铺天天用大喇叭循环放促销广告', '010501'],
    ['工业园的工厂机器噪音二十四小时不停', '060301'],
    ['小区电梯困人了半个小时', '050301'],
    ['小区的停车位被物业卖给外人，业主没车位', '020401'],
    ['有人冒充客服打电话，我被骗了三万块', '120106'],
    ['网约车司机绕路，平台不处理', '020105'],
    ['双减以后还有培训机构偷偷开补习班', '070201']
  ])('%s → %s', (text, code) => {
    expect(suggest(text).categoryCode).toBe(code)
  })

  test('the evidence is the words of the text that decided it, strongest first', () => {
    const s = suggest('工地成晚打桩，夜间施工吵死人')
    expect(s.categoryCode).toBe('030301')
    const terms = s.evidence.map((e) => e.term)
    expect(terms).toEqual(expect.arrayContaining(['夜间施工', '成晚打桩']))
    for (const term of terms) expect('工地成晚打桩，夜间施工吵死人').toContain(term)
    const weights = s.evidence.map((e) => e.weight)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
  })

  test('tags come from the tag names and aliases found in the text, at most four', () => {
    expect(suggest('楼下烧烤摊油烟很大，还占道经营').tagIds).toEqual(expect.arrayContaining(['油烟', '占道经营']))
    const many = suggest('噪音 油烟 占道经营 违章搭建 垃圾清运 路灯 井盖')
    expect(many.tagIds).toHaveLength(4)
  })

  test('繁體 text is folded with the given simplifier', () => {
    const fold = createSimplifier(hantTable as HantTable)
    const s = suggestClassification('樓上鄰居半夜跺地板', { tree, tags, fold })
    expect(s.categoryCode).toBe('120104')
  })

  test('a 繁體 tree with the simplifier takes text in either script and gives 简体 evidence', () => {
    const fold = createSimplifier(hantTable as HantTable)
    const hantTree = convertJson(tree, createHantConverter(hantTable as HantTable))
    for (const text of ['樓上鄰居半夜跺地板', '楼上邻居半夜跺地板']) {
      const s = suggestClassification(text, { tree: hantTree, tags, fold })
      expect(s.categoryCode).toBe('120104')
      expect(s.evidence.map((e) => e.term)).toContain('邻居')
    }
  })

  test('text naming nothing the tree knows suggests nothing', () => {
    expect(suggest('你好')).toEqual({ categoryCode: null, tagIds: [], evidence: [], routedUnitId: null })
  })
})

describe('scoring rules', () => {
  test('a longer word claims its characters before the words inside it', () => {
    // 施工噪音 claims the 噪音 inside it, so the leaves that only know 噪音 get nothing from it
    const s = suggestClassification('施工噪音', { tree: mini, tags: [] })
    expect(s.categoryCode).toBe('010102')
    expect(s.evidence.map((e) => e.term)).toEqual(['施工噪音'])
  })

  test('a tie keeps tree order; a confident routed unit decides between the leaves that matched', () => {
    expect(suggestClassification('噪音', { tree: mini, tags: [] }).categoryCode).toBe('010101')
    const routed = suggestClassification('噪音', {
      tree: mini,
      tags: [],
      routing: { unitId: 'police', confidence: 0.9 }
    })
    expect(routed).toMatchObject({ categoryCode: '010103', routedUnitId: 'police' })
  })

  test('an unconfident or absent routed unit changes nothing', () => {
    const low = CLASSIFY_TUNING.minRoutingConfidence / 2
    for (const routing of [null, { unitId: null, confidence: 0.9 }, { unitId: 'police', confidence: low }])
      expect(suggestClassification('噪音', { tree: mini, tags: [], routing })).toMatchObject({
        categoryCode: '010101',
        routedUnitId: null
      })
  })

  test('the routed unit never brings in a leaf none of whose words is in the text', () => {
    const s = suggestClassification('打桩', { tree: mini, tags: [], routing: { unitId: 'police', confidence: 0.9 } })
    expect(s).toMatchObject({ categoryCode: '010102', routedUnitId: null })
  })

  test('tag ids: the id when given, else the tag; longest match first, ties in vocabulary order', () => {
    const s = suggestClassification('半夜施工噪音吵', { tree: mini, tags: miniTags })
    expect(s.tagIds).toEqual(['施工噪音', '噪音', 'night'])
    expect(suggestClassification('半夜施工噪音吵', { tree: mini, tags: miniTags, maxTags: 1 }).tagIds).toEqual([
      '施工噪音'
    ])
  })
})

describe('properties', () => {
  const leaves = categoryLeaves(tree)
  const words = leaves.flatMap((l) => l.keywords ?? [])
  const text = fc.oneof(
    fc.string(),
    fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 3 })), { maxLength: 8 }).map((p) => p.join(''))
  )
  const routing = fc.option(
    fc.record({
      unitId: fc.option(fc.constantFrom(...new Set(leaves.map((l) => l.unitId ?? ''))), { nil: null }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true })
    }),
    { nil: undefined }
  )

  test('the suggestion is always a leaf or nothing, with evidence found in the text and known tags', () => {
    const tagIds = new Set(tags.map((t) => t.tag))
    fc.assert(
      fc.property(text, routing, (t, r) => {
        const s = suggest(t, r)
        if (s.categoryCode === null) expect(s.evidence).toEqual([])
        else {
          expect(isLeafCode(tree, s.categoryCode)).toBe(true)
          expect(s.evidence.length).toBeGreaterThan(0)
          for (const e of s.evidence) expect(t.toLowerCase().replace(/\s/g, '')).toContain(e.term)
        }
        expect(s.tagIds.length).toBeLessThanOrEqual(4)
        for (const id of s.tagIds) expect(tagIds.has(id)).toBe(true)
      })
    )
  })

  test('empty or blank text suggests nothing', () => {
    fc.assert(
      fc.property(fc.stringOf(fc.constantFrom(' ', '\u3000')), routing, (t, r) => {
        expect(suggest(t, r)).toEqual({ categoryCode: null, tagIds: [], evidence: [], routedUnitId: null })
      })
    )
  })

  test('a leaf keyword alone, with its own unit routed, suggests a leaf of that unit', () => {
    const long = leaves.flatMap((l) => (l.keywords ?? []).filter((k) => k.length >= 3).map((k) => [l, k] as const))
    fc.assert(
      fc.property(fc.constantFrom(...long), ([leaf, keyword]) => {
        const s = suggest(keyword, { unitId: leaf.unitId ?? null, confidence: 1 })
        expect(s.categoryCode).not.toBeNull()
        expect(categoryLeaves(tree).find((l) => l.code === s.categoryCode)?.unitId).toBe(leaf.unitId)
      })
    )
  })
})
