// The embedded 政务服务 backend: serves the bundled catalogue and keeps bookings on the device.
import { validateCaseReference, validateIdDocument, validateName, validatePhone } from '@/core/validators'
import { checkBooking, nextBookingReference, slotAvailability, type BookingCheck } from '@/core/booking'
import { zoneById } from '@/zones'
import { BackendError } from '../errors'
import type { UserRecords } from '../storage/records'
import type {
  Booking,
  BookingRequest,
  Bundle,
  CaseRecord,
  Department,
  Hall,
  ServiceItem,
  ServiceSummary,
  Theme
} from '@/core/gov-services/types'
import type { GovApi } from '../types'
import type { OnlineChannel, SituationGroup } from '@/core/gov-services/types'
import { availableInZone } from '@/core/gov-services/zone-scope'
import type { Locale } from '@/core/domain'

export interface GovDataset {
  services: ServiceItem[]
  departments: Department[]
  themes: Theme[]
  halls: Hall[]
  bundles: Bundle[]
  cases: CaseRecord[]
  /** 情形: matters held as several items */
  situations: SituationGroup[]
  /** the online channels guides open, by name in an item's onlineChannels */
  channels: OnlineChannel[]
}

interface Options {
  records: Pick<UserRecords, 'bookings'>
  datasets: Record<Locale, GovDataset>
  now: () => number
}

/** the item's 情形 id, when it is one situation of a matter */
const situationField = (serviceId: string, group: SituationGroup | undefined) => {
  const situation = group?.situations.find((s) => s.serviceId === serviceId)?.id
  return situation ? { situation } : {}
}

