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
import type { Applicant } from '@/core/applications'
import {
  APPLICANT,
  appealRequest,
  applicationRequest,
  bookingRequest,
  COMPANY,
  reservationRequest,
  SAVED_ITEM
} from '../server/requests'

// every optional field there, so each is seen to arrive; the values themselves are the server tests' own
const booking = bookingRequest({ idempotencyKey: 'k1' })
const appeal = appealRequest({
  idempotencyKey: 'a1',
  classifiedBy: 'hand',
  location: { city: 'jiangmen', district: 'pengjiang', address: '北街市场门口', latitude: 22.6, longitude: 113.1 },
  photos: [{ path: 'wxfile://a.jpg', size: 3 }],
  enterprise: COMPANY,
  confidential: true,
  subscriptions: ['tpl-1']
})
const application = applicationRequest({
  idempotencyKey: 'p1',
  formVersion: 2,
  applicant: { ...APPLICANT, company: COMPANY },
  answers: { insurance: 'insurance-1', updatedAt: 'an answer may be named anything' },
  attachments: { proof: [{ path: 'wxfile://a.pdf', size: 3, name: '证明.pdf' }] },
  subscriptions: ['tpl-2']
})
const reservation = reservationRequest({ idempotencyKey: 'v1' })
const item = SAVED_ITEM

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
  const person: Applicant = { ...application.applicant }
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
