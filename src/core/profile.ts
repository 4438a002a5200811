// 我的信息 (the user's own details for filling forms): its values and how a form's values compare with them.
// Kept by stores/profile.ts; its rules (the validators of the forms it fills) are in profile-rules.ts.
import type { IdType, PhoneRegion } from '@/core/domain'

/** the values a form maps its fields to (useProfileFill in components/profile-fill.tsx) */
export interface ProfileValues {
  name: string
  idType: IdType
  idNumber: string
  phoneRegion: PhoneRegion
  phone: string
  /** 企业名称 */
  companyName: string
  /** 统一社会信用代码 */
  creditCode: string
}
export type ProfileKey = keyof ProfileValues

export const PERSON_KEYS = ['name', 'idType', 'idNumber', 'phoneRegion', 'phone'] as const satisfies ProfileKey[]
export const ENTERPRISE_KEYS = ['companyName', 'creditCode'] as const satisfies ProfileKey[]

export const emptyProfile = (): ProfileValues => ({
  name: '',
  idType: 'mainland',
  idNumber: '',
  phoneRegion: 'cn',
  phone: '',
  companyName: '',
  creditCode: ''
})

/** the keys whose value differs from the profile's (a value the profile lacks differs too); empty values never do */
export function changedKeys(profile: Partial<ProfileValues> | undefined, values: Partial<ProfileValues>): ProfileKey[] {
  return (Object.keys(values) as ProfileKey[]).filter((k) => {
    const v = values[k]
    return v !== undefined && v !== '' && v !== profile?.[k]
  })
}

/**
 * what of these values means something: an ID type without a number, or a phone region without a phone, is only
 * the form's default, and neither fills nor changes a profile
 */
export function meaningful(values: Partial<ProfileValues>): Partial<ProfileValues> {
  const out = { ...values }
  if (!out.idNumber) delete out.idType
  if (!out.phone) delete out.phoneRegion
  for (const k of Object.keys(out) as ProfileKey[]) if (out[k] === '') delete out[k]
  return out
}
