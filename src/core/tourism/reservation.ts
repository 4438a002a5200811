// Timed-entry reservations (分时段预约) of the free culture venues: which days a venue opens, the slots of a day
// and the places left, and the checks of a request. The rules of hall appointments (core/booking) are reused for
// what they share: slot strings, slots already started, the canonical ID number of a person, the 预约号's shape.
// Dates are Beijing dates and the current instant is passed in, as there.
import { isSlotPassed, normaliseIdNumber, parseSlot } from '../booking/rules'
import { officialDay } from '../calendar/arrangement'
import { addDays, dayOfWeek, isIsoDate, shanghaiDate } from '../calendar/shanghai-time'
import type { SlotAvailability } from '../gov-services/types'
import type { CultureVenue, Reservation, ReservationRequest, VenueHours, Visitor } from './culture-types'

export const RESERVATION_CODES = [
  'tourism.reserve.dateInvalid',
  'tourism.reserve.notReservable',
  'tourism.reserve.slotUnknown',
  // 闭馆日: the weekly rest day (not a public holiday) or a closed date of the venue
  'tourism.reserve.venueClosed',
  'tourism.reserve.dateOutOfWindow',
  'tourism.reserve.slotPassed',
  'tourism.reserve.partyEmpty',
  'tourism.reserve.partyTooLarge',
  // the same person twice in one party
  'tourism.reserve.partyDuplicate',
  // a visitor already holds this slot of this venue
  'tourism.reserve.duplicatePerson',
  'tourism.reserve.slotFull',
  'tourism.reserve.notActive'
] as const

export type ReservationCode = (typeof RESERVATION_CODES)[number]
export type ReservationCheck = { ok: true } | { ok: false; code: ReservationCode }

/** the 预约号's prefix (文旅): WL + date + venue code + sequence */
export const RESERVATION_REFERENCE_PREFIX = 'WL'

/** a rest day of the official calendar (法定节假日 and the days given with it) */
export function isPublicHoliday(date: string): boolean {
  return officialDay(date)?.kind === 'holiday'
}

/**
 * Why the venue is closed on a date, or null when it opens: 'date' for a closed date of its own (除夕), 'weekly'
 * for its weekly rest day, which a public holiday overrides when the venue opens on holidays (周一闭馆，节假日除外).
 */
export function venueClosure(hours: VenueHours, date: string): 'weekly' | 'date' | null {
  if (hours.closedDates?.includes(date)) return 'date'
  if (!hours.closedWeekdays.includes(dayOfWeek(date))) return null
  return hours.openOnHolidays && isPublicHoliday(date) ? null : 'weekly'
}

export const isVenueOpen = (hours: VenueHours, date: string): boolean => venueClosure(hours, date) === null

/** the days that can be booked at `now`: today (Beijing) and the days after, closed ones included, to be shown */
export function reservationWindow(venue: Pick<CultureVenue, 'reservation'>, now: number): string[] {
  const days = venue.reservation?.windowDays ?? 0
  const today = shanghaiDate(now)
  return Array.from({ length: days }, (_, i) => addDays(today, i))
}

const isActiveAt = (r: Reservation, venueId: string, date: string, slot: string) =>
  r.status === 'active' && r.venueId === venueId && r.date === date && r.slot === slot

/** places taken in a slot: every visitor of every active party */
export function bookedPlaces(existing: readonly Reservation[], venueId: string, date: string, slot: string): number {
  return existing.filter((r) => isActiveAt(r, venueId, date, slot)).reduce((n, r) => n + r.visitors.length, 0)
}

/**
 * The slots of the venue's day with their places: remaining = capacity − booked, never below 0. A closed day, or
 * a venue without timed entry, has no slots at all.
 */
export function venueSlots(
  venue: Pick<CultureVenue, 'id' | 'hours' | 'reservation'>,
  date: string,
  existing: readonly Reservation[]
): SlotAvailability[] {
  const r = venue.reservation
  if (!r || !isIsoDate(date) || !isVenueOpen(venue.hours, date)) return []
  return r.slots.map((slot) => {
    const booked = bookedPlaces(existing, venue.id, date, slot)
    return { slot, capacity: r.capacity, booked, remaining: Math.max(0, r.capacity - booked) }
  })
}

