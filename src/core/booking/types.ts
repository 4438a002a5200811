import type { IdDocumentType } from '../validators/id-document'

export type BookingStatus = 'active' | 'cancelled'

/** A hall appointment as stored by the backend. */
export interface Booking {
  id: string
  serviceId: string
  hallId: string
  /** 'YYYY-MM-DD', Beijing date */
  date: string
  /** one of the hall's slots, 'HH:mm-HH:mm' */
  slot: string
  idType: IdDocumentType
  idNumber: string
  name: string
  phone: string
  status: BookingStatus
  /** epoch ms (or an ISO string from older records); not used by the rules */
  createdAt: number | string
}

/** The fields the rules read, so callers may pass their own record types. */
export type BookingLike = Pick<Booking, 'hallId' | 'date' | 'slot' | 'idType' | 'idNumber' | 'status'>

/** What the user asks for; the person fields are validated separately by the form. */
export type BookingRequest = Pick<Booking, 'serviceId' | 'hallId' | 'date' | 'slot' | 'idType' | 'idNumber'>

/**
 * The hall fields the rules read. Declared here rather than picked from backend's Hall
 * because core imports nothing above it; a backend Hall is assignable to it.
 */
export interface BookingHall {
  id: string
  /** booking slots of a working day, 'HH:mm-HH:mm' */
  slots: readonly string[]
  /** bookings accepted per slot */
  slotCapacity: number
}

export interface WindowOptions {
  /** number of working days offered (default 10) */
  days?: number
  /** offer today as well (slots already started are then refused); default false */
  includeToday?: boolean
}

export interface SlotAvailability {
  slot: string
  capacity: number
  booked: number
  remaining: number
}
