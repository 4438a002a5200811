// 居民身份证号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence,
// ISO 7064 MOD 11-2 check character.
import { isValidCivilDate, shanghaiDate } from '../calendar/shanghai-time'
import { invalid, valid, type ValidationResult } from './codes'
import { asText, compact } from './text'

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'

/**
 * Province-level codes of GB/T 2260. 71 is Taiwan; 81/82/83 are used by the residence
 * permits of Hong Kong, Macau and Taiwan residents (港澳台居民居住证), whose numbers follow
 * the same scheme and which many users of this zone hold.
 */
export const PROVINCE_CODES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83'
]

/** Check character for the first 17 digits ('0'-'9' or 'X'). */
export function mainlandIdCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

export interface MainlandIdOptions {
  /** the current instant, for the "birth date not in the future" rule; defaults to Date.now() */
  now?: number
}

/**
 * Validates an 18-character mainland resident ID number. Spaces and full-width characters
 * are tolerated; the normalised value has an upper-case X.
 */
export function validateMainlandId(input: string, options: MainlandIdOptions = {}): ValidationResult {
  const id = compact(asText(input)).toUpperCase()
  if (id === '') return invalid('id.mainland.empty')
  // X is legal only as the last character; report stray letters before counting length
  // because "wrong length" would send the user counting digits for nothing.
  if (!/^\d*X?$/.test(id)) return invalid('id.mainland.chars')
  if (id.length === 15 && /^\d{15}$/.test(id)) return invalid('id.mainland.legacy15')
  if (id.length !== 18) return invalid('id.mainland.length')

  if (!PROVINCE_CODES.includes(id.slice(0, 2))) return invalid('id.mainland.region')

  const year = Number(id.slice(6, 10))
  const month = Number(id.slice(10, 12))
  const day = Number(id.slice(12, 14))
  if (year < 1900 || !isValidCivilDate(year, month, day)) return invalid('id.mainland.birthDate')
  const birth = id.slice(6, 14)
  const today = shanghaiDate(options.now ?? Date.now()).replace(/-/g, '')
  if (birth > today) return invalid('id.mainland.birthDateFuture')

  if (mainlandIdCheckChar(id) !== id[17]) return invalid('id.mainland.checkDigit')
  return valid(id)
}
