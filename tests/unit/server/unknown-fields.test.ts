/**
 * @jest-environment node
 */
// Every write route refuses a body with a field the contract does not have (at the top or inside a nested object)
// with 400 and the route's own reason, and stores nothing: every table of the database is the same, row for row,
// after the refusal as before it. The same body without the field is accepted, so each refusal is about the field.
import { randomBytes } from 'node:crypto'
import { bookingWindow } from '@/core/booking'
import { isBackendError } from '@/backend/errors'
import { parseVisitorKeys } from '../../../server/auth/visitor-keys'
import type { Database } from '../../../server/db'
import { OFFICE_PASSWORD, serverBackend, startTestServer, testDatabase, type TestServer } from './harness'
import {
  APPLICANT,
  appealRequest,
  applicationRequest,
  bookableHall as hall,
  bookingRequest,
  caller,
  COMPANY,
  MONDAY as NOW,
  reservationRequest,
  SAVED_ITEM as item,
  validId
} from './requests'

const GATE_KEY = randomBytes(32).toString('base64url')
/** what a client might send besides the contract's fields: markup, SQL, a draft's own bookkeeping */
const EXTRA = { note: "<script>alert(1)</script>'; DROP TABLE bookings; --" }

/** every nested object a body may have is there, so each can be sent with a field too many */
const PHOTO = { path: 'data:image/jpeg;base64,AAAA', size: 3 }
const booking = (key: string) => bookingRequest({ idempotencyKey: key })
const appeal = (key: string) => appealRequest({ idempotencyKey: key, photos: [PHOTO], enterprise: COMPANY })
const application = (key: string) =>
  applicationRequest({
    idempotencyKey: key,
    applicant: { ...APPLICANT, company: COMPANY },
    attachments: { proof: [PHOTO] }
  })
const reservation = (key: string) => reservationRequest({ idempotencyKey: key })

/** every row of every table, in a stable order: equal before and after means nothing was stored or changed */
async function snapshot(db: Database): Promise<string> {
  const { rows } = await db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`
  )
  const parts: string[] = []
  for (const { table_name: table } of rows) {
    const { rows: data } = await db.query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t ORDER BY 1`)
    parts.push(table, ...data.map((d) => d.row))
  }
  return parts.join('\n')
}

let server: TestServer
let resident = ''
let center = ''
const ids = { booking: '', appeal: '', application: '' }

beforeAll(async () => {
  server = await startTestServer({ now: () => NOW, visitorKeys: parseVisitorKeys(`zili-village=${GATE_KEY}`) })
  resident = await server.login('resident')
  center = await server.officeLogin('center')
  ids.booking = (await send('POST', '/me/bookings', resident, booking('b1'), 'b1')).body.id
  ids.appeal = (await send('POST', '/me/appeals', resident, appeal('a1'), 'a1')).body.id
  ids.application = (await send('POST', '/me/applications', resident, application('p1'), 'p1')).body.id
  expect(Object.values(ids).every(Boolean)).toBe(true)
})
afterAll(() => server.close())

/** an Idempotency-Key only where a case gives one */
const send = caller(() => server, { autoKey: false })

type Who = 'none' | 'resident' | 'center' | 'gate'
/** route, who sends it, the body with a field too many, its reason, and the same body without it (accepted) */
type Case = [string, Who, () => { path: string; body: unknown; key?: string; reason: string; valid?: unknown }]

const withExtra = <T extends object>(body: T) => ({ ...body, ...EXTRA })

