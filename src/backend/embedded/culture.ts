// The embedded 文化生活 backend: the culture venues and events of the bundled sample data (packed at build time
// from src/data/tourism/ with the module's other files) and the user's venue reservations on the device, under
// the same rules as the production server: once per idempotency key, never past a slot's capacity, one place per
// person per slot, no booking on a closed day.
import packed from '@/generated/tourism-data.json'
import { nextBookingReference } from '@/core/booking/reference'
import { unpack, type PackedJson } from '@/core/packed-json'
import type { CultureEvent, CultureVenue, Reservation, ReservationRequest } from '@/core/tourism/culture-types'
import {
  RESERVATION_REFERENCE_PREFIX,
  checkReservation,
  venueSlots,
  type ReservationCode
} from '@/core/tourism/reservation'
import { validateIdDocument, validateName, validatePhone } from '@/core/validators'
import { BackendError } from '../errors'
import type { CultureRecords } from '../storage/culture-records'
import type { CultureApi } from '../types'
import { byId, localized } from './bundled-lists'

export interface CultureDataset {
  venues: CultureVenue[]
  events: CultureEvent[]
}

interface Options {
  records: CultureRecords
  now: () => number
  /** the venues and events; by default the bundled ones */
  dataset?: CultureDataset
}

/** a place taken (full, or the person already holds it) or a booking no longer active is a conflict; the rest is a wrong request */
const CONFLICTS: ReservationCode[] = ['tourism.reserve.slotFull', 'tourism.reserve.duplicatePerson']

export function embeddedCultureApi({ records, now, dataset }: Options): CultureApi {
  const { venues, events } = dataset ?? unpack<CultureDataset>(packed as PackedJson)
  const venuesIn = localized(venues)
  const eventsIn = localized(events)
  const venue = (id: string) => byId(venues, id, 'tourism.venues.unknown')
  const invalid = (code: string): never => {
    throw new BackendError('invalid', code)
  }

  /** the request with each name, ID number and the phone in their checked form; the first wrong one refuses it */
  const validated = (request: ReservationRequest): ReservationRequest => {
    const visitors = (Array.isArray(request.visitors) ? request.visitors : []).map((v) => {
      const name = validateName(v?.name)
      if (!name.ok) return invalid(name.code)
      const id = validateIdDocument(v.idType, v.idNumber)
      if (!id.ok) return invalid(id.code)
      return { name: name.value, idType: v.idType, idNumber: id.value }
    })
    const phone = validatePhone(request.phoneRegion, request.phone)
    if (!phone.ok) invalid(phone.code)
    return { ...request, visitors, phone: phone.ok ? phone.value : '' }
  }

  return {
    listVenues: async (locale) => venuesIn(locale),
    getVenue: async (id, locale) => byId(venuesIn(locale), id, 'tourism.venues.unknown'),
    listEvents: async (locale) => eventsIn(locale),
    getEvent: async (id, locale) => byId(eventsIn(locale), id, 'tourism.events.unknown'),
    async getVenueSlots(venueId, date) {
      return venueSlots(venue(venueId), date, records.reservations.all())
    },
    async reserve(request) {
      const existing = records.reservations.all()
      // the same form sent again (a retry, a double tap, the outbox after a lost answer) gets what it made
      const repeat = existing.find((r) => r.idempotencyKey === request.idempotencyKey)
      if (repeat) return repeat
      if (typeof request.idempotencyKey !== 'string' || !request.idempotencyKey) invalid('idempotencyKey')
      const v = venue(request.venueId)
      // the day and the slot first: a closed Monday is said before anything about the visitors
      const place = checkReservation({ ...request, visitors: [] }, existing, v, now())
      if (!place.ok && place.code !== 'tourism.reserve.partyEmpty') invalid(place.code)
      const clean = validated(request)
      const verdict = checkReservation(clean, existing, v, now())
      if (!verdict.ok) throw new BackendError(CONFLICTS.includes(verdict.code) ? 'conflict' : 'invalid', verdict.code)
      const at = now()
      const ids = new Set(existing.map((r) => r.id))
      let n = existing.length
      const idAt = () => `VR${at.toString(36).toUpperCase()}${n.toString(36).toUpperCase()}`
      while (ids.has(idAt())) n += 1
      const hant = byId(venuesIn('zh-Hant'), v.id, 'tourism.venues.unknown')
      const reservation: Reservation = {
        idempotencyKey: clean.idempotencyKey,
        venueId: v.id,
        date: clean.date,
        slot: clean.slot,
        visitors: clean.visitors,
        phoneRegion: clean.phoneRegion,
        phone: clean.phone,
        id: idAt(),
        reference: nextBookingReference(
          v.id,
          clean.date,
          existing.map((r) => ({ hallId: r.venueId, date: r.date, reference: r.reference })),
          RESERVATION_REFERENCE_PREFIX
        ),
        status: 'active',
        createdAt: at,
        venueName: v.name,
        venueNameHant: hant.name
      }
      records.reservations.write([reservation, ...existing])
      return reservation
    },
    async listReservations() {
      return records.reservations.all()
    },
    async getReservation(id) {
      return byId(records.reservations.all(), id, 'tourism.reserve.unknown')
    },
    async cancelReservation(id) {
      const all = records.reservations.all()
      const found = byId(all, id, 'tourism.reserve.unknown')
      // cancelling again answers the same; the place went back with the first cancel
      if (found.status === 'cancelled') return found
      if (found.status !== 'active') throw new BackendError('conflict', 'tourism.reserve.notActive')
      const cancelled: Reservation = { ...found, status: 'cancelled' }
      records.reservations.write(all.map((r) => (r.id === id ? cancelled : r)))
      return cancelled
    }
  }
}
