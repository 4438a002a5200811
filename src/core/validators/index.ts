// Input validators of the personal data used by forms and bookings. Each returns
// { ok: true, value } with a normalised value or { ok: false, code } with a message key
// listed in VALIDATION_CODES (Simplified Chinese text in messages.ts).
export { VALIDATION_CODES } from './codes'
export type { ValidationCode, ValidationResult } from './codes'
export { VALIDATION_MESSAGES, validationMessage } from './messages'
export { validateMainlandId, mainlandIdCheckChar, PROVINCE_CODES } from './mainland-id'
export type { MainlandIdOptions } from './mainland-id'
export { validateHongKongId, hongKongIdCheckChar } from './hong-kong-id'
export { validateMacauId } from './macau-id'
export { validateHkMoPermit, hkMoPermitRegion } from './hkmo-permit'
export { validateIdDocument, ID_NUMBER_INPUT_MAX_LENGTH } from './id-document'
export { validatePhone, detectPhoneRegion, phoneLineType, toE164, COUNTRY_CODES, PHONE_INPUT_MAX_LENGTH } from './phone'
export { validateName, isChineseName, NAME_MIN_LENGTH, NAME_MAX_LENGTH } from './name'
export {
  validateCaseReference,
  caseReferenceDate,
  CASE_REFERENCE_PREFIX,
  CASE_REFERENCE_LENGTH
} from './case-reference'
export { maskPhone, maskName, maskIdNumber, maskCreditCode } from './mask'
export {
  validateCreditCode,
  creditCodeCheckChar,
  CREDIT_CODE_AUTHORITIES,
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_LENGTH,
  CREDIT_CODE_INPUT_MAX_LENGTH
} from './credit-code'
export { validateEnterpriseName, ENTERPRISE_NAME_MIN_LENGTH, ENTERPRISE_NAME_MAX_LENGTH } from './enterprise-name'
