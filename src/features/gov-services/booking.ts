// Sending a booking (预约办理), and moving it (改约). The draft's idempotency key makes a resend after a lost answer book once;
// a refusal (a full slot, a wrong field) gets the draft a new key, so the corrected form is a new booking.
import type { Booking, BookingRequest } from '@/core/gov-services/types'
import { isRefusal } from '@/backend/errors'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { govApi } from './api'
import { useBookingDrafts, type BookingDraft } from './store'

/** books the service with what the form holds; the draft goes once the booking is made */
export async function bookService(serviceId: string, draft: BookingDraft): Promise<Booking> {
  const drafts = useBookingDrafts.getState()
  try {
    const booking = await govApi.book({ ...draft, serviceId })
    drafts.discard(serviceId)
    return booking
  } catch (e) {
    if (isRefusal(e)) drafts.update(serviceId, { idempotencyKey: newIdempotencyKey() })
    throw e
  }
}

/** where and when a booking moves to (改约) */
export type Visit = Pick<BookingRequest, 'hallId' | 'date' | 'slot'>

/** the message key of what is missing or wrong in a 改约 choice, before anything is sent; undefined when it can go */
export function rescheduleProblem(
  booking: Booking,
  visit: Visit
): { field: 'hallId' | 'slot'; key: string } | undefined {
  if (!visit.hallId) return { field: 'hallId', key: 'gov.booking.chooseHall' }
  if (!visit.date || !visit.slot) return { field: 'slot', key: 'gov.booking.chooseSlot' }
  if (visit.hallId === booking.hallId && visit.date === booking.date && visit.slot === booking.slot)
    return { field: 'slot', key: 'gov.receipt.rescheduleSame' }
  return undefined
}

/**
 * 改约 under the attempt's idempotency key: a resend after a lost answer moves it once. The backend holds the new
 * place before it lets the old one go, so a refusal (a slot taken meanwhile) leaves the booking as it was.
 */
export function rescheduleBooking(booking: Booking, visit: Visit, idempotencyKey: string): Promise<Booking> {
  return govApi.rescheduleBooking(booking.id, { idempotencyKey, ...visit })
}
