// Masking for display on shared screens and in screenshots (个人信息去标识化展示).
import { isChineseName } from './name'
import { asText, toHalfWidth } from './text'

/**
 * '13812345678' → '138****5678'; 8-digit Hong Kong/Macau numbers keep the first and last 2
 * digits ('51234567' → '51****67'), so about as much stays visible as for mainland numbers.
 * A country code (+86/+852/+853) is dropped. Very short inputs are fully masked.
 */
export function maskPhone(input: string): string {
  let digits = toHalfWidth(asText(input)).replace(/\D/g, '')
  const withCc = /^(?:00)?(86(?=1\d{10}$)|852(?=\d{8}$)|853(?=\d{8}$))/.exec(digits)
  if (withCc) digits = digits.slice(withCc[0].length)
  if (digits.length === 11) return `${digits.slice(0, 3)}****${digits.slice(7)}`
  if (digits.length <= 4) return '*'.repeat(digits.length)
  return `${digits.slice(0, 2)}${'*'.repeat(digits.length - 4)}${digits.slice(-2)}`
}

/**
 * Chinese: '陈大明' → '陈*明', '李明' → '李*', '欧阳小明' → '欧**明' (the middle dot of
 * '买买提·艾力' is kept so the name shape stays readable). Latin: first letter + '***'
 * whatever the length, so the length does not leak either.
 */
export function maskName(input: string): string {
  const name = asText(input).trim()
  const chars = Array.from(name)
  if (chars.length === 0) return ''
  if (!isChineseName(name)) return `${chars[0]}***`
  if (chars.length === 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  const middle = chars.slice(1, -1).map((c) => (c === '·' ? c : '*'))
  return `${chars[0]}${middle.join('')}${chars[chars.length - 1]}`
}

/**
 * Keeps the first 3 and last 4 characters of long numbers ('110105194912310021' →
 * '110***********0021'). Shorter numbers (HKID, Macau ID, 回乡证) keep the first 2 and last
 * 2 letters/digits, since 3 + 4 would reveal almost all of them. Brackets stay in place:
 * 'A123456(3)' → 'A1****6(3)'.
 */
export function maskIdNumber(input: string): string {
  const id = toHalfWidth(asText(input)).replace(/\s+/g, '')
  const chars = Array.from(id)
  const significant = chars.filter((c) => /[A-Za-z0-9]/.test(c)).length
  const [head, tail] = significant >= 14 ? [3, 4] : significant >= 6 ? [2, 2] : [0, 0]
  let seen = 0
  return chars
    .map((c) => {
      if (!/[A-Za-z0-9]/.test(c)) return c
      const i = seen++
      return i < head || i >= significant - tail ? c : '*'
    })
    .join('')
}

/**
 * 统一社会信用代码: the first 4 (authority, category, province) and the last 4 characters stay, so the user can
 * tell their enterprises apart ('91440700MA4UQ2XX3Q' → '9144**********XX3Q'); spaces are dropped.
 */
export function maskCreditCode(input: string): string {
  const code = Array.from(toHalfWidth(asText(input)).replace(/\s+/g, ''))
  if (code.length <= 8) return '*'.repeat(code.length)
  return `${code.slice(0, 4).join('')}${'*'.repeat(code.length - 8)}${code.slice(-4).join('')}`
}
