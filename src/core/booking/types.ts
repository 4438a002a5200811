import type { Booking, BookingRequest as FullBookingRequest, Hall } from '../gov-services/types'

export type BookingStatus = Booking['status']

/** The fields of a stored booking the rules read, so callers may pass their own record types. */
export type BookingLike = Pick<Booking, 'hallId' | 'date' | 'slot' | 'idType' | 'idNumber' | 'status'>

/** What the rules check of a request; the person's name and phone are validated separately. */
export type BookingRequest = Pick<FullBookingRequest, 'serviceId' | 'hallId' | 'date' | 'slot' | 'idType' | 'idNumber'>

/** The hall fields the rules read. */
export type BookingHall = Pick<Hall, 'id' | 'slots' | 'slotCapacity'>

export interface WindowOptions {
  /** number of working days offered (default 10) */
  days?: number
  /** offer today as well (slots already started are then refused); default false */
  includeToday?: boolean
}
