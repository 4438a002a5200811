import fc from 'fast-check'
import { categoryHandling, categoryLeaves, parseCategoryTree } from '@/core/appeals/categories'
import { isDistrictUnit, resolveHandler, type HandlerInput, type HandlerUnit } from '@/core/appeals/handler'
import type { District } from '@/core/domain'
import categories from '@/data/appeals/categories.json'
import districtUnits from '@/data/appeals/district-units.json'
import cityUnits from '@/data/appeals/units.json'

const tree = parseCategoryTree(categories)
const DISTRICTS: District[] = ['pengjiang', 'jianghai', 'xinhui', 'taishan', 'kaiping', 'heshan', 'enping']
const units = [...cityUnits, ...districtUnits.units] as HandlerUnit[]
const name = (id: string | null) => units.find((u) => u.id === id)?.name
const resolve = (patch: Partial<HandlerInput> & Pick<HandlerInput, 'routing'>) =>
  resolveHandler({ tree, units, ...patch })
const jm = (unitId: string | null) => ({ unitId, city: 'jiangmen' as const })

describe('resolveHandler', () => {
  test('a local matter goes to the district counterpart of the routed city unit', () => {
    const h = resolve({ routing: jm('jm-urban'), categoryCode: '010101', district: 'pengjiang' })
    expect(h).toEqual({
      unitId: 'jm-pengjiang-urban',
      level: 'district',
      reason: { kind: 'local', district: 'pengjiang', categoryCode: '010101' }
    })
    expect(name(h.unitId)).toBe('蓬江区城市管理和综合执法局')
    expect(name(resolve({ routing: jm('jm-housing'), categoryCode: '030301', district: 'xinhui' }).unitId)).toBe(
      '新会区住房和城乡建设局'
    )
    expect(name(resolve({ routing: jm('jm-market'), categoryCode: '050101', district: 'taishan' }).unitId)).toBe(
      '台山市市场监督管理局'
    )
  })

  test('a city-level matter stays with the city unit or company, whatever the district', () => {
    for (const [unitId, code] of [
      ['jm-medical-insurance', '040401'],
      ['jm-public-security', '120101'],
      ['jm-public-security', '120102'],
      ['jm-power', '100201']
    ]) {
      expect(resolve({ routing: jm(unitId), categoryCode: code, district: 'kaiping' })).toEqual({
        unitId,
        level: 'city',
        reason: { kind: 'city', categoryCode: code }
      })
    }
  })

  test('the same department handles 户籍 in the city and 邻里噪音 in the district', () => {
    expect(resolve({ routing: jm('jm-public-security'), categoryCode: '120104', district: 'jianghai' }).unitId).toBe(
      'jm-jianghai-public-security'
    )
    expect(resolve({ routing: jm('jm-public-security'), categoryCode: '120101', district: 'jianghai' }).unitId).toBe(
      'jm-public-security'
    )
  })

  test('the routed unit, not the category default, decides the department', () => {
    // 施工噪音 defaults to 住建, but the model sent this text to 城管: the district 城管 takes it
    expect(resolve({ routing: jm('jm-urban'), categoryCode: '030301', district: 'heshan' }).unitId).toBe(
      'jm-heshan-urban'
    )
  })

  test('a local matter whose department has no district unit stays with the city unit', () => {
    // 占道经营 is 城管's matter, so its name explains nothing about 商务局: the reason leaves it out
    expect(resolve({ routing: jm('jm-commerce'), categoryCode: '010101', district: 'enping' })).toEqual({
      unitId: 'jm-commerce',
      level: 'city',
      reason: null
    })
  })

  test('when the text chose another department than the category, the reason does not name the category', () => {
    // 占道经营 (城管) but the text is about a building site (住建): the district's 住建 unit, "蓬江区的诉求 …"
    expect(resolve({ routing: jm('jm-housing'), categoryCode: '010101', district: 'pengjiang' })).toEqual({
      unitId: 'jm-pengjiang-housing',
      level: 'district',
      reason: { kind: 'localMatter', district: 'pengjiang' }
    })
  })

  test('without a category or a district there is nothing to explain: the routed city unit stands', () => {
    for (const patch of [
      {},
      { categoryCode: '999999' },
      { categoryCode: '010101' },
      { district: 'pengjiang' as const }
    ])
      expect(resolve({ routing: jm('jm-urban'), ...patch })).toEqual({
        unitId: 'jm-urban',
        level: 'city',
        reason: null
      })
  })

  test('no proposal: the 12345 centre dispatches by hand', () => {
    expect(resolve({ routing: jm(null), categoryCode: '010101', district: 'pengjiang' })).toEqual({
      unitId: null,
      level: null,
      reason: null
    })
  })

  test('outside Jiangmen the city 12345 keeps it, district or not', () => {
    expect(resolve({ routing: { unitId: 'sz-12345', city: 'shenzhen' }, categoryCode: '010101' })).toEqual({
      unitId: 'sz-12345',
      level: 'crossCity',
      reason: { kind: 'crossCity', city: 'shenzhen' }
    })
    expect(resolve({ routing: { unitId: null, city: 'zhongshan' } })).toEqual({
      unitId: null,
      level: null,
      reason: null
    })
  })

  test('once dispatched the assigned unit is the handler; the reason stays only if it is the proposed one', () => {
    const base = { routing: jm('jm-urban'), categoryCode: '010101', district: 'pengjiang' as const }
    expect(resolve({ ...base, assignedUnitId: 'jm-pengjiang-urban' }).reason?.kind).toBe('local')
    expect(resolve({ ...base, assignedUnitId: 'jm-market' })).toEqual({
      unitId: 'jm-market',
      level: 'city',
      reason: null
    })
    expect(resolve({ ...base, assignedUnitId: 'jm-xinhui-market' })).toMatchObject({ level: 'district', reason: null })
    expect(resolve({ ...base, assignedUnitId: 'zs-12345' })).toMatchObject({ level: 'crossCity' })
  })

  test('property: the handler is the routed unit or its counterpart in the appeal district, as the leaf says', () => {
    const leaves = categoryLeaves(tree)
    const routedIds = cityUnits.filter((u) => u.city === 'jiangmen').map((u) => u.id)
    fc.assert(
      fc.property(
        fc.constantFrom(...routedIds),
        fc.constantFrom(...leaves.map((l) => l.code)),
        fc.constantFrom(...DISTRICTS),
        (unitId, code, district) => {
          const h = resolve({ routing: jm(unitId), categoryCode: code, district })
          const unit = units.find((u) => u.id === h.unitId)
          expect(unit).toBeDefined()
          if (h.level === 'district') {
            expect(categoryHandling(tree, code)).toBe('local')
            expect(unit && isDistrictUnit(unit) && [unit.district, unit.cityUnitId]).toEqual([district, unitId])
          } else expect(h.unitId).toBe(unitId)
        }
      )
    )
  })
})
