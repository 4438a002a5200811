// 澳门居民身份证 (BIR): eight digits, the last printed in brackets: 1234567(8). The first digit
// is 1, 5 or 7 (permanent / non-permanent / former Portuguese-issued series). The check
// digit algorithm is not published, so only the format can be verified.
import { invalid, valid, type ValidationResult } from './codes'
import { asText, compact } from './text'

/**
 * Accepts '1234567(8)', '12345678' and the older printed form '1/234567/8'; normalised to
 * '1234567(8)'.
 */
export function validateMacauId(input: string): ValidationResult {
  const id = compact(asText(input))
  if (id === '') return invalid('id.mo.empty')
  if (!/^[0-9()/]+$/.test(id)) return invalid('id.mo.chars')
  const digits = id.replace(/[()/]/g, '')
  if (digits.length !== 8) return invalid('id.mo.length')
  if (!/^\d{8}$/.test(id) && !/^\d{7}\(\d\)$/.test(id) && !/^\d\/\d{6}\/\d$/.test(id)) {
    return invalid('id.mo.format')
  }
  if (!/^[157]/.test(digits)) return invalid('id.mo.firstDigit')
  return valid(`${digits.slice(0, 7)}(${digits[7]})`)
}
