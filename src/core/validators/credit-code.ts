// 统一社会信用代码 (GB 32100-2015): registration authority, organisation category, the
// administrative division of the registering office, the 9-character 主体标识码 and a
// MOD 31 check character over a 31-character set without I, O, S, V, Z.
import { invalid, valid, type ValidationResult } from './codes'
import { PROVINCE_CODES } from './mainland-id'
import { asText, compact } from './text'

export const CREDIT_CODE_LENGTH = 18
/** what a form lets one type: the code and room for the spaces it is often pasted with */
export const CREDIT_CODE_INPUT_MAX_LENGTH = CREDIT_CODE_LENGTH + 6

/** The code's character set, in value order: '0' is 0 … 'Y' is 30. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/**
 * 登记管理部门代码 → its 机构类别代码 (GB 32100-2015 with the authority codes assigned since):
 * 1 机构编制 (机关, 事业单位, 编办管理的群众团体, 其他) · 2 外交 (外国常驻新闻机构) ·
 * 3 司法行政 (律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会) ·
 * 4 文化 (外国在华文化中心) · 5 民政 (社会团体, 民办非企业单位, 基金会) ·
 * 6 旅游 (外国及港澳台旅游部门常驻代表机构) · 7 宗教 (宗教活动场所, 宗教院校) · 8 工会 (基层工会) ·
 * 9 工商/市场监管 (企业, 个体工商户, 农民专业合作社; no "9 其他") ·
 * A 中央军委改革和编制办公室 (军队事业单位) · N 农业 (组级/村级/乡镇级集体经济组织) ·
 * Y 其他 (not subdivided: always 1).
 */
export const CREDIT_CODE_AUTHORITIES: Readonly<Record<string, string>> = {
  '1': '1239',
  '2': '19',
  '3': '123459',
  '4': '19',
  '5': '1239',
  '6': '129',
  '7': '129',
  '8': '19',
  '9': '123',
  A: '19',
  N: '1239',
  Y: '1'
}

const IN_CHARSET = /^[0-9A-HJ-NPQRTUWXY]*$/

/** Check character for the first 17 characters (which must be in CREDIT_CODE_CHARSET). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i])
    if (value < 0) throw new RangeError(`not a credit code character: ${JSON.stringify(first17[i])}`)
    sum += value * WEIGHTS[i]
  }
  // 31 − (Σ mod 31), where a result of 31 is written as 0
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]
}

/**
 * Division of the registering office (GB/T 2260): six digits of a province-level area, or
 * 100000 for offices of the central government. Only the province is checked: county codes
 * change every year and an old code stays valid in a code issued before the change.
 */
function isDivision(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false
  return code === '100000' || PROVINCE_CODES.includes(code.slice(0, 2))
}

/**
 * Validates a 统一社会信用代码. Spaces and full-width characters are tolerated and letters
 * may be lower case; the normalised value is the 18 upper-case characters.
 */
export function validateCreditCode(input: string): ValidationResult {
  const code = compact(asText(input)).toUpperCase()
  if (code === '') return invalid('creditCode.empty')
  // Forbidden letters (I, O, S, V, Z, usually 1/0/5 typed as letters) before the length,
  // so the user is sent to the wrong character instead of counting.
  if (!IN_CHARSET.test(code)) return invalid('creditCode.chars')
  if (code.length !== CREDIT_CODE_LENGTH) return invalid('creditCode.length')
  const categories = CREDIT_CODE_AUTHORITIES[code[0]]
  if (categories === undefined || !categories.includes(code[1])) return invalid('creditCode.authority')
  if (!isDivision(code.slice(2, 8))) return invalid('creditCode.division')
  if (creditCodeCheckChar(code) !== code[17]) return invalid('creditCode.checkChar')
  return valid(code)
}
