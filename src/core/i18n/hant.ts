// 繁體 at run time without shipping a converter: the build (scripts/lib/hant.ts) runs OpenCC over the
// bundled data and distils it into a small table — single characters plus the few phrases where OpenCC
// picks a different character by context (委托→委託, 复印→複印) — and verifies that this table reproduces
// OpenCC exactly for every string it was built from. Conversion keeps one character for one.

export interface HantTable {
  /** pairs of simplified and traditional characters, concatenated: '这這个個…' */
  chars: string
  /** [simplified, traditional] phrases of equal length, applied over the character mapping */
  phrases: [string, string][]
}

export type Convert = (text: string) => string

export function createHantConverter(table: HantTable): Convert {
  const map = new Map<string, string>()
  const pairs = Array.from(table.chars)
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1])
  return (text) => {
    const out = Array.from(text, (c) => map.get(c) ?? c)
    for (const [simp, hant] of table.phrases) {
      for (let at = text.indexOf(simp); at !== -1; at = text.indexOf(simp, at + 1)) {
        const index = Array.from(text.slice(0, at)).length
        Array.from(hant).forEach((c, k) => (out[index + k] = c))
      }
    }
    return out.join('')
  }
}

// Fields that hold identifiers, codes, numbers or routes rather than prose are never converted. `kind` is prose
// (a service's 事项类型, 公共服务 → 公共服務), so it is converted like any other text.
const KEEP =
  /^(id|code|reference|route|at|phone|enquiryPhone|complaintPhone|slots|latitude|longitude|audience|status|city|district|crossCity|crossBorder)$|Ids?$/

/** convert every prose string of a JSON value, leaving identifiers alone */
export function convertJson<T>(value: T, convert: Convert, key = ''): T {
  if (KEEP.test(key)) return value
  if (typeof value === 'string') return convert(value) as T
  if (Array.isArray(value)) return value.map((v) => convertJson(v, convert, key)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, convertJson(v, convert, k)])) as T
  }
  return value
}

/** the reverse of the table's characters: folds 繁體 input to 简体 so it matches 简体 keywords */
export function createSimplifier(table: HantTable): Convert {
  const map = new Map<string, string>()
  const pairs = Array.from(table.chars)
  for (let i = 0; i + 1 < pairs.length; i += 2) if (!map.has(pairs[i + 1])) map.set(pairs[i + 1], pairs[i])
  for (const [simp, hant] of table.phrases) {
    const s = Array.from(simp)
    Array.from(hant).forEach((c, k) => map.has(c) || c === s[k] || map.set(c, s[k]))
  }
  return (text) => Array.from(text, (c) => map.get(c) ?? c).join('')
}
