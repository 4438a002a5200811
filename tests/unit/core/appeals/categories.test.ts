import fc from 'fast-check'
import {
  categoryHandling,
  categoryLabel,
  categoryLeaves,
  categoryPath,
  findCategory,
  isLeafCode,
  parseCategoryTree,
  type CategoryNode,
  type CategoryTree
} from '@/core/appeals/categories'
import categories from '@/data/appeals/categories.json'
import districtUnits from '@/data/appeals/district-units.json'
import units from '@/data/appeals/units.json'

const tree = categories as CategoryTree

function allNodes(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...allNodes(n.children ?? [])])
}

describe('category tree data', () => {
  const nodes = allNodes(tree)
  const leaves = categoryLeaves(tree)

  test('codes are unique, two digits per level, three levels deep', () => {
    expect(new Set(nodes.map((n) => n.code)).size).toBe(nodes.length)
    for (const n of nodes) expect(n.code).toMatch(/^(\d{2}){1,3}$/)
    for (const leaf of leaves) expect(leaf.code).toHaveLength(6)
  })

  test('each child code extends its parent code by two digits', () => {
    for (const n of nodes) {
      for (const c of n.children ?? []) {
        expect(c.code.startsWith(n.code)).toBe(true)
        expect(c.code.length).toBe(n.code.length + 2)
      }
    }
  })

  test('at least 40 leaves, each with a handling unit that exists; inner nodes carry none', () => {
    expect(leaves.length).toBeGreaterThanOrEqual(40)
    const ids = new Set(units.map((u) => u.id))
    for (const leaf of leaves) expect(ids.has(leaf.unitId ?? '')).toBe(true)
    for (const n of nodes.filter((x) => x.children)) expect(n.unitId).toBeUndefined()
  })

  test('names are non-empty and unique among siblings', () => {
    for (const level of [tree, ...nodes.map((n) => n.children ?? [])]) {
      const names = level.map((n) => n.name)
      expect(new Set(names).size).toBe(names.length)
      for (const name of names) expect(name.trim()).not.toBe('')
    }
  })
})

describe('category helpers', () => {
  test('path and label for a breadcrumb', () => {
    expect(categoryPath(tree, '010101').map((n) => n.code)).toEqual(['01', '0101', '010101'])
    expect(categoryLabel(tree, '010101')).toBe('城市管理 › 市容秩序 › 占道经营')
    expect(findCategory(tree, '0101')?.name).toBe('市容秩序')
  })

  test('unknown codes', () => {
    expect(categoryPath(tree, '0199')).toEqual([])
    expect(findCategory(tree, '')).toBeUndefined()
    expect(isLeafCode(tree, '999999')).toBe(false)
    expect(categoryLabel(tree, 'x')).toBe('')
  })

  test('isLeafCode holds for leaves only', () => {
    expect(isLeafCode(tree, '010101')).toBe(true)
    expect(isLeafCode(tree, '0101')).toBe(false)
    expect(isLeafCode(tree, '01')).toBe(false)
  })

  test('every node is found by its code and its path ends at it', () => {
    const codes = allNodes(tree).map((n) => n.code)
    fc.assert(
      fc.property(fc.constantFrom(...codes), (code) => {
        const path = categoryPath(tree, code)
        expect(path[path.length - 1].code).toBe(code)
        expect(path.length).toBe(code.length / 2)
        expect(isLeafCode(tree, code)).toBe(code.length === 6)
      })
    )
  })
})

// the leaves of the first release: saved drafts and filed appeals name them, so they never change code or go away
const FIRST_RELEASE_LEAVES = `010101 010102 010103 010201 010202 010301 010302 010303 010401 010402 010403 010501 010502
  020101 020102 020103 020104 020201 020202 020203 020204 020301 020302 030101 030102 030103 030201 030202 030203
  030204 030301 030302 030303 030401 030402 040101 040102 040103 040201 040202 040203 040301 040302 040303 040401
  040402 040403 050101 050102 050201 050202 050203 050204 050301 050302 050401 050402 060101 060102 060201 060202
  060301 060401 070101 070102 070201 070202 070203 070204 080101 080102 080201 080202 090101 090102 090103 090201
  090202 090203 090204 090301 090302 090303 100101 100102 100103 100201 100202 100203 100301 100302 100401 100402
  110101 110102 110103 110104 120101 120102 120103 120104 990101`.split(/\s+/)

