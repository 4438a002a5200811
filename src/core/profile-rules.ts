// The 我的信息 form's rules: the same validators as every form that is filled from it, so a saved profile
// always passes them. Name and phone are asked for; the ID number may be left out; an enterprise is both its name
// and its 统一社会信用代码, or neither.
import {
  validateCreditCode,
  validateEnterpriseName,
  validateIdDocument,
  validateName,
  validatePhone,
  type ValidationResult
} from '@/core/validators'
import type { ProfileValues } from './profile'

export type ProfileField = 'name' | 'idNumber' | 'phone' | 'companyName' | 'creditCode'
export type ProfileErrors = Partial<Record<ProfileField, string>>

const results = (v: ProfileValues) => {
  const hasEnterprise = v.companyName.trim() !== '' || v.creditCode.trim() !== ''
  return {
    name: validateName(v.name),
    idNumber: v.idNumber.trim() === '' ? undefined : validateIdDocument(v.idType, v.idNumber),
    phone: validatePhone(v.phoneRegion, v.phone),
    companyName: hasEnterprise ? validateEnterpriseName(v.companyName) : undefined,
    creditCode: hasEnterprise ? validateCreditCode(v.creditCode) : undefined
  }
}

/** every field's message key, or nothing when the field is right */
export function validateProfile(v: ProfileValues): ProfileErrors {
  const errors: ProfileErrors = {}
  for (const [field, result] of Object.entries(results(v)) as [ProfileField, ValidationResult][]) {
    if (result && !result.ok) errors[field] = result.code
  }
  return errors
}

/** the values as the validators normalise them (upper-case codes, no spaces); call on a valid profile */
export function normaliseProfile(v: ProfileValues): ProfileValues {
  const r = results(v)
  const value = (result: ValidationResult | undefined, fallback: string) => (result?.ok ? result.value : fallback)
  return {
    ...v,
    name: value(r.name, v.name.trim()),
    idNumber: value(r.idNumber, v.idNumber.trim()),
    phone: value(r.phone, v.phone.trim()),
    companyName: value(r.companyName, v.companyName.trim()),
    creditCode: value(r.creditCode, v.creditCode.trim())
  }
}

/** the fields an edit may correct: its own, and those checked against it */
export function profileFieldsOf(patch: Partial<ProfileValues>): ProfileField[] {
  const fields = Object.keys(patch) as ProfileField[]
  if ('idType' in patch) fields.push('idNumber')
  if ('phoneRegion' in patch) fields.push('phone')
  // one enterprise value makes the other required, and emptying both makes neither
  if ('companyName' in patch || 'creditCode' in patch) fields.push('companyName', 'creditCode')
  return fields
}
