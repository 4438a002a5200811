// Build-time conversion to 繁體 (Hong Kong standard). opencc-js is a dev dependency and never shipped.
import * as OpenCC from 'opencc-js'
import { createHantConverter, type HantTable } from '../../src/core/i18n/hant'

export const toHant: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'hk' })

/**
 * The smallest table (characters + context phrases) that reproduces OpenCC for every given string,
 * checked string by string; a string it cannot reproduce is added whole as a phrase.
 */
export function buildHantTable(strings: Iterable<string>): HantTable {
  const all = [...new Set(strings)].sort()
  const chars = new Map<string, string>()
  for (const s of all) for (const c of s) if (!chars.has(c)) chars.set(c, toHant(c))
  const charPairs = [...chars].filter(([s, h]) => s !== h && Array.from(h).length === 1)
  const table: HantTable = { chars: charPairs.map(([s, h]) => s + h).join(''), phrases: [] }
  const phrases = new Map<string, string>()

  for (const s of all) {
    const full = Array.from(toHant(s))
    const src = Array.from(s)
    if (full.length !== src.length) throw new Error(`OpenCC changed the length of "${s}"`)
    const byChar = src.map((c) => chars.get(c) ?? c)
    // each run of positions where context changed OpenCC's choice; a single character takes its
    // neighbour along, since the neighbour is the context that decided it (委托 → 委託)
    for (let i = 0; i < src.length; i++) {
      if (byChar[i] === full[i]) continue
      let j = i
      while (j < src.length && byChar[j] !== full[j]) j++
      const from = j - i > 1 ? i : i > 0 ? i - 1 : i
      const to = j - i > 1 || i > 0 ? j : Math.min(src.length, j + 1)
      phrases.set(src.slice(from, to).join(''), full.slice(from, to).join(''))
      i = j
    }
  }
  table.phrases = [...phrases].sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1))

  const convert = createHantConverter(table)
  for (const s of all) {
    if (convert(s) !== toHant(s)) table.phrases.push([s, toHant(s)])
  }
  const verify = createHantConverter(table)
  for (const s of all) if (verify(s) !== toHant(s)) throw new Error(`hant table cannot reproduce "${s}"`)
  return table
}
