// Build-time conversion to 繁體 (Hong Kong standard). opencc-js is a dev dependency and never shipped.
import * as OpenCC from 'opencc-js'

const convert = OpenCC.Converter({ from: 'cn', to: 'hk' })

export function toHant(text: string): string {
  return convert(text)
}

// Fields that hold identifiers, codes, numbers or routes rather than prose; they are copied unchanged.
const KEEP = /^(id|code|reference|route|at|phone|enquiryPhone|complaintPhone|slots|latitude|longitude)$|Ids?$/

/** convert every prose string of a JSON value, leaving identifiers alone */
export function jsonToHant(value: unknown, key = ''): unknown {
  if (KEEP.test(key)) return value
  if (typeof value === 'string') return toHant(value)
  if (Array.isArray(value)) return value.map((v) => jsonToHant(v, key))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonToHant(v, k)]))
  }
  return value
}
