// 文化生活 on the query layer: the venues and events, a venue's slots, the user's reservations, and the outbox every
// reservation goes through (exactly once by its idempotency key, offline too). A change invalidates what it changes.
import { cultureBackend } from '@/backend/culture'
import type { CultureApi } from '@/backend/types'
import type { Reservation, ReservationRequest } from '@/core/tourism/culture-types'
import { newIdempotencyKey } from '@/core/idempotency-key'
import { invalidating, useQuery } from '@/components/query'
import { isOnline, onNetworkChange } from '@/platform/network'
import { pageUrl } from '@/routes'
import { createOutbox, type SendOutcome } from '@/stores/outbox'
import type { SavedSource } from './api'
import { tourismModule } from './module'
import { useReserveDrafts } from './reserve-store'

const SCOPES = {
  venues: 'tourism.venues',
  venue: 'tourism.venue',
  events: 'tourism.events',
  event: 'tourism.event',
  slots: 'tourism.slots',
  reservations: 'tourism.reservations',
  reservation: 'tourism.reservation'
} as const
const reference = { reference: true }
/** booking or cancelling changes the list, the receipt and the places left */
const CHANGED = [SCOPES.reservations, SCOPES.reservation, SCOPES.slots]

export const cultureApi: CultureApi = {
  ...cultureBackend,
  reserve: (request) => invalidating(CHANGED, cultureBackend.reserve(request)),
  cancelReservation: (id) => invalidating(CHANGED, cultureBackend.cancelReservation(id))
}

export const useVenues = () => useQuery([SCOPES.venues], (locale) => cultureApi.listVenues(locale), reference)
export const useVenue = (id: string) =>
  useQuery(id ? [SCOPES.venue, id] : null, (locale) => cultureApi.getVenue(id, locale), reference)
export const useEvents = () => useQuery([SCOPES.events], (locale) => cultureApi.listEvents(locale), reference)
export const useEvent = (id: string) =>
  useQuery([SCOPES.event, id], (locale) => cultureApi.getEvent(id, locale), reference)

/** the places left per slot of a venue's day; nothing to load until a day is chosen */
export const useVenueSlots = (venueId: string, date: string) =>
  useQuery(venueId && date ? [SCOPES.slots, venueId, date] : null, () => cultureApi.getVenueSlots(venueId, date))

export const useReservations = () => useQuery([SCOPES.reservations], () => cultureApi.listReservations())
export const useReservation = (id: string) =>
  useQuery(id ? [SCOPES.reservation, id] : null, () => cultureApi.getReservation(id))

export const EVENT_SOURCE: SavedSource = {
  module: tourismModule.id,
  kind: 'event',
  title: async (id, locale) => (await cultureBackend.getEvent(id, locale)).title,
  route: (id) => pageUrl('tourism', 'event', { id })
}

export const VENUE_SOURCE: SavedSource = {
  module: tourismModule.id,
  kind: 'venue',
  title: async (id, locale) => (await cultureBackend.getVenue(id, locale)).name,
  route: (id) => pageUrl('tourism', 'venue', { id })
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

export const reservationOutbox = createOutbox<ReservationRequest, Reservation>({
  name: 'wst:venue-reservation-outbox',
  isRequest: (x): x is ReservationRequest =>
    isObject(x) &&
    typeof x.idempotencyKey === 'string' &&
    typeof x.venueId === 'string' &&
    typeof x.date === 'string' &&
    typeof x.slot === 'string' &&
    Array.isArray(x.visitors),
  submit: (request) => cultureApi.reserve(request),
  isOnline,
  onNetworkChange,
  offlineReason: 'tourism.reserve.offline'
})

/**
 * Sends the form through the outbox. The draft goes once the outbox holds the request (sent, or queued to be sent
 * when the network is back: the queued request is the draft then); a refusal keeps the draft under a new key, so
 * the corrected form is a new request.
 */
export async function sendReservation(
  request: ReservationRequest
): Promise<SendOutcome<Reservation> | { kind: 'taken' }> {
  const drafts = useReserveDrafts.getState()
  const outcome = await reservationOutbox.send(request)
  if (outcome.kind === 'refused') drafts.update(request.venueId, { idempotencyKey: newIdempotencyKey() })
  else drafts.discard(request.venueId)
  return outcome
}
