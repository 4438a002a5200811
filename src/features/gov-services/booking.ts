// Sending a booking (预约办理). The draft's idempotency key makes a resend after a lost answer book once;
// a refusal (a full slot, a wrong field) gets the draft a new key, so the corrected form is a new booking.
import type { Booking } from '@/core/gov-services/types'
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
