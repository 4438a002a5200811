// 香港身份证 (HKID): one or two letters, six digits, a check character 0-9 or A.
import { invalid, valid, type ValidationResult } from './codes'
import { asText, compact } from './text'

const PATTERN = /^([A-Z]{1,2})(\d{6})(?:\(([0-9A])\)|([0-9A]))$/

function letterValue(ch: string): number {
  return ch.charCodeAt(0) - 55 // A = 10 … Z = 35
}

/**
 * Check character for a prefix of 1-2 letters and 6 digits. Weights 9…2 over 8 positions; a
 * single-letter prefix is padded with a space worth 36. Sum + check ≡ 0 (mod 11), 10 = 'A'.
 */
export function hongKongIdCheckChar(prefix: string, digits: string): string {
  const letters = prefix.length === 1 ? [36, letterValue(prefix)] : [letterValue(prefix[0]), letterValue(prefix[1])]
  let sum = letters[0] * 9 + letters[1] * 8
  for (let i = 0; i < 6; i++) sum += Number(digits[i]) * (7 - i)
  const check = (11 - (sum % 11)) % 11
  return check === 10 ? 'A' : String(check)
}

/**
 * Validates a Hong Kong identity card number written 'A123456(3)', 'A1234563', 'a123456 (3)'
 * or with full-width brackets; normalised to 'A123456(3)'.
 */
export function validateHongKongId(input: string): ValidationResult {
  const id = compact(asText(input)).toUpperCase()
  if (id === '') return invalid('id.hk.empty')
  if (!/^[A-Z0-9()]+$/.test(id)) return invalid('id.hk.chars')
  const m = PATTERN.exec(id)
  if (!m) return invalid('id.hk.format')
  const [, prefix, digits, bracketed, bare] = m
  const check = bracketed ?? bare
  if (hongKongIdCheckChar(prefix, digits) !== check) return invalid('id.hk.checkDigit')
  return valid(`${prefix}${digits}(${check})`)
}
