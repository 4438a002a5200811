import fc from 'fast-check'
import {
  categoryLabel,
  categoryLeaves,
  categoryPath,
  findCategory,
  isLeafCode,
  type CategoryNode,
  type CategoryTree
} from '@/core/appeals/categories'
import categories from '@/data/appeals/categories.json'
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
