// Stable message keys of every validator. The UI maps them to 简体/繁體 text; never rename
// a code without updating both locales.
export const VALIDATION_CODES = [
  // 居民身份证 (mainland resident identity card)
  'id.mainland.empty',
  'id.mainland.chars',
  'id.mainland.legacy15',
  'id.mainland.length',
  'id.mainland.region',
  'id.mainland.birthDate',
  'id.mainland.birthDateFuture',
  'id.mainland.checkDigit',
  // 香港身份证 (Hong Kong identity card)
  'id.hk.empty',
  'id.hk.chars',
  'id.hk.format',
  'id.hk.checkDigit',
  // 澳门居民身份证 (Macau resident identity card, BIR)
  'id.mo.empty',
  'id.mo.chars',
  'id.mo.length',
  'id.mo.format',
  'id.mo.firstDigit',
  // 港澳居民来往内地通行证 (回乡证)
  'id.hkmoPermit.empty',
  'id.hkmoPermit.chars',
  'id.hkmoPermit.prefix',
  'id.hkmoPermit.length',
  // dispatcher
  'id.type.unknown',
  // phones
  'phone.empty',
  'phone.chars',
  'phone.regionMismatch',
  'phone.region.unknown',
  'phone.cn.length',
  'phone.cn.prefix',
  'phone.hk.length',
  'phone.hk.prefix',
  'phone.mo.length',
  'phone.mo.prefix',
  // names
  'name.empty',
  'name.tooShort',
  'name.tooLong',
  'name.chars',
  'name.mixedScripts',
  'name.punctuation',
  // 受理编号 (case reference numbers)
  'caseRef.empty',
  'caseRef.prefix',
  'caseRef.chars',
  'caseRef.length',
  'caseRef.date',
  // 统一社会信用代码 (unified social credit code of enterprises and organisations)
  'creditCode.empty',
  'creditCode.chars',
  'creditCode.length',
  'creditCode.authority',
  'creditCode.division',
  'creditCode.checkChar',
  // 企业名称 (registered enterprise names)
  'enterpriseName.empty',
  'enterpriseName.length',
  'enterpriseName.chars'
] as const

export type ValidationCode = (typeof VALIDATION_CODES)[number]

export type ValidationResult = { ok: true; value: string } | { ok: false; code: ValidationCode }

export const valid = (value: string): ValidationResult => ({ ok: true, value })
export const invalid = (code: ValidationCode): ValidationResult => ({ ok: false, code })