const CASES: Case[] = [
  [
    'POST /auth/login',
    'none',
    () => ({ path: '/auth/login', body: withExtra({ provider: 'test', code: 'mallory' }), reason: 'login.invalid' })
  ],
  [
    'POST /office/login',
    'none',
    () => ({
      path: '/office/login',
      body: withExtra({ username: 'center', password: OFFICE_PASSWORD }),
      reason: 'office.login.invalid'
    })
  ],
  [
    'POST /me/bookings (a draft’s updatedAt)',
    'resident',
    () => ({
      path: '/me/bookings',
      body: { ...booking('b2'), idNumber: validId('124'), updatedAt: NOW },
      key: 'b2',
      reason: 'booking.invalid',
      valid: { ...booking('b2'), idNumber: validId('124') }
    })
  ],
  [
    'POST /me/bookings/{id}/reschedule',
    'resident',
    () => {
      const move = { idempotencyKey: 'mv', hallId: hall.id, date: bookingWindow(NOW)[1], slot: hall.slots[0] }
      return {
        path: `/me/bookings/${ids.booking}/reschedule`,
        body: withExtra(move),
        key: 'mv',
        reason: 'booking.invalid'
      }
    }
  ],
  [
    'PUT /me/favourites/{module}/{kind}/{id}',
    'resident',
    () => ({
      path: '/me/favourites/gov-services/service/svc-0001',
      body: withExtra(item),
      reason: 'savedItem.invalid',
      valid: item
    })
  ],
  [
    'PUT /me/history/{module}/{kind}/{id}',
    'resident',
    () => ({ path: '/me/history/gov-services/service/svc-0001', body: withExtra(item), reason: 'savedItem.invalid' })
  ],
  [
    'POST /appeals/routing-proposals',
    'none',
    () => ({
      path: '/appeals/routing-proposals',
      body: withExtra({ text: '路边乱摆卖', tags: [], city: 'jiangmen' }),
      reason: 'appeal.routing.invalid'
    })
  ],
  [
    'POST /me/appeals',
    'resident',
    () => ({ path: '/me/appeals', body: withExtra(appeal('a2')), key: 'a2', reason: 'appeal.invalid' })
  ],
  [
    'POST /me/appeals (inside the location)',
    'resident',
    () => {
      const body = appeal('a2')
      return {
        path: '/me/appeals',
        body: { ...body, location: { ...body.location, floor: 3 } },
        key: 'a2',
        reason: 'appeal.invalid'
      }
    }
  ],
  [
    'POST /me/appeals (inside the contact)',
    'resident',
    () => {
      const body = appeal('a2')
      return {
        path: '/me/appeals',
        body: { ...body, contact: { ...body.contact, wechat: 'wx' } },
        key: 'a2',
        reason: 'appeal.invalid'
      }
    }
  ],
  [
    'POST /me/appeals (inside a photo)',
    'resident',
    () => {
      const body = appeal('a2')
      return {
        path: '/me/appeals',
        body: { ...body, photos: [{ ...body.photos[0], exif: 'gps' }] },
        key: 'a2',
        reason: 'appeal.invalid'
      }
    }
  ],
  [
    'POST /me/appeals (inside the enterprise)',
    'resident',
    () => {
      const body = appeal('a2')
      return {
        path: '/me/appeals',
        body: { ...body, enterprise: withExtra(body.enterprise) },
        key: 'a2',
        reason: 'appeal.invalid',
        valid: body
      }
    }
  ],
  [
    'POST /me/appeals/{id}/rating',
    'resident',
    () => ({
      path: `/me/appeals/${ids.appeal}/rating`,
      body: withExtra({ level: 5 }),
      key: 'r1',
      reason: 'appeal.command.invalid'
    })
  ],
  [
    'POST /office/appeals/{id}/events',
    'center',
    () => ({
      path: `/office/appeals/${ids.appeal}/events`,
      body: { actor: 'center', event: 'accept', unitId: 'jm-urban' },
      key: 'o1',
      reason: 'appeal.command.invalid',
      valid: { actor: 'center', event: 'accept' }
    })
  ],
  [
    'POST /office/appeals/{id}/events (a reply’s text on a dispatch)',
    'center',
    () => ({
      path: `/office/appeals/${ids.appeal}/events`,
      body: { actor: 'center', event: 'dispatch', unitId: 'jm-urban', text: '已派' },
      key: 'o2',
      reason: 'appeal.command.invalid'
    })
  ],
  [
    'POST /me/applications',
    'resident',
    () => ({
      path: '/me/applications',
      body: withExtra(application('p2')),
      key: 'p2',
      reason: 'application.command.invalid'
    })
  ],
  [
    'POST /me/applications (inside the applicant)',
    'resident',
    () => {
      const body = application('p2')
      return {
        path: '/me/applications',
        body: { ...body, applicant: withExtra(body.applicant) },
        key: 'p2',
        reason: 'application.command.invalid'
      }
    }
  ],
  [
    'POST /me/applications (inside the company)',
    'resident',
    () => {
      const body = application('p2')
      return {
        path: '/me/applications',
        body: { ...body, applicant: { ...body.applicant, company: withExtra(body.applicant.company) } },
        key: 'p2',
        reason: 'application.command.invalid'
      }
    }
  ],
  [
    'POST /me/applications (inside an attachment)',
    'resident',
    () => {
      const body = application('p2')
      return {
        path: '/me/applications',
        body: { ...body, attachments: { proof: [{ ...body.attachments.proof[0], owner: 'x' }] } },
        key: 'p2',
        reason: 'application.command.invalid',
        valid: body
      }
    }
  ],
  [
    'POST /me/applications/{id}/amendment',
    'resident',
    () => ({
      path: `/me/applications/${ids.application}/amendment`,
      body: withExtra({ answers: {}, attachments: {} }),
      key: 'am1',
      reason: 'application.command.invalid'
    })
  ],
  [
    'POST /me/applications/{id}/rating',
    'resident',
    () => ({
      path: `/me/applications/${ids.application}/rating`,
      body: withExtra({ level: 5 }),
      key: 'r2',
      reason: 'application.command.invalid'
    })
  ],
  [
    'POST /me/venue-reservations',
    'resident',
    () => ({
      path: '/me/venue-reservations',
      body: withExtra(reservation('v1')),
      key: 'v1',
      reason: 'tourism.reserve.invalid'
    })
  ],
  [
    'POST /me/venue-reservations (inside a visitor)',
    'resident',
    () => {
      const body = reservation('v1')
      return {
        path: '/me/venue-reservations',
        body: { ...body, visitors: [{ ...body.visitors[0], age: 40 }] },
        key: 'v1',
        reason: 'tourism.reserve.invalid',
        valid: body
      }
    }
  ],
  [
    'POST /investment/match',
    'resident',
    () => ({
      path: '/investment/match',
      body: withExtra({ profile: {}, cities: ['jiangmen'] }),
      reason: 'investment.match.cities'
    })
  ],
  [
    'PUT /me/subscriptions',
    'resident',
    () => ({
      path: '/me/subscriptions',
      body: withExtra({ kind: 'appeal', accepted: [] }),
      reason: 'subscription.invalid'
    })
  ],
  [
    'PUT /office/sights/{id}/visitors',
    'gate',
    () => ({
      path: '/office/sights/zili-village/visitors',
      body: withExtra({ count: 10, at: NOW }),
      reason: 'visitors.invalid',
      valid: { count: 10, at: NOW }
    })
  ]
]

