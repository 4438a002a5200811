// The request bodies the server's and the HTTP backend's tests send, one copy each: a resident's booking at the first
// bookable service's hall, an appeal about 占道经营 outside 北街市场, a 社保查询 application by 陈晓明, a venue
// reservation and a saved item; each builder takes the fields a test changes (the idempotency key, subscriptions,
// photos, the location …) and keeps the rest. And `caller`, the JSON call the server tests make. Nothing here starts a
// server or opens a database, so tests of the client alone may use it too.
import { bookingWindow } from '@/core/booking'
import { mainlandIdCheckChar } from '@/core/validators'
import { govDatasets } from '@/backend/embedded/gov-data'
import type { AppealRequest } from '@/core/appeals/types'
import type { Applicant, ApplicationRequest } from '@/core/applications'
import type { SavedItem } from '@/core/domain'
import type { BookingRequest } from '@/core/gov-services/types'
import type { ReservationRequest } from '@/core/tourism/culture-types'

/** Monday 23 November 2026, 08:00 in Jiangmen: the tests' business clock, and the day bookings are made on */
export const MONDAY = Date.parse('2026-11-23T08:00:00+08:00')

/** a mainland ID number of 1 January 1990 whose check character is right, told apart by `seq` (three digits) */
export const validId = (seq: string) => {
  const first17 = `44070319900101${seq}`
  return first17 + mainlandIdCheckChar(first17)
}

const freshKey = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2)}`

/** the first bookable service that has a hall, and its first hall */
export const bookable = govDatasets['zh-Hans'].services.find((s) => s.bookable && s.hallIds.length > 0)!
export const bookableHall = govDatasets['zh-Hans'].halls.find((h) => h.id === bookable.hallIds[0])!

/** 陈小明's booking of `bookable` at `bookableHall`, its first slot of the first bookable day after MONDAY */
export const bookingRequest = (patch: Partial<BookingRequest> = {}): BookingRequest => ({
  idempotencyKey: freshKey('booking'),
  serviceId: bookable.id,
  hallId: bookableHall.id,
  date: bookingWindow(MONDAY)[0],
  slot: bookableHall.slots[0],
  name: '陈小明',
  idType: 'mainland',
  idNumber: validId('123'),
  phoneRegion: 'cn',
  phone: '13800138000',
  ...patch
})

/** the company of an enterprise appeal and of a legal person's application; its credit code is valid */
export const COMPANY = { name: '江门市示例贸易有限公司', creditCode: '91440700MA4UQ2XX3Q' }

export const APPEAL_CONTENT = '蓬江区北街市场门口每天早上都有人乱摆卖，把人行道全占满了，请城管来管一管。'

/** 陈大明's personal complaint (占道经营, routed to jm-urban), not urgent, not confidential, no photos */
export const appealRequest = <P extends Partial<AppealRequest>>(patch: P = {} as P): AppealRequest & P => ({
  idempotencyKey: freshKey('appeal'),
  zone: 'jiangmen',
  type: 'complaint',
  channel: 'personal',
  urgent: false,
  categoryCode: '010101',
  tags: ['占道经营'],
  content: APPEAL_CONTENT,
  location: { city: 'jiangmen', district: 'pengjiang', address: '北街市场门口' },
  photos: [],
  contact: { name: '陈大明', phoneRegion: 'cn', phone: '13800138000' },
  confidential: false,
  subscriptions: [],
  ...patch
})

export const APPLICANT: Applicant = {
  name: '陈晓明',
  idType: 'mainland',
  idNumber: validId('123'),
  phoneRegion: 'cn',
  phone: '13800138000'
}

/** 陈晓明's 社保查询 (gov-services/svc-0001, form version 1, decided by the social-insurance department) */
export const applicationRequest = <P extends Partial<ApplicationRequest>>(
  patch: P = {} as P
): ApplicationRequest & P => ({
  idempotencyKey: freshKey('app'),
  matterId: 'gov-services/svc-0001',
  formVersion: 1,
  zone: 'jiangmen',
  applicant: { ...APPLICANT },
  answers: { insurance: 'insurance-1', from: '2020-01', to: '2026-10', purpose: 'purpose-1' },
  attachments: {},
  subscriptions: [],
  ...patch
})

/** 李小红's request of a form's matter with nothing answered, for records a test stores straight into the database */
export const storedApplicationRequest = (
  n: number,
  form: { matterId: string; version: number }
): ApplicationRequest => ({
  idempotencyKey: `stored-${n}`,
  matterId: form.matterId,
  formVersion: form.version,
  zone: 'jiangmen',
  applicant: { name: '李小红', idType: 'mainland', idNumber: validId('456'), phoneRegion: 'cn', phone: '13900139000' },
  answers: {},
  attachments: {}
})

/** one visitor's reservation at 梁启超故居纪念馆 the day after MONDAY */
export const reservationRequest = (patch: Partial<ReservationRequest> = {}): ReservationRequest => ({
  idempotencyKey: freshKey('reservation'),
  venueId: 'liang-qichao-memorial',
  date: '2026-11-24',
  slot: '10:00-11:00',
  visitors: [{ name: '陈一', idType: 'mainland', idNumber: validId('200') }],
  phoneRegion: 'cn',
  phone: '13800138000',
  ...patch
})

/** a 政务服务 service as a favourite or a history entry */
export const SAVED_ITEM: SavedItem = {
  module: 'gov-services',
  kind: 'service',
  id: 'svc-0001',
  title: '社保',
  titleHant: '社保',
  route: '/x',
  at: 1
}

export type Call = { status: number; body: any }

/**
 * `call(method, path, token?, body?, key?)` on the server `server()` names at the time: the body as JSON, the answer
 * parsed (null when it has none). The Idempotency-Key header is `key`; without one, a POST sends its body's
 * idempotencyKey or a fresh key, unless `autoKey` is false (then no header at all).
 */
export function caller(server: () => { url: string }, { autoKey = true }: { autoKey?: boolean } = {}) {
  return async function call(
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    key?: string
  ): Promise<Call> {
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `Bearer ${token}`
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    const bodyKey = (body as { idempotencyKey?: string } | undefined)?.idempotencyKey
    const idempotencyKey = key ?? (autoKey && method === 'POST' ? (bodyKey ?? freshKey('k')) : undefined)
    if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey
    const res = await fetch(server().url + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }
}
