// Pure helpers of the 政务服务 module: labels derived from the data.
import type { CityId } from '@/core/domain'
import type { CrossBorderRegion, ServiceGuide } from '@/core/gov-services/types'
import type { Translate } from '@/core/i18n'
import { validateIdDocument, validateName, validatePhone } from '@/core/validators'
import type { BookingDraft } from './store'

/** the 在线申办 matter of a catalogue item, as the application pipeline names it */
export const matterOf = (serviceId: string): string => (serviceId ? `gov-services/${serviceId}` : '')

/** cities other than Jiangmen that accept the item; Jiangmen always does */
export function crossCityLabel(cities: CityId[], t: Translate): string {
  const others = cities.filter((c) => c !== 'jiangmen')
  return others.length ? ['jiangmen' as CityId, ...others].map((c) => t(`city.${c}`)).join('、') : ''
}

export function crossBorderLabel(regions: CrossBorderRegion[], t: Translate): string {
  return regions.map((r) => t(`region.${r}`)).join('、')
}

export interface SummaryFact {
  key: 'promised' | 'fee' | 'visits' | 'materials' | 'mode'
  label: string
  value: string
}

/** 办事要点: what a guide's summary card shows, in its order */
export function summaryFacts(g: ServiceGuide, t: Translate): SummaryFact[] {
  const exempt = g.materials.filter((m) => m.exempt).length
  const online = g.onlineChannels.length > 0
  return [
    {
      key: 'promised',
      label: t('gov.summary.promised'),
      value: g.promisedDays === 0 ? t('gov.summary.instant') : t('gov.summary.days', { days: g.promisedDays })
    },
    {
      key: 'visits',
      label: t('gov.summary.visits'),
      value: g.visits === 0 ? t('gov.summary.visitsZero') : t('gov.summary.visitsValue', { visits: g.visits })
    },
    {
      key: 'materials',
      label: t('gov.summary.materials'),
      value: exempt
        ? t('gov.summary.materialsExempt', { count: g.materials.length, exempt })
        : t('gov.summary.materialsValue', { count: g.materials.length })
    },
    {
      key: 'mode',
      label: t('gov.summary.mode'),
      value:
        online && g.offline
          ? t('gov.summary.modeBoth')
          : online
            ? t('gov.summary.modeOnline')
            : t('gov.summary.modeHall')
    },
    { key: 'fee', label: t('gov.summary.fee'), value: g.fee }
  ]
}

/** 可预约时段 of a hall, in one line: first and last slot and how many */
export function slotsSummary(slots: string[], t: Translate): string {
  if (!slots.length) return t('gov.halls.noSlots')
  const first = slots[0].split('-')[0]
  const last = slots[slots.length - 1].split('-')[1] ?? slots[slots.length - 1]
  return t('gov.halls.slots', { first, last, count: slots.length })
}

/** rows per page of a long list: keeps each render well under the 1,000-node budget */
export const PAGE_SIZE = 30

export type BookingField = 'hallId' | 'date' | 'slot' | 'name' | 'idNumber' | 'phone'
export type BookingErrors = Partial<Record<BookingField, string>>

/** every field's message key, or nothing when the field is right */
export function validateBookingForm(d: BookingDraft): BookingErrors {
  const errors: BookingErrors = {}
  if (!d.hallId) errors.hallId = 'gov.booking.chooseHall'
  if (!d.date || !d.slot) errors.slot = 'gov.booking.chooseSlot'
  const name = validateName(d.name)
  if (!name.ok) errors.name = name.code
  const id = validateIdDocument(d.idType, d.idNumber)
  if (!id.ok) errors.idNumber = id.code
  const phone = validatePhone(d.phoneRegion, d.phone)
  if (!phone.ok) errors.phone = phone.code
  return errors
}

/** the fields an edit of the draft may correct: its own, and those checked against it */
export function bookingFieldsOf(patch: Partial<BookingDraft>): BookingField[] {
  const fields = Object.keys(patch) as BookingField[]
  if ('idType' in patch) fields.push('idNumber')
  if ('phoneRegion' in patch) fields.push('phone')
  if ('date' in patch || 'hallId' in patch) fields.push('slot')
  return fields
}

/** which field a reason from the backend belongs to, so the message stands next to it */
export function fieldOfReason(reason: string): BookingField | undefined {
  if (reason.startsWith('id.')) return 'idNumber'
  if (reason.startsWith('phone.')) return 'phone'
  if (reason.startsWith('name.')) return 'name'
  if (reason.startsWith('booking.slot') || reason.startsWith('booking.date') || reason === 'booking.duplicatePerson')
    return 'slot'
  if (reason === 'booking.hallNotForService' || reason === 'booking.hallMismatch') return 'hallId'
  return undefined
}
