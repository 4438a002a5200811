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
export type { BookingHall, BookingLike, BookingRequest, BookingStatus, WindowOptions } from './types'
