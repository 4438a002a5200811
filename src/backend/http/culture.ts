import type { SlotAvailability } from '@/core/gov-services/types'
import type { CultureEvent, CultureVenue, Reservation } from '@/core/tourism/culture-types'
import type { CultureApi } from '../types'
import { reservationBody } from './bodies'
import { createHttpClient, type ClientOptions } from './client'

export function httpCultureApi(options: ClientOptions): CultureApi {
  const call = createHttpClient(options)
  const enc = encodeURIComponent
  return {
    listVenues: (locale) => call<CultureVenue[]>('GET', '/culture/venues', { query: { locale } }),
    getVenue: (id, locale) => call<CultureVenue>('GET', `/culture/venues/${enc(id)}`, { query: { locale } }),
    listEvents: (locale) => call<CultureEvent[]>('GET', '/culture/events', { query: { locale } }),
    getEvent: (id, locale) => call<CultureEvent>('GET', `/culture/events/${enc(id)}`, { query: { locale } }),
    getVenueSlots: (venueId, date) =>
      call<SlotAvailability[]>('GET', `/culture/venues/${enc(venueId)}/slots`, { query: { date } }),
    reserve: (request) =>
      call<Reservation>('POST', '/me/venue-reservations', {
        body: reservationBody(request),
        idempotencyKey: request.idempotencyKey
      }),
    listReservations: () => call<Reservation[]>('GET', '/me/venue-reservations'),
    getReservation: (id) => call<Reservation>('GET', `/me/venue-reservations/${enc(id)}`),
    // cancelling twice leaves it cancelled, so the POST is safe to retry under the reservation's own key
    cancelReservation: (id) =>
      call<Reservation>('POST', `/me/venue-reservations/${enc(id)}/cancel`, { idempotencyKey: `cancel:${id}` })
  }
}
