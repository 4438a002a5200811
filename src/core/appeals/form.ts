// Rules of the appeal form (诉求表单), one message code per field, so the page can show each
// error under its field and scroll to the first one in APPEAL_FIELDS order.
import {
  APPEAL_CHANNELS,
  APPEAL_TYPES,
  type AppealChannel,
  type AppealContact,
  type AppealEnterprise,
  type AppealLocation,
  type AppealPhoto,
  type AppealType
} from './types'
import { JIANGMEN_DISTRICTS, type CityId } from '../domain'
import type { ValidationCode } from '../validators/codes'
import { validateCreditCode } from '../validators/credit-code'
import { validateEnterpriseName } from '../validators/enterprise-name'
import { validateName } from '../validators/name'
import { validatePhone } from '../validators/phone'
import type { AppealCode } from './codes'

export const MAX_TAGS = 4
export const TAG_MAX_LENGTH = 12
export const CONTENT_MIN_LENGTH = 10
export const CONTENT_MAX_LENGTH = 1000
export const ADDRESS_MIN_LENGTH = 2
export const ADDRESS_MAX_LENGTH = 100
/** WeChat and Alipay pickers never offer more than 9 at once; the form keeps the same cap */
export const MAX_PHOTOS = 9
/** 2 MB per photo, after the client's compression */
export const MAX_PHOTO_BYTES = 2 * 1024 * 1024

/** The form's fields, in the order the form shows them (the first error is scrolled to). */
export const APPEAL_FIELDS = [
  'channel',
  'type',
  'categoryCode',
  'tags',
  'content',
  'location.city',
  'location.district',
  'location.address',
  'photos',
  'enterprise.name',
  'enterprise.creditCode',
  'contact.name',
  'contact.phone',
  'confidential'
] as const

export type AppealField = (typeof APPEAL_FIELDS)[number]

/** What a field error can say: an appeal code or a shared validator code. */
export type AppealFormCode = AppealCode | ValidationCode

export type AppealFormErrors = Partial<Record<AppealField, AppealFormCode>>

/** The form's state while the user fills it in: an AppealRequest with anything missing. */
export interface AppealDraft {
  type?: AppealType | null
  channel?: AppealChannel | null
  categoryCode?: string
  tags?: readonly string[]
  content?: string
  location?: Partial<AppealLocation>
  photos?: readonly AppealPhoto[]
  contact?: Partial<AppealContact>
  enterprise?: Partial<AppealEnterprise> | null
  confidential?: boolean
}

export interface AppealFormOptions {
  /** the member cities of the current zone */
  cities: readonly CityId[]
  /** whether a category code is a leaf of the category tree; skipped when absent */
  isLeaf?: (code: string) => boolean
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
/** length in characters (code points), so 𠮷 or an emoji counts once */
const length = (value: string): number => Array.from(value).length

function checkTags(tags: readonly string[] | undefined): AppealCode | null {
  const list = Array.isArray(tags) ? tags.map(text) : []
  if (list.length > MAX_TAGS) return 'appeal.tags.tooMany'
  if (list.some((t) => t === '' || length(t) > TAG_MAX_LENGTH)) return 'appeal.tags.length'
  if (new Set(list).size !== list.length) return 'appeal.tags.duplicate'
  return null
}

function checkContent(content: string | undefined): AppealCode | null {
  const n = length(text(content))
  if (n === 0) return 'appeal.content.empty'
  if (n < CONTENT_MIN_LENGTH) return 'appeal.content.tooShort'
  if (n > CONTENT_MAX_LENGTH) return 'appeal.content.tooLong'
  return null
}

function checkAddress(address: string | undefined): AppealCode | null {
  const n = length(text(address))
  if (n === 0) return 'appeal.location.addressEmpty'
  if (n < ADDRESS_MIN_LENGTH) return 'appeal.location.addressTooShort'
  if (n > ADDRESS_MAX_LENGTH) return 'appeal.location.addressTooLong'
  return null
}

function checkPhotos(photos: readonly AppealPhoto[] | undefined): AppealCode | null {
  const list = Array.isArray(photos) ? photos : []
  if (list.length > MAX_PHOTOS) return 'appeal.photos.tooMany'
  if (list.some((p) => !(typeof p?.size === 'number' && p.size >= 0 && p.size <= MAX_PHOTO_BYTES)))
    return 'appeal.photos.tooLarge'
  return null
}

/**
 * Checks a draft; returns the message code of each invalid field (an empty object when the
 * draft can be submitted). Fields are checked independently, so every error shows at once.
 */
export function validateAppealForm(draft: AppealDraft, options: AppealFormOptions): AppealFormErrors {
  const errors: AppealFormErrors = {}
  const set = (field: AppealField, code: AppealFormCode | null) => {
    if (code) errors[field] = code
  }

  set('channel', APPEAL_CHANNELS.includes(draft.channel as AppealChannel) ? null : 'appeal.channel.required')
  set('type', APPEAL_TYPES.includes(draft.type as AppealType) ? null : 'appeal.type.required')

  const category = text(draft.categoryCode)
  if (category === '') set('categoryCode', 'appeal.category.required')
  else if (options.isLeaf && !options.isLeaf(category)) set('categoryCode', 'appeal.category.notLeaf')

  set('tags', checkTags(draft.tags))
  set('content', checkContent(draft.content))

  const location = draft.location ?? {}
  const city = location.city
  if (!city) set('location.city', 'appeal.location.cityRequired')
  else if (!options.cities.includes(city)) set('location.city', 'appeal.location.cityOutsideZone')
  if (city === 'jiangmen') {
    if (!location.district) set('location.district', 'appeal.location.districtRequired')
    else if (!JIANGMEN_DISTRICTS.includes(location.district))
      set('location.district', 'appeal.location.districtInvalid')
  } else if (location.district) {
    // the districts are Jiangmen's; another city's matter cannot name one
    set('location.district', 'appeal.location.districtInvalid')
  }
  set('location.address', checkAddress(location.address))

  set('photos', checkPhotos(draft.photos))

  if (draft.channel === 'enterprise') {
    const enterprise = draft.enterprise ?? {}
    const name = validateEnterpriseName(enterprise.name as string)
    if (!name.ok) set('enterprise.name', name.code)
    const creditCode = validateCreditCode(enterprise.creditCode as string)
    if (!creditCode.ok) set('enterprise.creditCode', creditCode.code)
  }

  const contact = draft.contact ?? {}
  const name = validateName(contact.name as string)
  if (!name.ok) set('contact.name', name.code)
  const phone = validatePhone(contact.phoneRegion ?? 'cn', contact.phone as string)
  if (!phone.ok) set('contact.phone', phone.code)

  if (typeof draft.confidential !== 'boolean') set('confidential', 'appeal.confidential.invalid')
  return errors
}

/** The first invalid field in form order, for scrolling to it; null when there is none. */
export function firstInvalidField(errors: AppealFormErrors): AppealField | null {
  return APPEAL_FIELDS.find((field) => errors[field] !== undefined) ?? null
}
