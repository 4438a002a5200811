// How the culture records read, and the reservation form's rules: labels in the user's script, and every field's
// message key (the visitors' names and documents by core/validators, as every form of the app checks them).
import { dayOfWeek } from '@/core/calendar/shanghai-time'
import type { Translate } from '@/core/i18n'
import type { CultureEvent, CultureVenue } from '@/core/tourism/culture-types'
import { venueClosure, visitorKey } from '@/core/tourism/reservation'
import { validateIdDocument, validateName, validatePhone } from '@/core/validators'
import type { ReserveDraft } from './reserve-store'

export const weekdayText = (t: Translate, date: string): string => t(`tourism.culture.weekday.${dayOfWeek(date)}`)

/** 12月7日 周一 */
export const dayText = (t: Translate, date: string): string =>
  t('tourism.culture.day', {
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
    weekday: weekdayText(t, date)
  })

/** the days and times of an event: one day, or a run of days with the daily hours */
export function eventWhen(t: Translate, e: Pick<CultureEvent, 'date' | 'endDate' | 'start' | 'end'>): string {
  return e.endDate
    ? t('tourism.events.days', { from: dayText(t, e.date), to: dayText(t, e.endDate), start: e.start, end: e.end })
    : t('tourism.events.oneDay', { day: dayText(t, e.date), start: e.start, end: e.end })
}

/** whether the venue opens on the date, in words: 开放 / 今天闭馆（逢周一闭馆…） */
export function openingText(t: Translate, venue: Pick<CultureVenue, 'hours'>, date: string): string {
  const closure = venueClosure(venue.hours, date)
  if (closure === 'date') return t('tourism.venues.closedDate')
  if (closure === 'weekly') return t('tourism.venues.closedWeekly', { weekday: weekdayText(t, date) })
  const h = venue.hours
  return h.lastEntry
    ? t('tourism.venues.openWithEntry', { open: h.open, close: h.close, lastEntry: h.lastEntry })
    : t('tourism.venues.open', { open: h.open, close: h.close })
}

export type ReserveField = 'date' | 'slot' | 'phone' | `visitor${number}.name` | `visitor${number}.idNumber`
export type ReserveErrors = Partial<Record<ReserveField, string>>

/** every field's message key, or nothing when the field is right */
export function validateReserveForm(venue: Pick<CultureVenue, 'hours'>, d: ReserveDraft): ReserveErrors {
  const errors: ReserveErrors = {}
  if (!d.date) errors.date = 'tourism.reserve.chooseDate'
  else if (venueClosure(venue.hours, d.date)) errors.date = 'tourism.reserve.venueClosed'
  else if (!d.slot) errors.slot = 'tourism.reserve.chooseSlot'
  d.visitors.forEach((v, i) => {
    const name = validateName(v.name)
    if (!name.ok) errors[`visitor${i}.name`] = name.code
    const id = validateIdDocument(v.idType, v.idNumber)
    if (!id.ok) errors[`visitor${i}.idNumber`] = id.code
  })
  // the same person twice in the party: said at the second one
  const seen = new Set<string>()
  d.visitors.forEach((v, i) => {
    if (!v.idNumber) return
    const key = visitorKey(v)
    if (seen.has(key)) errors[`visitor${i}.idNumber`] ??= 'tourism.reserve.partyDuplicate'
    seen.add(key)
  })
  const phone = validatePhone(d.phoneRegion, d.phone)
  if (!phone.ok) errors.phone = phone.code
  return errors
}

/** the fields an edit corrects: its own, and those checked against it */
export function reserveFieldsOf(patch: Partial<ReserveDraft>): ReserveField[] {
  const fields = Object.keys(patch).filter((k) => k !== 'visitors') as ReserveField[]
  if ('phoneRegion' in patch) fields.push('phone')
  if ('date' in patch) fields.push('slot')
  if (patch.visitors) patch.visitors.forEach((_, i) => fields.push(`visitor${i}.name`, `visitor${i}.idNumber`))
  return fields
}

/** which field a refusal of the backend belongs to, so its message stands next to it */
export function reserveFieldOfReason(reason: string): ReserveField | undefined {
  if (reason.startsWith('phone.')) return 'phone'
  if (
    ['tourism.reserve.venueClosed', 'tourism.reserve.dateOutOfWindow', 'tourism.reserve.dateInvalid'].includes(reason)
  )
    return 'date'
  if (reason.startsWith('tourism.reserve.slot') || reason === 'tourism.reserve.duplicatePerson') return 'slot'
  return undefined
}
