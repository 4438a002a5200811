export const BOOKING_CODES = [
  'booking.dateInvalid',
  'booking.hallMismatch',
  'booking.slotUnknown',
  'booking.dateNotWorkingDay',
  'booking.dateOutOfWindow',
  'booking.slotPassed',
  'booking.duplicatePerson',
  'booking.slotFull'
] as const

export type BookingCode = (typeof BOOKING_CODES)[number]

export type BookingCheck = { ok: true } | { ok: false; code: BookingCode }
