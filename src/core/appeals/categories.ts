// The appeal category tree (诉求分类), coded in the spirit of DB44/T 2479-2024: "01" → "0101" → "010101".
// Pure helpers over a tree passed in by the caller (the embedded JSON, a test table or a server copy).

/**
 * Who handles a matter once the unit is known: 'city' matters go to the city unit (or the city-wide company)
 * whatever the district (户籍, 出入境, 医保政策, 供电); 'local' ones to the district's counterpart of that unit
 * (占道经营, 违建, 噪音, 物业).
 */
export const HANDLING_LEVELS = ['city', 'local'] as const
export type HandlingLevel = (typeof HANDLING_LEVELS)[number]

export interface CategoryNode {
  /** 2 digits per level */
  code: string
  name: string
  children?: CategoryNode[]
  /** leaves only: the default handling unit (承办单位) */
  unitId?: string
  /** leaves only: the words residents use for the matter, matched when suggesting a category from a description */
  keywords?: string[]
  /** set on a group and inherited by its descendants; a subgroup or leaf may override it */
  handling?: HandlingLevel
}

export type CategoryTree = CategoryNode[]

/** Every leaf, depth first, in tree order. */
export function categoryLeaves(tree: CategoryTree): CategoryNode[] {
  const out: CategoryNode[] = []
  const walk = (nodes: CategoryNode[]): void => {
    for (const n of nodes) {
      if (n.children?.length) walk(n.children)
      else out.push(n)
    }
  }
  walk(tree)
  return out
}

/** Root → node, or [] when the code is unknown. Codes are prefixes of their descendants', so one descent suffices. */
export function categoryPath(tree: CategoryTree, code: string): CategoryNode[] {
  const path: CategoryNode[] = []
  let level: CategoryNode[] | undefined = tree
  while (level) {
    const next: CategoryNode | undefined = level.find((n) => code.startsWith(n.code))
    if (!next) return []
    path.push(next)
    if (next.code === code) return path
    level = next.children
  }
  return []
}

export function findCategory(tree: CategoryTree, code: string): CategoryNode | undefined {
  const path = categoryPath(tree, code)
  return path[path.length - 1]
}

export function isLeafCode(tree: CategoryTree, code: string): boolean {
  const node = findCategory(tree, code)
  return !!node && !node.children?.length
}

/** Breadcrumb for display, e.g. "城市管理 › 市容秩序 › 占道经营"; '' when unknown. */
export function categoryLabel(tree: CategoryTree, code: string, separator = ' › '): string {
  return categoryPath(tree, code)
    .map((n) => n.name)
    .join(separator)
}

/** The handling level of a node: its own mark or the nearest ancestor's; undefined when the code is unknown. */
export function categoryHandling(tree: CategoryTree, code: string): HandlingLevel | undefined {
  const path = categoryPath(tree, code)
  for (let i = path.length - 1; i >= 0; i--) if (path[i].handling) return path[i].handling
  return undefined
}

const isStringArray = (x: unknown): x is string[] => Array.isArray(x) && x.every((s) => typeof s === 'string')

/**
 * Checks a parsed category tree (the embedded JSON or a server copy) and types it. Codes are two digits per
 * level, each extending its parent's; leaves are three levels deep with a unit and keywords; inner nodes carry
 * neither; every leaf has a handling level, its own or inherited. Throws with the offending code.
 */
export function parseCategoryTree(raw: unknown): CategoryTree {
  const fail = (what: string): never => {
    throw new Error(`category tree: ${what}`)
  }
  const seen = new Set<string>()
  const walk = (nodes: unknown, parent: string, inherited: HandlingLevel | undefined): CategoryNode[] => {
    if (!Array.isArray(nodes) || nodes.length === 0) fail(`${parent || 'root'} has no children`)
    return (nodes as unknown[]).map((value): CategoryNode => {
      const n = value as Record<string, unknown>
      if (!n || typeof n !== 'object') fail(`${parent || 'root'} has a child that is not an object`)
      const code = n.code
      if (typeof code !== 'string' || !new RegExp(`^${parent}\\d{2}$`).test(code))
        fail(`${String(code)} does not extend ${parent || 'the root'} by two digits`)
      const c = code as string
      if (seen.has(c)) fail(`${c} appears twice`)
      seen.add(c)
      if (typeof n.name !== 'string' || !n.name.trim()) fail(`${c} has no name`)
      if (n.handling !== undefined && !(HANDLING_LEVELS as readonly unknown[]).includes(n.handling))
        fail(`${c} has an unknown handling level ${String(n.handling)}`)
      const handling = (n.handling as HandlingLevel | undefined) ?? inherited
      const node: CategoryNode = { code: c, name: n.name as string }
      if (n.handling !== undefined) node.handling = n.handling as HandlingLevel
      if (n.children !== undefined) {
        if (c.length >= 6) fail(`${c} is a leaf level but has children`)
        if (n.unitId !== undefined || n.keywords !== undefined) fail(`${c} is a group but has a unit or keywords`)
        node.children = walk(n.children, c, handling)
        return node
      }
      if (c.length !== 6) fail(`${c} is a leaf above the third level`)
      if (typeof n.unitId !== 'string' || !n.unitId) fail(`${c} has no unit`)
      if (!isStringArray(n.keywords) || n.keywords.some((k) => !k.trim())) fail(`${c} has no keyword list`)
      if (!handling) fail(`${c} has no handling level`)
      node.unitId = n.unitId as string
      node.keywords = n.keywords as string[]
      return node
    })
  }
  return walk(raw, '', undefined)
}
