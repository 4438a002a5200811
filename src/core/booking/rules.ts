// Pure rules of hall appointments. The current instant is always passed in, and dates are
// Beijing dates, so results do not depend on the device clock's time zone.
import { isIsoDate, parseClock, shanghaiDate, shanghaiMinutesOfDay } from '../calendar/shanghai-time'
import { isWorkingDay, nextWorkingDays } from '../calendar/working-days'
import { validateIdDocument } from '../validators/id-document'
import { compact } from '../validators/text'
import type { BookingCheck } from './codes'
import type { SlotAvailability } from '../gov-services/types'
import type { BookingHall, BookingLike, BookingRequest, WindowOptions } from './types'

export const DEFAULT_WINDOW_DAYS = 10

/** Start and end of a 'HH:mm-HH:mm' slot in minutes since midnight; null when malformed. */
export function parseSlot(slot: string): { start: number; end: number } | null {
  if (typeof slot !== 'string') return null
  const parts = slot.split('-')
  if (parts.length !== 2) return null
  const start = parseClock(parts[0])
  const end = parseClock(parts[1])
  if (start === null || end === null || end <= start) return null
  return { start, end }
}

/**
 * Canonical form of an ID number for duplicate detection: the validator's normalised value
 * (so 'a123456 3' and 'A123456(3)' match), else upper case without spaces.
 */
export function normaliseIdNumber(idType: BookingLike['idType'], idNumber: string): string {
  const result = validateIdDocument(idType, idNumber)
  return result.ok ? result.value : compact(typeof idNumber === 'string' ? idNumber : '').toUpperCase()
}

/**
 * Dates open for booking at `now`: the next `days` working days starting tomorrow (Beijing
 * date), or starting today with includeToday.
 */
export function bookingWindow(now: number, options: WindowOptions = {}): string[] {
  const days = options.days ?? DEFAULT_WINDOW_DAYS
  return nextWorkingDays(shanghaiDate(now), days, options.includeToday ?? false)
}

function isActiveAt(b: BookingLike, hallId: string, date: string, slot: string): boolean {
  return b.status === 'active' && b.hallId === hallId && b.date === date && b.slot === slot
}

/** Remaining capacity of each slot of the hall on the date, in the hall's slot order. */
export function slotAvailability(
  hall: BookingHall,
  date: string,
  existing: readonly BookingLike[]
): SlotAvailability[] {
  return hall.slots.map((slot) => {
    const booked = existing.filter((b) => isActiveAt(b, hall.id, date, slot)).length
    return { slot, capacity: hall.slotCapacity, booked, remaining: Math.max(0, hall.slotCapacity - booked) }
  })
}

/**
 * Whether a slot has started at `now` (Beijing time). Slots of past dates count as started;
 * a malformed slot is never "passed" (checkBooking reports it as unknown instead).
 */
export function isSlotPassed(date: string, slot: string, now: number): boolean {
  const today = shanghaiDate(now)
  if (date < today) return true
  if (date > today) return false
  const parsed = parseSlot(slot)
  return parsed !== null && shanghaiMinutesOfDay(now) >= parsed.start
}

export interface DayAvailability {
  date: string
  slots: SlotAvailability[]
  /** slots still bookable at `now` with remaining capacity */
  openSlots: string[]
}

/** Per-date availability over the booking window, for the date picker. */
export function windowAvailability(
  hall: BookingHall,
  existing: readonly BookingLike[],
  now: number,
  options: WindowOptions = {}
): DayAvailability[] {
  return bookingWindow(now, options).map((date) => {
    const slots = slotAvailability(hall, date, existing)
    const openSlots = slots.filter((s) => s.remaining > 0 && !isSlotPassed(date, s.slot, now)).map((s) => s.slot)
    return { date, slots, openSlots }
  })
}

/**
 * Checks a booking request against the hall, the existing bookings and the window at `now`.
 * The first failing rule wins, ordered so that the message is the most useful one: a person
 * who already holds the slot hears that, rather than that it is full.
 */
export function checkBooking(
  request: BookingRequest,
  existing: readonly BookingLike[],
  hall: BookingHall,
  now: number,
  options: WindowOptions = {}
): BookingCheck {
  if (!isIsoDate(request.date)) return { ok: false, code: 'booking.dateInvalid' }
  if (request.hallId !== hall.id) return { ok: false, code: 'booking.hallMismatch' }
  if (!hall.slots.includes(request.slot)) return { ok: false, code: 'booking.slotUnknown' }
  if (!isWorkingDay(request.date)) return { ok: false, code: 'booking.dateNotWorkingDay' }
  if (!bookingWindow(now, options).includes(request.date)) return { ok: false, code: 'booking.dateOutOfWindow' }
  if (isSlotPassed(request.date, request.slot, now)) return { ok: false, code: 'booking.slotPassed' }

  const person = normaliseIdNumber(request.idType, request.idNumber)
  const sameTime = existing.filter((b) => b.status === 'active' && b.date === request.date && b.slot === request.slot)
  // Any hall and any service: one person cannot be at two windows at once.
  if (sameTime.some((b) => normaliseIdNumber(b.idType, b.idNumber) === person)) {
    return { ok: false, code: 'booking.duplicatePerson' }
  }
  const booked = sameTime.filter((b) => b.hallId === hall.id).length
  if (booked >= hall.slotCapacity) return { ok: false, code: 'booking.slotFull' }
  return { ok: true }
}
