// 文化生活: the culture venues (museums, libraries, theatres, memorial halls), their events and the timed-entry
// reservations of the free venues. Pure TypeScript, no platform.
import type { District, IdType, PhoneRegion } from '../domain'

/** 博物馆 / 纪念馆 / 图书馆 / 剧场 */
export const VENUE_KINDS = ['museum', 'memorial', 'library', 'theatre'] as const
export type VenueKind = (typeof VENUE_KINDS)[number]

/** when a venue opens: weekly rest days, the day's hours and what the official calendar changes */
export interface VenueHours {
  /** 'HH:mm' */
  open: string
  close: string
  /** 最后入场 (停止入馆), 'HH:mm'; absent when entry runs to closing */
  lastEntry?: string
  /** weekdays the venue rests (0 = Sunday, 1 = Monday …), e.g. [1] for 逢周一闭馆 */
  closedWeekdays: number[]
  /** the weekly rest day does not apply on a public holiday (法定节假日照常开放) */
  openOnHolidays: boolean
  /** further closed dates, 'YYYY-MM-DD' (e.g. 除夕) */
  closedDates?: string[]
}

/** timed-entry booking (分时段预约) of a free venue */
export interface VenueReservation {
  /** 'HH:mm-HH:mm', in order */
  slots: string[]
  /** places per slot; every visitor of a party takes one */
  capacity: number
  /** how many days ahead, today included, can be booked */
  windowDays: number
  /** visitors per booking (每单最多 5 人) */
  maxParty: number
}

export interface CultureVenue {
  id: string
  name: string
  kind: VenueKind
  district: District
  address: string
  /** GCJ-02, approximate (no sourced coordinates were found) */
  latitude: number
  longitude: number
  phone: string
  hours: VenueHours
  /** the opening hours in words, as the venue announces them */
  hoursText: string
  /** 免费 / the price range */
  admission: string
  summary: string
  /** the larger venue it belongs to (江门演艺中心's halls) */
  parentId?: string
  /** present when the venue takes timed-entry bookings */
  reservation?: VenueReservation
  /** search words: other names, pinyin initials are added at build time */
  keywords?: string[]
  sample: true
}

/** 节庆 / 演出 / 展览 / 阅读活动 (library activities) */
export const EVENT_CATEGORIES = ['festival', 'performance', 'exhibition', 'library'] as const
export type EventCategory = (typeof EVENT_CATEGORIES)[number]

export interface CultureEvent {
  id: string
  title: string
  category: EventCategory
  /** the culture venue it takes place at; absent for a place elsewhere (a square, a village) */
  venueId?: string
  /** where it takes place when no venue of the list holds it */
  place?: { name: string; address: string; latitude: number; longitude: number }
  /** first day, 'YYYY-MM-DD' Beijing */
  date: string
  /** last day of a run (an exhibition, a festival); absent for one day */
  endDate?: string
  /** 'HH:mm' each day */
  start: string
  end: string
  /** 免费 / 80–380 元 … */
  price: string
  organiser: string
  /** how to take part: tickets, 免费入场, 需预约 */
  entry: string
  summary: string
  keywords?: string[]
  sample: true
}

/** a visitor of a party: named, with an identity document (实名预约) */
export interface Visitor {
  name: string
  idType: IdType
  idNumber: string
}

/** 预约参观: a party of up to maxParty visitors in one slot of a venue's day */
export interface ReservationRequest {
  /** generated once per form; the same key never books twice */
  idempotencyKey: string
  venueId: string
  /** 'YYYY-MM-DD', Beijing */
  date: string
  slot: string
  visitors: Visitor[]
  /** the contact of the party */
  phoneRegion: PhoneRegion
  phone: string
}

/** 待参观 / 已取消 */
export const RESERVATION_STATUSES = ['active', 'cancelled'] as const
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number]

export interface Reservation extends ReservationRequest {
  id: string
  /** 预约号, assigned by the backend: WL + date + venue code + sequence of that venue and day */
  reference: string
  /** ReservationStatus; a status this version does not know (a newer app's) is kept and shown as 其他状态 */
  status: string
  createdAt: number
  venueName: string
  venueNameHant: string
}