describe('category tree coverage', () => {
  const leaves = categoryLeaves(tree)
  const byName = (name: string) => leaves.find((l) => l.name === name)

  test('every leaf of the first release keeps its code and stays a leaf with the same unit', () => {
    expect(FIRST_RELEASE_LEAVES).toHaveLength(102)
    for (const code of FIRST_RELEASE_LEAVES) expect(isLeafCode(tree, code)).toBe(true)
    expect(findCategory(tree, '010101')?.unitId).toBe('jm-urban')
    expect(findCategory(tree, '030301')?.unitId).toBe('jm-housing')
    expect(findCategory(tree, '120104')?.unitId).toBe('jm-public-security')
  })

  test('the matters residents report have a leaf, each with the unit that handles it in Jiangmen', () => {
    const expected: [string, string][] = [
      ['施工噪音', 'jm-housing'],
      ['邻里噪音', 'jm-public-security'],
      ['广场舞与公共场所噪声', 'jm-public-security'],
      ['商业经营噪音', 'jm-urban'],
      ['工业噪音', 'jm-environment'],
      ['交通噪声', 'jm-traffic-police'],
      ['物业服务', 'jm-housing'],
      ['电梯故障与困人', 'jm-market'],
      ['电梯维保与年检', 'jm-market'],
      ['小区停车', 'jm-housing'],
      ['停车收费', 'jm-market'],
      ['违章搭建', 'jm-urban'],
      ['校外培训', 'jm-education'],
      ['医疗服务', 'jm-health'],
      ['网约车', 'jm-transport'],
      ['电信网络诈骗', 'jm-public-security']
    ]
    for (const [name, unitId] of expected) expect([name, byName(name)?.unitId]).toEqual([name, unitId])
  })

  test('every leaf has keywords: non-empty, trimmed, no repeats within the leaf', () => {
    for (const leaf of leaves) {
      const words = leaf.keywords ?? []
      expect([leaf.code, words.length > 0]).toEqual([leaf.code, true])
      for (const w of words) expect(w).toBe(w.trim())
      expect(new Set(words).size).toBe(words.length)
    }
  })

  test('every leaf is marked city or local, and every local leaf has a district counterpart in each district', () => {
    const counterparts = new Set(districtUnits.units.map((u) => `${u.district}/${u.cityUnitId}`))
    const districts = [...new Set(districtUnits.units.map((u) => u.district))]
    expect(districts.sort()).toEqual(['enping', 'heshan', 'jianghai', 'kaiping', 'pengjiang', 'taishan', 'xinhui'])
    for (const leaf of leaves) {
      const handling = categoryHandling(tree, leaf.code)
      expect([leaf.code, handling === 'city' || handling === 'local']).toEqual([leaf.code, true])
      if (handling === 'local')
        for (const d of districts) expect(counterparts.has(`${d}/${leaf.unitId}`) ? '' : `${d}/${leaf.code}`).toBe('')
    }
    expect(categoryHandling(tree, '010101')).toBe('local')
    expect(categoryHandling(tree, '120101')).toBe('city')
    expect(categoryHandling(tree, '120104')).toBe('local')
    expect(categoryHandling(tree, '040401')).toBe('city')
    expect(categoryHandling(tree, '100201')).toBe('city')
    expect(categoryHandling(tree, '9999')).toBeUndefined()
  })
})

describe('district units data', () => {
  const cityIds = new Set(units.map((u) => u.id))

  test('ids are unique and never a city unit id; each names an existing city counterpart once per district', () => {
    const ids = districtUnits.units.map((u) => u.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const u of districtUnits.units) {
      expect(cityIds.has(u.id)).toBe(false)
      expect(cityIds.has(u.cityUnitId)).toBe(true)
      expect(u.city).toBe('jiangmen')
      expect(u.phone).toMatch(/^0750-\d{7}$/)
      expect(u.name.trim()).not.toBe('')
    }
    const pairs = districtUnits.units.map((u) => `${u.district}/${u.cityUnitId}`)
    expect(new Set(pairs).size).toBe(pairs.length)
  })

  test('the file says its phone numbers are sample data', () => {
    expect(districtUnits.note).toMatch(/示例/)
  })
})

describe('parseCategoryTree', () => {
  const leaf = (code: string, extra: object = {}) => ({
    code,
    name: `n${code}`,
    unitId: 'u',
    keywords: ['k'],
    ...extra
  })
  const valid = () => [
    { code: '01', name: 'g', handling: 'local', children: [{ code: '0101', name: 's', children: [leaf('010101')] }] }
  ]

  test('accepts the embedded tree unchanged', () => {
    expect(parseCategoryTree(categories)).toEqual(categories)
  })

  test('accepts a minimal tree and keeps only the known fields', () => {
    const raw = valid()
    ;(raw[0].children[0].children[0] as Record<string, unknown>).extra = 1
    expect(parseCategoryTree(raw)).toEqual([
      {
        code: '01',
        name: 'g',
        handling: 'local',
        children: [
          { code: '0101', name: 's', children: [{ code: '010101', name: 'n010101', unitId: 'u', keywords: ['k'] }] }
        ]
      }
    ])
  })

  test.each([
    ['a code that does not extend its parent', (t: any) => (t[0].children[0].children[0].code = '010201'), /010201/],
    ['a repeated code', (t: any) => t[0].children[0].children.push(leaf('010101')), /twice/],
    ['a leaf without keywords', (t: any) => delete t[0].children[0].children[0].keywords, /keyword/],
    ['a leaf with a blank keyword', (t: any) => (t[0].children[0].children[0].keywords = [' ']), /keyword/],
    ['a leaf without a unit', (t: any) => delete t[0].children[0].children[0].unitId, /unit/],
    ['a group with a unit', (t: any) => (t[0].children[0].unitId = 'u'), /group/],
    ['a leaf above the third level', (t: any) => (t[0].children = [{ ...leaf('0101') }]), /leaf above/],
    ['an unknown handling level', (t: any) => (t[0].handling = 'province'), /handling/],
    ['no handling level anywhere on the path', (t: any) => delete t[0].handling, /handling/],
    ['an empty group', (t: any) => (t[0].children[0].children = []), /no children/],
    ['a blank name', (t: any) => (t[0].name = ' '), /name/]
  ])('refuses %s', (_what, damage, message) => {
    const raw = valid()
    damage(raw)
    expect(() => parseCategoryTree(raw)).toThrow(message)
  })

  test('refuses what is not a tree at all', () => {
    for (const raw of [null, {}, 'x', [], [null], [1]]) expect(() => parseCategoryTree(raw)).toThrow(/category tree/)
  })
})