/** per day of the window: whether it is open, and the slots still bookable at `now` with room */
export interface ReservationDay {
  date: string
  closure: 'weekly' | 'date' | null
  holiday: boolean
  slots: SlotAvailability[]
  openSlots: string[]
}

export function reservationDays(
  venue: Pick<CultureVenue, 'id' | 'hours' | 'reservation'>,
  existing: readonly Reservation[],
  now: number
): ReservationDay[] {
  return reservationWindow(venue, now).map((date) => {
    const slots = venueSlots(venue, date, existing)
    return {
      date,
      closure: venueClosure(venue.hours, date),
      holiday: isPublicHoliday(date),
      slots,
      openSlots: slots.filter((s) => s.remaining > 0 && !isSlotPassed(date, s.slot, now)).map((s) => s.slot)
    }
  })
}

/** the canonical ID of a visitor, for duplicates ('a123456 3' and 'A123456(3)' are one person) */
export const visitorKey = (v: Pick<Visitor, 'idType' | 'idNumber'>): string =>
  `${v.idType}:${normaliseIdNumber(v.idType, v.idNumber)}`

/** the index of the first visitor who repeats an earlier one in the party, or -1 */
export function duplicateVisitor(visitors: readonly Visitor[]): number {
  const seen = new Set<string>()
  for (let i = 0; i < visitors.length; i++) {
    const key = visitorKey(visitors[i])
    if (seen.has(key)) return i
    seen.add(key)
  }
  return -1
}

/**
 * Checks a request against the venue, its reservations and the window at `now`; the visitors' names and ID
 * numbers are validated apart (core/validators). The first failing rule wins, in the order that tells the most:
 * a closed day is said before anything about its slots, a visitor who already holds the slot before a full slot.
 */
export function checkReservation(
  request: Pick<ReservationRequest, 'venueId' | 'date' | 'slot' | 'visitors'>,
  existing: readonly Reservation[],
  venue: Pick<CultureVenue, 'id' | 'hours' | 'reservation'>,
  now: number
): ReservationCheck {
  const r = venue.reservation
  if (!isIsoDate(request.date)) return { ok: false, code: 'tourism.reserve.dateInvalid' }
  if (!r || request.venueId !== venue.id) return { ok: false, code: 'tourism.reserve.notReservable' }
  if (!isVenueOpen(venue.hours, request.date)) return { ok: false, code: 'tourism.reserve.venueClosed' }
  if (!r.slots.includes(request.slot) || !parseSlot(request.slot))
    return { ok: false, code: 'tourism.reserve.slotUnknown' }
  if (!reservationWindow(venue, now).includes(request.date))
    return { ok: false, code: 'tourism.reserve.dateOutOfWindow' }
  if (isSlotPassed(request.date, request.slot, now)) return { ok: false, code: 'tourism.reserve.slotPassed' }
  const visitors = Array.isArray(request.visitors) ? request.visitors : []
  if (visitors.length === 0) return { ok: false, code: 'tourism.reserve.partyEmpty' }
  if (visitors.length > r.maxParty) return { ok: false, code: 'tourism.reserve.partyTooLarge' }
  if (duplicateVisitor(visitors) >= 0) return { ok: false, code: 'tourism.reserve.partyDuplicate' }
  const holders = new Set(
    existing
      .filter((x) => isActiveAt(x, venue.id, request.date, request.slot))
      .flatMap((x) => x.visitors.map(visitorKey))
  )
  if (visitors.some((v) => holders.has(visitorKey(v)))) return { ok: false, code: 'tourism.reserve.duplicatePerson' }
  if (bookedPlaces(existing, venue.id, request.date, request.slot) + visitors.length > r.capacity)
    return { ok: false, code: 'tourism.reserve.slotFull' }
  return { ok: true }
}
