// 企业名称 as registered (营业执照): Chinese names such as 江门市某某科技有限公司（江海分公司）,
// and the Latin names of some foreign-invested companies.
import { invalid, valid, type ValidationResult } from './codes'
import { asText, toHalfWidth } from './text'

export const ENTERPRISE_NAME_MIN_LENGTH = 2
export const ENTERPRISE_NAME_MAX_LENGTH = 60

/** CJK ideographs incl. extensions A-G and 〇 (rare characters occur in trade names). */
const HAN = /[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[\ud840-\ud884][\udc00-\udfff]/
/** Han, letters, digits, brackets, middle dot, '&', '-' and (in Latin names) spaces. */
const ALLOWED = new RegExp(`^(?:${HAN.source}|[A-Za-z0-9()（）·&\\- ])+$`)
/** Look-alikes of the middle dot that IMEs and fonts produce. */
const DOT_VARIANTS = /[\u2022\u2027\u2219\u22c5\u30fb\uff65]/g

/**
 * Validates an enterprise name. Full-width letters and digits become half-width. A Chinese
 * name loses its spaces and gets full-width brackets, the registered form; a Latin name
 * keeps single spaces and half-width brackets.
 */
export function validateEnterpriseName(input: string): ValidationResult {
  let text = toHalfWidth(asText(input)).trim().replace(DOT_VARIANTS, '·')
  if (text === '') return invalid('enterpriseName.empty')
  if (HAN.test(text)) {
    text = text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')
  } else {
    text = text.replace(/\s+/g, ' ')
  }
  // a name needs at least one Han character or letter: '123' or '()' names nothing
  if (!ALLOWED.test(text) || !(HAN.test(text) || /[A-Za-z]/.test(text))) return invalid('enterpriseName.chars')
  const length = Array.from(text).length
  if (length < ENTERPRISE_NAME_MIN_LENGTH || length > ENTERPRISE_NAME_MAX_LENGTH)
    return invalid('enterpriseName.length')
  return valid(text)
}
