// The bodies the HTTP backend sends: the contract's fields (docs/api.md) and nothing else, whatever the page handed
// over (a draft's `updatedAt`, a saved item's extra keys). The server refuses a body with a field the contract does
// not have, so each list names every field of its type (the compiler holds it to the type) and only those leave.
import type { AppealLocation, AppealPhoto, AppealRequest } from '@/core/appeals/types'
import type { RoutingInput } from '@/core/appeals/routing'
import type { Applicant, ApplicationRequest, Attachment } from '@/core/applications'
import type { SavedItem } from '@/core/domain'
import type { BookingRequest, RescheduleRequest } from '@/core/gov-services/types'
import type { ReservationRequest, Visitor } from '@/core/tourism/culture-types'
import type { LoginCode } from '@/platform/login'
import type { Amendment, MatchRequest } from '../types'

/** every key of T, each once: a missing one or one T does not have is a type error */
type Fields<T> = { readonly [K in keyof Required<T>]: true }

const fields = <T>(all: Fields<T>) => Object.keys(all) as (keyof T & string)[]

/** the listed fields of `value` that are set */
function pick<T>(value: T, keys: readonly (keyof T & string)[]): T {
  const out: Partial<T> = {}
  for (const k of keys) if (value[k] !== undefined) out[k] = value[k]
  return out as T
}

const BOOKING = fields<BookingRequest>({
  idempotencyKey: true,
  serviceId: true,
  hallId: true,
  date: true,
  slot: true,
  name: true,
  idType: true,
  idNumber: true,
  phoneRegion: true,
  phone: true
})
const RESCHEDULE = fields<RescheduleRequest>({ idempotencyKey: true, hallId: true, date: true, slot: true })
const SAVED_ITEM = fields<SavedItem>({
  module: true,
  kind: true,
  id: true,
  title: true,
  titleHant: true,
  route: true,
  at: true
})
const VISITOR = fields<Visitor>({ name: true, idType: true, idNumber: true })
const RESERVATION = fields<ReservationRequest>({
  idempotencyKey: true,
  venueId: true,
  date: true,
  slot: true,
  visitors: true,
  phoneRegion: true,
  phone: true
})
const ROUTING = fields<RoutingInput>({ text: true, tags: true, categoryCode: true, city: true, district: true })
const LOCATION = fields<AppealLocation>({ city: true, district: true, address: true, latitude: true, longitude: true })
const PHOTO = fields<AppealPhoto>({ path: true, size: true })
const APPEAL = fields<AppealRequest>({
  idempotencyKey: true,
  zone: true,
  type: true,
  channel: true,
  urgent: true,
  categoryCode: true,
  tags: true,
  classifiedBy: true,
  content: true,
  location: true,
  photos: true,
  contact: true,
  enterprise: true,
  confidential: true,
  subscriptions: true
})
const CONTACT = fields<AppealRequest['contact']>({ name: true, phoneRegion: true, phone: true })
const ENTERPRISE = fields<NonNullable<AppealRequest['enterprise']>>({ name: true, creditCode: true })
const APPLICANT = fields<Applicant>({
  name: true,
  idType: true,
  idNumber: true,
  phoneRegion: true,
  phone: true,
  company: true
})
const COMPANY = fields<NonNullable<Applicant['company']>>({ name: true, creditCode: true })
const ATTACHMENT = fields<Attachment>({ path: true, size: true, name: true })
const APPLICATION = fields<ApplicationRequest>({
  idempotencyKey: true,
  matterId: true,
  formVersion: true,
  zone: true,
  applicant: true,
  answers: true,
  attachments: true,
  subscriptions: true
})
const LOGIN = fields<LoginCode>({ provider: true, code: true })

const pages = (attachments: Record<string, Attachment[]>): Record<string, Attachment[]> =>
  Object.fromEntries(Object.entries(attachments).map(([id, list]) => [id, list.map((a) => pick(a, ATTACHMENT))]))

export const bookingBody = (r: BookingRequest): BookingRequest => pick(r, BOOKING)

export const rescheduleBody = (r: RescheduleRequest): RescheduleRequest => pick(r, RESCHEDULE)

export const savedItemBody = (item: SavedItem): SavedItem => pick(item, SAVED_ITEM)

export const reservationBody = (r: ReservationRequest): ReservationRequest => ({
  ...pick(r, RESERVATION),
  visitors: r.visitors.map((v) => pick(v, VISITOR))
})

export const routingBody = (input: RoutingInput): RoutingInput => pick(input, ROUTING)

export const appealBody = (r: AppealRequest): AppealRequest => ({
  ...pick(r, APPEAL),
  location: pick(r.location, LOCATION),
  photos: r.photos.map((p) => pick(p, PHOTO)),
  contact: pick(r.contact, CONTACT),
  ...(r.enterprise ? { enterprise: pick(r.enterprise, ENTERPRISE) } : {})
})

export const applicationBody = (r: ApplicationRequest): ApplicationRequest => ({
  ...pick(r, APPLICATION),
  applicant: {
    ...pick(r.applicant, APPLICANT),
    ...(r.applicant.company ? { company: pick(r.applicant.company, COMPANY) } : {})
  },
  attachments: pages(r.attachments)
})

export const amendmentBody = (a: Amendment): Amendment => ({ answers: a.answers, attachments: pages(a.attachments) })

/** a rating: the level, and the reason when there is one */
export const ratingBody = (level: number, reason?: string) => (reason === undefined ? { level } : { level, reason })

export const matchBody = (r: MatchRequest): MatchRequest => ({ profile: r.profile, cities: r.cities })

export const loginBody = (code: LoginCode): LoginCode => pick(code, LOGIN)
