export const BOOKING_CODES = [
  'booking.dateInvalid',
  'booking.hallMismatch',
  'booking.slotUnknown',
  'booking.dateNotWorkingDay',
  'booking.dateOutOfWindow',
  'booking.slotPassed',
  'booking.duplicatePerson',
  'booking.slotFull',
  // 改约 or 取消 of a booking that is no longer 待办理 (cancelled, or already moved)
  'booking.notActive'
] as const

export type BookingCode = (typeof BOOKING_CODES)[number]

export type BookingCheck = { ok: true } | { ok: false; code: BookingCode }