export function embeddedGovApi({ records, datasets, now }: Options): GovApi {
  const index = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x]))
  const lookups = (locale: Locale) => {
    const d = datasets[locale]
    return {
      d,
      services: index(d.services),
      departments: index(d.departments),
      halls: index(d.halls),
      bundles: index(d.bundles),
      themes: index(d.themes),
      channels: new Map(d.channels.map((c) => [c.name, c])),
      situationOf: new Map(d.situations.flatMap((g) => g.situations.map((s) => [s.serviceId, g] as const)))
    }
  }
  const cache = new Map<Locale, ReturnType<typeof lookups>>()
  const of = (locale: Locale) => {
    let l = cache.get(locale)
    if (!l) cache.set(locale, (l = lookups(locale)))
    return l
  }

  const summary = (s: ServiceItem, locale: Locale): ServiceSummary => ({
    id: s.id,
    name: s.name,
    departmentName: of(locale).departments.get(s.departmentId)?.name ?? '',
    audience: s.audience,
    featured: s.featured,
    crossCity: s.crossCity,
    crossBorder: s.crossBorder,
    bookable: s.bookable,
    promisedDays: s.promisedDays,
    visits: s.visits,
    ...situationField(s.id, of(locale).situationOf.get(s.id))
  })

  const need = <T>(x: T | undefined, reason: string): T => {
    if (x === undefined) throw new BackendError('not_found', reason)
    return x
  }

  const invalid = (code: string): never => {
    throw new BackendError('invalid', code)
  }

  const conflict = (code: string): never => {
    throw new BackendError('conflict', code)
  }

  const refuse = (verdict: Extract<BookingCheck, { ok: false }>): never => {
    const taken = verdict.code === 'booking.slotFull' || verdict.code === 'booking.duplicatePerson'
    throw new BackendError(taken ? 'conflict' : 'invalid', verdict.code)
  }

  /**
   * A new active booking of the (validated) request, checked against the other active bookings, with an id and a
   * 预约号 no stored booking has; not yet stored. `stored` is every booking, `others` those it competes with.
   */
  const place = (request: BookingRequest, stored: Booking[], others: Booking[] = stored): Booking => {
    const l = of('zh-Hans')
    const hant = of('zh-Hant')
    const service = need(l.services.get(request.serviceId), 'service.unknown')
    const hall = need(l.halls.get(request.hallId), 'hall.unknown')
    if (!service.bookable || !service.hallIds.includes(hall.id)) invalid('booking.hallNotForService')
    const verdict = checkBooking(request, others, hall, now())
    if (!verdict.ok) refuse(verdict)
    const at = now()
    const ids = new Set(stored.map((b) => b.id))
    let n = stored.length
    const idAt = () => `BK${at.toString(36).toUpperCase()}${n.toString(36).toUpperCase()}`
    while (ids.has(idAt())) n += 1
    return {
      ...request,
      id: idAt(),
      reference: nextBookingReference(hall.id, request.date, stored),
      status: 'active',
      createdAt: at,
      serviceName: service.name,
      serviceNameHant: hant.services.get(service.id)?.name ?? service.name,
      hallName: hall.name,
      hallNameHant: hant.halls.get(hall.id)?.name ?? hall.name
    }
  }

  return {
    async listThemes(locale) {
      return datasets[locale].themes
    },
    async listDepartments(locale) {
      return datasets[locale].departments
    },
    async listServices(query, locale) {
      const zone = zoneById(query.zone)
      return datasets[locale].services
        .filter(
          (s) =>
            (query.scope === 'all' || availableInZone(s, zone)) &&
            (!query.audience || s.audience.includes(query.audience)) &&
            (!query.themeId || s.themeIds.includes(query.themeId)) &&
            (!query.departmentId || s.departmentId === query.departmentId) &&
            (!query.featured || s.featured)
        )
        .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))
        .map((s) => summary(s, locale))
    },
    async getService(id, locale) {
      const l = of(locale)
      const s = need(l.services.get(id), 'service.unknown')
      return {
        ...s,
        department: need(l.departments.get(s.departmentId), 'department.unknown'),
        halls: s.hallIds.map((h) => l.halls.get(h)).filter((h): h is Hall => h !== undefined),
        themes: s.themeIds.map((t) => l.themes.get(t)).filter((t): t is Theme => t !== undefined),
        channels: s.onlineChannels
          .map((name) => l.channels.get(name))
          .filter((c): c is OnlineChannel => c !== undefined),
        ...(l.situationOf.has(s.id) ? { situationGroup: l.situationOf.get(s.id) } : {})
      }
    },
    async listBundles(locale) {
      return datasets[locale].bundles
    },
    async getBundle(id, locale) {
      const l = of(locale)
      const bundle = need(l.bundles.get(id), 'bundle.unknown')
      return {
        ...bundle,
        services: bundle.steps.map((step) => summary(need(l.services.get(step.serviceId), 'service.unknown'), locale))
      }
    },
    async getHall(id, locale) {
      const l = of(locale)
      const hall = need(l.halls.get(id), 'hall.unknown')
      return { ...hall, services: l.d.services.filter((s) => s.hallIds.includes(id)).map((s) => summary(s, locale)) }
    },
    async getAvailability(hallId, date) {
      const hall = need(of('zh-Hans').halls.get(hallId), 'hall.unknown')
      return slotAvailability(hall, date, records.bookings.all())
    },
    async book(request) {
      const existing = records.bookings.all()
      // the same form submitted again (a retry, a double tap) gets the booking it already made
      const repeat = existing.find((b) => b.idempotencyKey === request.idempotencyKey)
      if (repeat) return repeat

      const name = validateName(request.name)
      if (!name.ok) invalid(name.code)
      const id = validateIdDocument(request.idType, request.idNumber)
      if (!id.ok) invalid(id.code)
      const phone = validatePhone(request.phoneRegion, request.phone)
      if (!phone.ok) invalid(phone.code)
      const booking = place(
        {
          ...request,
          name: name.ok ? name.value : '',
          idNumber: id.ok ? id.value : '',
          phone: phone.ok ? phone.value : ''
        },
        existing
      )
      records.bookings.write([booking, ...existing])
      return booking
    },
    async listBookings() {
      return records.bookings.all()
    },
    async getBooking(id) {
      return need(
        records.bookings.all().find((b) => b.id === id),
        'booking.unknown'
      )
    },
    async cancelBooking(id) {
      const all = records.bookings.all()
      const booking = need(
        all.find((b) => b.id === id),
        'booking.unknown'
      )
      // cancelling again answers the same; a booking already moved elsewhere is not this one to cancel
      if (booking.status === 'cancelled') return booking
      if (booking.status !== 'active') conflict('booking.notActive')
      const cancelled: Booking = { ...booking, status: 'cancelled' }
      records.bookings.write(all.map((b) => (b.id === id ? cancelled : b)))
      return cancelled
    },
    async rescheduleBooking(id, request) {
      const all = records.bookings.all()
      const repeat = all.find((b) => b.idempotencyKey === request.idempotencyKey)
      if (repeat) {
        if (repeat.rescheduledFrom !== id) invalid('booking.idempotencyKey')
        return repeat
      }
      const old = need(
        all.find((b) => b.id === id),
        'booking.unknown'
      )
      if (old.status !== 'active') conflict('booking.notActive')
      // the new place is checked as if the old one were already given up (the person may move within the day),
      // and written in the same write that gives the old one up: nothing in between can lose both
      const { serviceId, name, idType, idNumber, phoneRegion, phone } = old
      const { idempotencyKey, hallId, date, slot } = request
      const moved = place(
        { idempotencyKey, serviceId, hallId, date, slot, name, idType, idNumber, phoneRegion, phone },
        all,
        all.filter((b) => b.id !== id)
      )
      const next: Booking = { ...moved, rescheduledFrom: old.id }
      const given: Booking = { ...old, status: 'rescheduled', rescheduledTo: next.id }
      records.bookings.write([next, ...all.map((b) => (b.id === id ? given : b))])
      return next
    },
    async findCase(reference, locale) {
      const ref = validateCaseReference(reference)
      if (!ref.ok) invalid(ref.code)
      const found = need(
        datasets[locale].cases.find((c) => ref.ok && c.reference === ref.value),
        'case.unknown'
      )
      return { ...found, serviceName: of(locale).services.get(found.serviceId)?.name }
    }
  }
}
