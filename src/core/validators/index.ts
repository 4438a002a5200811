// Input validators of the personal data used by forms and bookings. Each returns
// { ok: true, value } with a normalised value or { ok: false, code } with a message key
// listed in VALIDATION_CODES (Simplified Chinese text in messages.ts).
export { VALIDATION_CODES } from './codes'
export type { ValidationCode, ValidationResult } from './codes'
export { VALIDATION_MESSAGES, validationMessage } from './messages'
export { validateMainlandId, mainlandIdCheckChar, PROVINCE_CODES } from './mainlandId'
export type { MainlandIdOptions } from './mainlandId'
export { validateHongKongId, hongKongIdCheckChar } from './hongKongId'
export { validateMacauId } from './macauId'
export { validateHkMoPermit, hkMoPermitRegion } from './hkmoPermit'
export { validateIdDocument, ID_DOCUMENT_TYPES } from './idDocument'
export type { IdDocumentType } from './idDocument'
export {
  validatePhone,
  detectPhoneRegion,
  phoneLineType,
  toE164,
  PHONE_REGIONS,
  COUNTRY_CODES
} from './phone'
export type { PhoneRegion } from './phone'
export { validateName, isChineseName, NAME_MIN_LENGTH, NAME_MAX_LENGTH } from './name'
export {
  validateCaseReference,
  caseReferenceDate,
  CASE_REFERENCE_PREFIX,
  CASE_REFERENCE_LENGTH
} from './caseReference'
export { maskPhone, maskName, maskIdNumber } from './mask'
