// 预约号: the number a booking is known by at the hall, assigned by the backend. It reads left to right as
// what a clerk checks: YY, the day (YYYYMMDD), the hall's four-digit code, and the booking's place in that
// hall's day (three digits, more once a day has passed 999). Cancelled and moved bookings keep their
// number, so a number is never given twice. Other bookable places (a museum's timed entry) take the same shape
// under a prefix of their own.
import type { BookingLike } from './types'

export const BOOKING_REFERENCE_PREFIX = 'YY'

/** YY + 8-digit date + 4-character hall code + 3 or more digits */
export const BOOKING_REFERENCE_PATTERN = /^YY\d{8}[0-9A-Z]{4}\d{3,}$/

/**
 * The hall's four-character code: the digits its id ends in ('hall-0012' → '0012'), else four base-36
 * characters derived from the id, so an id of another shape still gets a stable code.
 */
export function hallCode(hallId: string): string {
  const digits = /(\d+)$/.exec(hallId)?.[1]
  if (digits) return digits.slice(-4).padStart(4, '0')
  let hash = 0
  for (const ch of hallId) hash = (hash * 31 + ch.charCodeAt(0)) % 36 ** 4
  return hash.toString(36).toUpperCase().padStart(4, '0')
}

/** the 预约号 of the n-th booking (from 1) of a hall on a date; `prefix` is two capital letters */
export function bookingReference(
  hallId: string,
  date: string,
  sequence: number,
  prefix: string = BOOKING_REFERENCE_PREFIX
): string {
  return `${prefix}${date.replace(/-/g, '')}${hallCode(hallId)}${String(sequence).padStart(3, '0')}`
}

/**
 * The next free 预约号 of the hall on the date: one more than the bookings ever made there that day (any
 * status), skipping a number already taken (an old record that came back, another shape of id).
 */
export function nextBookingReference(
  hallId: string,
  date: string,
  existing: readonly (Pick<BookingLike, 'hallId' | 'date'> & { reference?: string })[],
  prefix: string = BOOKING_REFERENCE_PREFIX
): string {
  const taken = new Set(existing.map((b) => b.reference))
  let sequence = existing.filter((b) => b.hallId === hallId && b.date === date).length + 1
  while (taken.has(bookingReference(hallId, date, sequence, prefix))) sequence += 1
  return bookingReference(hallId, date, sequence, prefix)
}

/** the 预约号 as the app shows it, in the groups a clerk reads back: 'YY 20261124 0001 007' (another shape as it is) */
export function groupedReference(reference: string): string {
  const m = /^([A-Z]{2})(\d{8})([0-9A-Z]{4})(\d{3,})$/.exec(reference)
  return m ? m.slice(1).join(' ') : reference
}
