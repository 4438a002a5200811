// 受理编号: 'JM' + acceptance date yyyymmdd + 6-digit serial, e.g. JM20261103000127.
import { isValidCivilDate } from '../calendar/shanghai-time'
import { invalid, valid, type ValidationResult } from './codes'
import { asText, toHalfWidth } from './text'

export const CASE_REFERENCE_PREFIX = 'JM'
export const CASE_REFERENCE_LENGTH = 16

/** Case-insensitive; spaces and dashes ignored. Normalised to upper case. */
export function validateCaseReference(input: string): ValidationResult {
  const ref = toHalfWidth(asText(input))
    .replace(/[\s-]+/g, '')
    .toUpperCase()
  if (ref === '') return invalid('caseRef.empty')
  if (!ref.startsWith(CASE_REFERENCE_PREFIX)) return invalid('caseRef.prefix')
  const rest = ref.slice(CASE_REFERENCE_PREFIX.length)
  if (!/^\d*$/.test(rest)) return invalid('caseRef.chars')
  if (ref.length !== CASE_REFERENCE_LENGTH) return invalid('caseRef.length')
  const year = Number(rest.slice(0, 4))
  const month = Number(rest.slice(4, 6))
  const day = Number(rest.slice(6, 8))
  // The office opened long after 2000; an earlier year is a typo, not a case.
  if (year < 2000 || !isValidCivilDate(year, month, day)) return invalid('caseRef.date')
  return valid(ref)
}

/** Acceptance date of a valid reference as 'YYYY-MM-DD'. */
export function caseReferenceDate(normalised: string): string {
  const d = normalised.slice(2, 10)
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`
}
