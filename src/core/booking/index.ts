// Hall appointment rules: availability, booking window and request checks.
export { BOOKING_CODES } from './codes'
export type { BookingCode, BookingCheck } from './codes'
export { BOOKING_MESSAGES, bookingMessage } from './messages'
export {
  DEFAULT_WINDOW_DAYS,
  bookingWindow,
  checkBooking,
  isSlotPassed,
  normaliseIdNumber,
  parseSlot,
  slotAvailability,
  windowAvailability
} from './rules'
export type { DayAvailability } from './rules'
export {
  BOOKING_REFERENCE_PATTERN,
  bookingReference,
  groupedReference,
  hallCode,
  nextBookingReference
} from './reference'
export { bookingCalendarEvent, icsOf } from './calendar-event'
export type { BookingCalendarEvent } from './calendar-event'
export type { BookingHall, BookingLike, BookingRequest, BookingStatus, WindowOptions } from './types'
