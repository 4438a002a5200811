// The user's venue reservations (预约参观) on the device, checked when read back like the gov bookings.
import type { Reservation } from '@/core/tourism/culture-types'
import type { KeyValueStorage } from '@/platform/key-value'
import { collection, type Collection } from './collection'

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null
const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0

export function isReservation(x: unknown): x is Reservation {
  return (
    isObject(x) &&
    ['id', 'reference', 'idempotencyKey', 'venueId', 'date', 'slot', 'phoneRegion', 'phone', 'venueName'].every((k) =>
      isString(x[k])
    ) &&
    typeof x.venueNameHant === 'string' &&
    // a status this version does not know (a newer app's) is kept and shown as 其他状态, read-only
    isString(x.status) &&
    typeof x.createdAt === 'number' &&
    Array.isArray(x.visitors) &&
    x.visitors.every((v) => isObject(v) && isString(v.name) && isString(v.idType) && isString(v.idNumber))
  )
}

export interface CultureRecords {
  /** the embedded backend's venue reservations: on a device, the user's own, never cut off by a limit */
  reservations: Collection<Reservation>
}

export function cultureRecords(storage: KeyValueStorage): CultureRecords {
  return { reservations: collection(storage, { key: 'venue-reservations', version: 1, isValid: isReservation }) }
}
