// Build-time conversion to 繁體 (Hong Kong standard). opencc-js is a dev dependency and never shipped.
import * as OpenCC from 'opencc-js'
import { createHantConverter, type HantTable } from '../../src/core/i18n/hant'

const opencc: (text: string) => string = OpenCC.Converter({ from: 'cn', to: 'hk' })

/**
 * Words of government services where OpenCC (cn → hk, which has phrase dictionaries) picks the wrong character,
 * most often because a phrase of its dictionary fires across a word boundary. Each is written over OpenCC's
 * output at every place the 简体 word occurs, character for character; the reason is beside each entry.
 */
export const PHRASE_FIXES: readonly (readonly [hans: string, hant: string])[] = [
  // 签 to sign is 簽; OpenCC's default is 籤 (a slip, a lot drawn), right only in 标签 / 抽签 / 书签
  ['网签', '網簽'], // online contract signing (网上签约)
  ['面签', '面簽'], // signing in person at the bank
  ['签合同', '簽合同'],
  ['签劳动', '簽勞動'], // 未签劳动合同
  ['签注', '簽註'], // the endorsement on a travel permit; OpenCC's 上签 → 上籤 broke 证书上签注
  ['签发', '簽發'], // to issue (a document); the same 上签 in 护照上签发
  // 发 to issue is 發; OpenCC's 换发 → 換髮 is "a change of hair", its 金发 → 金髮 "blond" in 资金发放
  ['换发', '換發'],
  ['发放', '發放'],
  // 注销 (to cancel a registration) is 註銷; OpenCC's 押注 (a stake) fired in 抵押注销
  ['注销', '註銷'],
  // 准 permitted stays 准 (準 is "accurate"): 不准出境 is not being allowed to leave, 准生证 a birth permit
  ['不准出境', '不准出境'],
  ['准生证', '准生證'],
  // making a card or a certificate is 製 (制 is "a system", "to restrain")
  ['制证', '製證'],
  ['制卡', '製卡'],
  ['制发', '製發'],
  // 冲还贷: the housing fund offsets a loan, 沖 as in 沖銷; 衝 is to rush at
  ['冲还', '沖還'],
  // 周岁 (full years of age) keeps 周, a full cycle; OpenCC makes it 週 (a week)
  ['周岁', '周歲'],
  // 并 "and" is 並 where OpenCC's 并网 (grid connection), 并购 (a merger) and 并合 fire across words
  ['并网签', '並網簽'],
  ['并购买', '並購買'],
  ['并合并', '並合併']
]

/** 简体 → 繁體 (Hong Kong standard): OpenCC, with the project's phrase fixes written over it */
export function toHant(text: string): string {
  const out = Array.from(opencc(text))
  const src = Array.from(text)
  if (out.length !== src.length) return out.join('')
  for (const [hans, hant] of PHRASE_FIXES) {
    const from = Array.from(hans)
    const to = Array.from(hant)
    for (let i = text.indexOf(hans); i !== -1; i = text.indexOf(hans, i + 1)) {
      const at = Array.from(text.slice(0, i)).length
      for (let k = 0; k < from.length; k++) out[at + k] = to[k]
    }
  }
  return out.join('')
}

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