const METHOD = /^(POST|PUT) /

test.each(CASES)(
  '%s: a field the contract does not have is 400 with the route’s reason; nothing is stored',
  async (route, who, make) => {
    const { path, body, key, reason, valid } = make()
    const token = { none: undefined, resident, center, gate: GATE_KEY }[who]
    const method = METHOD.exec(route)![1]
    const before = await snapshot(server.db)
    const refused = await send(method, path, token, body, key)
    expect(refused).toEqual({ status: 400, body: { error: { code: 'invalid', reason } } })
    expect(await snapshot(server.db)).toBe(before)
    // the same request without the field goes through: the refusal was the field's
    if (valid !== undefined) expect((await send(method, path, token, valid, key)).status).toBe(200)
  }
)

test('an office’s application command with a field its event does not take is refused; nothing is stored', async () => {
  await server.close()
  // the app's own office client, signed in as the account that may act on the application
  const made = await serverBackend(() => NOW)
  try {
    const { id } = await made.backend.applications.submit(application('p3') as never)
    const db = await testDatabase()
    const accept = { event: 'accept', actor: 'office' } as const
    const refusal = async (command: object) => {
      const error = await made.backend.applications.office.act(id, command as never).catch((e: unknown) => e)
      return isBackendError(error) && [error.code, error.reason]
    }
    // the first call signs the office in (its session is a row); the refusals after it store nothing at all
    expect(await refusal({ ...accept, unitId: 'jm-urban' })).toEqual(['invalid', 'application.command.invalid'])
    const before = await snapshot(db)
    for (const command of [
      { ...accept, outcome: 'approved' },
      { ...accept, ...EXTRA, text: '已受理' },
      { event: 'decide', actor: 'office', outcome: 'approved', text: '准予', fields: [] }
    ])
      expect(await refusal(command)).toEqual(['invalid', 'application.command.invalid'])
    expect(await snapshot(db)).toBe(before)
    expect((await made.backend.applications.office.act(id, accept)).status).toBe('accepted')
  } finally {
    await made.close()
  }
})
