/**
 * @jest-environment node
 */
// The HTTP backend sends the contract's fields and nothing else (src/backend/http/bodies.ts): whatever a page adds to
// a request (a draft's updatedAt, a field of a newer form), at the top or inside a nested object, stays on the
// device, and every contract field arrives as it was given.
import fc from 'fast-check'
import {
  amendmentBody,
  appealBody,
  applicationBody,
  bookingBody,
  loginBody,
  matchBody,
  ratingBody,
  rescheduleBody,
  reservationBody,
  routingBody,
  savedItemBody
} from '@/backend/http/bodies'
import { httpGovApi } from '@/backend/http/gov'
import type { HttpRequest } from '@/backend/http/client'
import type { AppealRequest } from '@/core/appeals/types'
import type { ApplicationRequest } from '@/core/applications'

const booking = {
  idempotencyKey: 'k1',
  serviceId: 'svc-0001',
  hallId: 'jm-center',
  date: '2026-12-02',
  slot: '09:00-09:30',
  name: '陈小明',
  idType: 'mainland' as const,
  idNumber: '440703199001011234',
  phoneRegion: 'cn' as const,
  phone: '13800138000'
}
const appeal: AppealRequest = {
  idempotencyKey: 'a1',
  zone: 'jiangmen',
  type: 'complaint',
  channel: 'personal',
  urgent: false,
  categoryCode: '010101',
  tags: ['占道经营'],
  classifiedBy: 'hand',
  content: '蓬江区北街市场门口每天早上都有人乱摆卖。',
  location: { city: 'jiangmen', district: 'pengjiang', address: '北街市场门口', latitude: 22.6, longitude: 113.1 },
  photos: [{ path: 'wxfile://a.jpg', size: 3 }],
  contact: { name: '陈大明', phoneRegion: 'cn', phone: '13800138000' },
  enterprise: { name: '江门市示例贸易有限公司', creditCode: '91440700MA4UQ2XX3Q' },
  confidential: true,
  subscriptions: ['tpl-1']
}
const application: ApplicationRequest = {
  idempotencyKey: 'p1',
  matterId: 'gov-services/svc-0001',
  formVersion: 2,
  zone: 'jiangmen',
  applicant: {
    name: '陈晓明',
    idType: 'mainland',
    idNumber: '440703199001011234',
    phoneRegion: 'cn',
    phone: '13800138000',
    company: { name: '江门市示例贸易有限公司', creditCode: '91440700MA4UQ2XX3Q' }
  },
  answers: { insurance: 'insurance-1', updatedAt: 'an answer may be named anything' },
  attachments: { proof: [{ path: 'wxfile://a.pdf', size: 3, name: '证明.pdf' }] },
  subscriptions: ['tpl-2']
}
const reservation = {
  idempotencyKey: 'v1',
  venueId: 'liang-qichao-memorial',
  date: '2026-12-08',
  slot: '10:00-11:00',
  visitors: [{ name: '陈一', idType: 'mainland' as const, idNumber: '440703199001011234' }],
  phoneRegion: 'cn' as const,
  phone: '13800138000'
}
const item = {
  module: 'gov-services',
  kind: 'service',
  id: 'svc-0001',
  title: '社保',
  titleHant: '社保',
  route: '/x',
  at: 1
}

/** a name no contract has (so it can be told apart from the fields) and any JSON value */
const extras = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }).map((s) => `x-${s}`),
  fc.jsonValue(),
  { minKeys: 1, maxKeys: 4 }
)
const plus = <T extends object>(value: T, extra: object): T => ({ ...value, ...extra })

test('a page’s extra keys, at the top or nested, never leave the device; every contract field does', () => {
  fc.assert(
    fc.property(extras, (extra) => {
      expect(bookingBody(plus(booking, extra))).toEqual(booking)
      expect(rescheduleBody(plus({ idempotencyKey: 'm', hallId: 'h', date: 'd', slot: 's' }, extra))).toEqual({
        idempotencyKey: 'm',
        hallId: 'h',
        date: 'd',
        slot: 's'
      })
      expect(savedItemBody(plus(item, extra))).toEqual(item)
      expect(
        reservationBody(plus({ ...reservation, visitors: reservation.visitors.map((v) => plus(v, extra)) }, extra))
      ).toEqual(reservation)
      const routing = { text: '乱摆卖', tags: ['占道经营'], categoryCode: '010101', city: 'jiangmen' as const }
      expect(routingBody(plus(routing, extra))).toEqual(routing)
      expect(
        appealBody(
          plus(
            {
              ...appeal,
              location: plus(appeal.location, extra),
              photos: appeal.photos.map((p) => plus(p, extra)),
              contact: plus(appeal.contact, extra),
              enterprise: plus(appeal.enterprise!, extra)
            },
            extra
          )
        )
      ).toEqual(appeal)
      const messy = {
        ...application,
        applicant: plus({ ...application.applicant, company: plus(application.applicant.company!, extra) }, extra),
        attachments: { proof: application.attachments.proof.map((a) => plus(a, extra)) }
      }
      expect(applicationBody(plus(messy, extra))).toEqual(application)
      expect(
        amendmentBody(
          plus({ answers: application.answers, attachments: messy.attachments }, extra) as Parameters<
            typeof amendmentBody
          >[0]
        )
      ).toEqual({ answers: application.answers, attachments: application.attachments })
      expect(matchBody(plus({ profile: { industry: 'equipment' }, cities: ['jiangmen' as const] }, extra))).toEqual({
        profile: { industry: 'equipment' },
        cities: ['jiangmen']
      })
      expect(loginBody(plus({ provider: 'test' as const, code: 'resident' }, extra))).toEqual({
        provider: 'test',
        code: 'resident'
      })
    })
  )
})

test('optional fields left out stay out; a rating without a reason sends its level only', () => {
  const plain: AppealRequest = { ...appeal, location: { city: 'jiangmen', address: '北街' } }
  delete plain.enterprise
  delete plain.classifiedBy
  const body = appealBody(plain)
  expect(Object.keys(body)).not.toContain('enterprise')
  expect(Object.keys(body)).not.toContain('classifiedBy')
  expect(body.location).toEqual({ city: 'jiangmen', address: '北街' })
  const person = { ...application.applicant }
  delete person.company
  expect(applicationBody({ ...application, applicant: person }).applicant).toEqual(person)
  expect(ratingBody(4)).toEqual({ level: 4 })
  expect(ratingBody(1, '太慢')).toEqual({ level: 1, reason: '太慢' })
})

test('the booking form’s draft, updatedAt and all, is sent as the contract’s BookingRequest', async () => {
  const sent: HttpRequest[] = []
  const gov = httpGovApi({
    base: 'http://127.0.0.1:1/api/v1',
    retries: 0,
    transport: async (request) => {
      sent.push(request)
      return { status: 200, body: { ...booking, id: 'B1' } }
    }
  })
  await gov.book({ ...booking, updatedAt: 1_795_000_000_000 } as typeof booking)
  expect(sent[0].body).toEqual(booking)
})
