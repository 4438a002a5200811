import type {
  Booking,
  Bundle,
  BundleDetail,
  CaseRecord,
  Department,
  HallDetail,
  ServiceGuide,
  ServiceSummary,
  SlotAvailability,
  Theme
} from '@/core/gov-services/types'
import type { GovApi } from '../types'
import { bookingBody, rescheduleBody } from './bodies'
import { createHttpClient, type ClientOptions } from './client'

export function httpGovApi(options: ClientOptions): GovApi {
  const call = createHttpClient(options)
  const enc = encodeURIComponent
  return {
    listThemes: (locale) => call<Theme[]>('GET', '/gov/themes', { query: { locale } }),
    listDepartments: (locale) => call<Department[]>('GET', '/gov/departments', { query: { locale } }),
    listServices: (query, locale) => call<ServiceSummary[]>('GET', '/gov/services', { query: { ...query, locale } }),
    getService: (id, locale) => call<ServiceGuide>('GET', `/gov/services/${enc(id)}`, { query: { locale } }),
    listBundles: (locale) => call<Bundle[]>('GET', '/gov/bundles', { query: { locale } }),
    getBundle: (id, locale) => call<BundleDetail>('GET', `/gov/bundles/${enc(id)}`, { query: { locale } }),
    getHall: (id, locale) => call<HallDetail>('GET', `/gov/halls/${enc(id)}`, { query: { locale } }),
    getAvailability: (hallId, date) =>
      call<SlotAvailability[]>('GET', `/gov/halls/${enc(hallId)}/availability`, { query: { date } }),
    book: (request) =>
      call<Booking>('POST', '/me/bookings', { body: bookingBody(request), idempotencyKey: request.idempotencyKey }),
    listBookings: () => call<Booking[]>('GET', '/me/bookings'),
    getBooking: (id) => call<Booking>('GET', `/me/bookings/${enc(id)}`),
    // cancelling twice leaves it cancelled, so the POST is safe to retry under the booking's own key
    cancelBooking: (id) => call<Booking>('POST', `/me/bookings/${enc(id)}/cancel`, { idempotencyKey: `cancel:${id}` }),
    rescheduleBooking: (id, request) =>
      call<Booking>('POST', `/me/bookings/${enc(id)}/reschedule`, {
        body: rescheduleBody(request),
        idempotencyKey: request.idempotencyKey
      }),
    findCase: (reference, locale) => call<CaseRecord>('GET', `/gov/cases/${enc(reference)}`, { query: { locale } })
  }
}
