// Shared by the build and the runtime: both sides must fold text identically, or the per-char
// syllables stored in the index would not line up with the keys the runtime derives.

export type CharMap = Map<string, string>

export function isHanCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
}

export function isLetterCode(code: number): boolean {
  return code >= 97 && code <= 122
}

/**
 * Folds one UTF-16 unit to its searchable form: full-width → ASCII, upper → lower, ü → v,
 * traditional → simplified; anything that is not Han, a–z or 0–9 becomes '' (punctuation and
 * spaces never need to be typed to match).
 */
export function foldChar(ch: string, t2s: CharMap | null): string {
  let code = ch.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0
  if (code >= 65 && code <= 90) code += 32
  if (code === 0xfc || code === 0xdc) code = 118
  if (isLetterCode(code) || (code >= 48 && code <= 57)) return String.fromCharCode(code)
  if (!isHanCode(code)) return ''
  return (t2s && t2s.get(ch)) || ch
}

/**
 * The search key of a text. When `positions` is given, it receives the source index of every key
 * char, which is how key ranges become ranges in the displayed title.
 */
export function toKey(text: string, t2s: CharMap | null, positions?: number[]): string {
  let key = ''
  for (let i = 0; i < text.length; i++) {
    const c = foldChar(text[i], t2s)
    if (!c) continue
    key += c
    if (positions) positions.push(i)
  }
  return key
}

export function parseCharMap(pairs: string): CharMap {
  const map: CharMap = new Map()
  for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1])
  return map
}
