// Bookings for the booking pages' tests, made through the embedded backend itself (the code that runs on the
// device), so what is in device storage always has the shape the app reads. Booked for the first working day of
// the window at the real now, so the app can act on them.
import { createEmbeddedBackend } from '@/backend/embedded'
import { appealsDatasets, toSimplified } from '@/backend/embedded/appeals-data'
import { govDatasets } from '@/backend/embedded/gov-data'
import { memoryStorage } from '@/backend/storage/key-value'
import { bookingWindow } from '@/core/booking'
import type { Booking, BookingRequest } from '@/core/gov-services/types'

/** 居民身份证换领 at 江门市行政服务中心 (hall-0001), by 陈小明 with a valid mainland ID */
export function bookingRequest(overrides: Partial<BookingRequest> = {}, now = Date.now()): BookingRequest {
  const hall = govDatasets['zh-Hans'].halls.find((h) => h.id === 'hall-0001')!
  return {
    idempotencyKey: `seed-${Math.random().toString(36).slice(2, 10)}`,
    serviceId: 'svc-0004',
    hallId: hall.id,
    date: bookingWindow(now)[0],
    slot: hall.slots[0],
    name: '陈小明',
    idType: 'mainland',
    idNumber: '11010519491231002X',
    phoneRegion: 'cn',
    phone: '13800138000',
    ...overrides
  }
}

/** device storage holding the bookings, and the bookings as the backend made them */
export async function seedBookings(
  requests: Partial<BookingRequest>[],
  now = Date.now()
): Promise<{ storage: Record<string, unknown>; bookings: Booking[] }> {
  const storage = memoryStorage()
  const backend = createEmbeddedBackend(
    storage,
    { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
    () => now
  )
  const bookings: Booking[] = []
  for (const r of requests) bookings.push(await backend.gov.book(bookingRequest(r, now)))
  return { storage: storage.dump(), bookings }
}

/** the bookings in device storage, as the embedded backend keeps them */
export function storedBookings(device: Map<string, unknown>): Booking[] {
  const raw = device.get('wst:bookings')
  const envelope = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { items?: Booking[] } | undefined
  return envelope?.items ?? []
}
