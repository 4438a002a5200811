// The appeal category tree (诉求分类), coded in the spirit of DB44/T 2479-2024: "01" → "0101" → "010101".
// Pure helpers over a tree passed in by the caller (the embedded JSON, a test table or a server copy).

export interface CategoryNode {
  /** 2 digits per level */
  code: string
  name: string
  children?: CategoryNode[]
  /** leaves only: the default handling unit (承办单位) */
  unitId?: string
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
