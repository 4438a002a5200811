/**
 * @jest-environment node
 */
// Who may see what: platform login (WeChat code2session, Alipay's auth-code exchange, the test provider) behind
// one interface against stand-ins on 127.0.0.1; short-lived session tokens; every /me route sees only the
// session user's records, so another user's ids are refused exactly as ids that never existed; and the /office
// routes refuse anyone without an office login, and an office account acting outside its role.
import { alipayProvider, testProvider, wechatProvider } from '../../../server/auth/providers'
import { bookingWindow } from '@/core/booking'
import { startTestServer, unitAccount, type TestServer } from './harness'
import {
  APPEAL_CONTENT,
  appealRequest,
  applicationRequest,
  bookableHall as hall,
  bookingRequest,
  caller,
  MONDAY as NOW,
  SAVED_ITEM,
  validId
} from './requests'
import { alipayStandIn, appKeys, wechatStandIn, type StandIn } from './stand-ins'

let server: TestServer
const standIns: StandIn[] = []
afterEach(async () => {
  await server?.close()
  await Promise.all(standIns.splice(0).map((s) => s.close()))
})

// an Idempotency-Key only where a test gives one
const call = caller(() => server, { autoKey: false })

describe('platform login', () => {
  test('WeChat: the code is exchanged with code2session; the openid is the user, the session_key never leaves', async () => {
    const wechat = await wechatStandIn({ 'code-a': 'openid-a', 'code-b': 'openid-b' })
    standIns.push(wechat)
    server = await startTestServer({
      providers: { wechat: wechatProvider({ appId: 'wx-app', secret: 'wx-secret', base: wechat.url }) }
    })
    const first = await call('POST', '/auth/login', undefined, { provider: 'wechat', code: 'code-a' })
    expect(first.status).toBe(200)
    expect(Object.keys(first.body).sort()).toEqual(['expiresAt', 'token'])
    expect(JSON.stringify(first.body)).not.toContain('SECRET')
    expect(wechat.requests[0]).toEqual({
      path: '/sns/jscode2session',
      appid: 'wx-app',
      secret: 'wx-secret',
      js_code: 'code-a',
      grant_type: 'authorization_code'
    })
    // the same person logging in again is the same user: what they saved is there
    await call('PUT', '/me/favourites/gov-services/service/svc-0001', first.body.token, SAVED_ITEM)
    const again = await call('POST', '/auth/login', undefined, { provider: 'wechat', code: 'code-a' })
    expect(again.body.token).not.toBe(first.body.token)
    expect((await call('GET', '/me/favourites', again.body.token)).body).toHaveLength(1)
    const other = await call('POST', '/auth/login', undefined, { provider: 'wechat', code: 'code-b' })
    expect((await call('GET', '/me/favourites', other.body.token)).body).toEqual([])
    // a code WeChat refuses, and a provider the server does not offer
    expect(await call('POST', '/auth/login', undefined, { provider: 'wechat', code: 'stale' })).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', reason: 'login.refused' } }
    })
    expect((await call('POST', '/auth/login', undefined, { provider: 'test', code: 'x' })).body).toEqual({
      error: { code: 'invalid', reason: 'login.providerUnavailable' }
    })
  })

  test("Alipay: the auth code is exchanged on the gateway with an RSA2-signed request, the answer's signature checked", async () => {
    const keys = appKeys()
    const alipay = await alipayStandIn(keys.publicKey, { 'auth-1': '2088000000000001' })
    standIns.push(alipay)
    const provider = (alipayPublicKey: string) =>
      alipayProvider({ appId: '2021000000000000', privateKey: keys.privateKey, alipayPublicKey, gateway: alipay.url })
    server = await startTestServer({ providers: { alipay: provider(alipay.alipayPublicKey) } })
    const ok = await call('POST', '/auth/login', undefined, { provider: 'alipay', code: 'auth-1' })
    expect(ok.status).toBe(200)
    expect(alipay.requests[0]).toMatchObject({
      method: 'alipay.system.oauth.token',
      grant_type: 'authorization_code',
      code: 'auth-1',
      sign_type: 'RSA2'
    })
    expect((await call('GET', '/me/bookings', ok.body.token)).status).toBe(200)
    expect((await call('POST', '/auth/login', undefined, { provider: 'alipay', code: 'wrong' })).status).toBe(401)
    await server.close()
    // an answer signed by someone else is not believed
    server = await startTestServer({ providers: { alipay: provider(appKeys().publicKey) } })
    expect((await call('POST', '/auth/login', undefined, { provider: 'alipay', code: 'auth-1' })).body).toEqual({
      error: { code: 'server', reason: 'login.platformUnavailable' }
    })
  })

  test('the test provider takes a plain name; a body of another shape is refused', async () => {
    server = await startTestServer({ providers: { test: testProvider() } })
    expect((await call('POST', '/auth/login', undefined, { provider: 'test', code: 'a b' })).status).toBe(401)
    expect((await call('POST', '/auth/login', undefined, { provider: 'test', code: 'a', extra: 1 })).body).toEqual({
      error: { code: 'invalid', reason: 'login.invalid' }
    })
  })

  test('a session token is short-lived: refused once it has expired, and after logout', async () => {
    let t = Date.now()
    server = await startTestServer({ sessionClock: () => t, userSessionMs: 60_000 })
    const token = await server.login('resident')
    expect((await call('GET', '/me/bookings', token)).status).toBe(200)
    t += 60_000
    expect((await call('GET', '/me/bookings', token)).body).toEqual({
      error: { code: 'unauthorized', reason: 'session.expired' }
    })
    const fresh = await server.login('resident')
    await call('POST', '/auth/logout', fresh)
    expect((await call('GET', '/me/bookings', fresh)).status).toBe(401)
    expect((await call('GET', '/me/bookings')).body).toEqual({
      error: { code: 'unauthorized', reason: 'session.required' }
    })
    expect((await call('GET', '/me/bookings', 'not-a-token-of-this-server-at-all')).status).toBe(401)
  })
})

describe('one user never reads, changes or detects another’s records', () => {
  test("another user's ids answer exactly as unknown ids, and change nothing", async () => {
    server = await startTestServer({ now: () => NOW })
    const alice = await server.login('alice')
    const bob = await server.login('bob')
    const booked = bookingRequest({ idempotencyKey: 'shared-key' })
    const booking = await call('POST', '/me/bookings', alice, booked, 'shared-key')
    expect(booking.status).toBe(200)
    const appeal = await call(
      'POST',
      '/me/appeals',
      alice,
      appealRequest({ idempotencyKey: 'appeal-key' }),
      'appeal-key'
    )
    expect(appeal.status).toBe(200)
    const application = await call(
      'POST',
      '/me/applications',
      alice,
      applicationRequest({ idempotencyKey: 'app-key' }),
      'app-key'
    )
    expect(application.status).toBe(200)
    const b = booking.body.id
    const a = appeal.body.id
    const p = application.body.id

    // each refusal is the very answer an id that never existed gets
    const same = async (method: string, path: string, unknownPath: string, body?: unknown) => {
      const key = (body as { idempotencyKey?: string } | undefined)?.idempotencyKey
      const theirs = await call(method, path, bob, body, key ?? 'k-theirs')
      const nobody = await call(method, unknownPath, bob, body, key ?? 'k-nobody')
      expect(theirs).toEqual(nobody)
      expect(theirs.status).toBe(404)
    }
    await same('GET', `/me/bookings/${b}`, '/me/bookings/BKNOSUCHBOOKING')
    await same('POST', `/me/bookings/${b}/cancel`, '/me/bookings/BKNOSUCHBOOKING/cancel')
    const move = { idempotencyKey: 'mv', hallId: hall.id, date: bookingWindow(NOW)[1], slot: hall.slots[0] }
    await same('POST', `/me/bookings/${b}/reschedule`, '/me/bookings/BKNOSUCHBOOKING/reschedule', move)
    await same('GET', `/me/appeals/${a}`, '/me/appeals/SQ20261123999999')
    await same('POST', `/me/appeals/${a}/withdraw`, '/me/appeals/SQ20261123999999/withdraw')
    await same('POST', `/me/appeals/${a}/rating`, '/me/appeals/SQ20261123999999/rating', { level: 5 })
    await same('PUT', `/me/appeals/${a}/seen`, '/me/appeals/SQ20261123999999/seen')
    await same('GET', `/me/applications/${p}`, '/me/applications/JM20261123999999')
    await same('PUT', `/me/applications/${p}/seen`, '/me/applications/JM20261123999999/seen')
    await same('POST', `/me/applications/${p}/rating`, '/me/applications/JM20261123999999/rating', { level: 5 })

    // lists and counts show bob nothing of alice's
    for (const path of ['/me/bookings', '/me/appeals', '/me/applications', '/me/favourites', '/me/history'])
      expect((await call('GET', path, bob)).body).toEqual([])
    expect((await call('GET', '/me/appeals/updates', bob)).body).toEqual({ count: 0 })
    // the same Idempotency-Key in bob's hands is bob's own: it never replays alice's answer
    const bobs = await call(
      'POST',
      '/me/bookings',
      bob,
      { ...booked, idempotencyKey: 'shared-key', idNumber: validId('124') },
      'shared-key'
    )
    expect(bobs.status).toBe(200)
    expect(bobs.body.id).not.toBe(b)

    // and alice's records are as she left them
    expect((await call('GET', `/me/bookings/${b}`, alice)).body.status).toBe('active')
    expect((await call('GET', `/me/appeals/${a}`, alice)).body.status).toBe('submitted')
    expect((await call('GET', '/me/bookings', alice)).body).toHaveLength(1)
  })
})

describe('the office door', () => {
  test('office routes refuse requests without an office login, and a resident’s session', async () => {
    server = await startTestServer({ now: () => NOW })
    const resident = await server.login('resident')
    const routes: [string, string, unknown?][] = [
      ['GET', '/office/appeals'],
      ['POST', '/office/appeals/SQ20261123000001/events', { actor: 'center', event: 'accept' }],
      ['GET', '/office/applications'],
      ['POST', '/office/applications/JM20261123500001/events', { actor: 'office', event: 'accept' }]
    ]
    for (const [method, path, body] of routes) {
      for (const token of [undefined, resident]) {
        expect(await call(method, path, token, body, 'k')).toEqual({
          status: 401,
          body: { error: { code: 'unauthorized', reason: 'office.login.required' } }
        })
      }
    }
    expect(await call('POST', '/office/login', undefined, { username: 'center', password: 'wrong-password' })).toEqual({
      status: 401,
      body: { error: { code: 'unauthorized', reason: 'office.login.refused' } }
    })
    expect((await call('POST', '/office/login', undefined, { username: 'nobody', password: 'x' })).status).toBe(401)
  })

  test('the centre acts as the centre; a unit only as a unit, on the appeals it holds', async () => {
    server = await startTestServer({ now: () => NOW })
    const resident = await server.login('resident')
    const filed = await call('POST', '/me/appeals', resident, appealRequest({ idempotencyKey: 'a1' }), 'a1')
    const id = filed.body.id
    const center = await server.officeLogin('center')
    const urban = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    const market = await server.officeLogin(await unitAccount(server.db, 'jm-market'))
    const events = `/office/appeals/${id}/events`
    // a unit cannot do the centre's work, nor the centre a unit's
    expect(await call('POST', events, urban, { actor: 'center', event: 'accept' }, 'u1')).toEqual({
      status: 403,
      body: { error: { code: 'forbidden', reason: 'office.role' } }
    })
    expect((await call('POST', events, center, { actor: 'unit', event: 'start' }, 'c0')).status).toBe(403)
    expect((await call('POST', events, center, { actor: 'center', event: 'accept' }, 'c1')).status).toBe(200)
    expect(
      (await call('POST', events, center, { actor: 'center', event: 'dispatch', unitId: 'jm-urban' }, 'c2')).body.unitId
    ).toBe('jm-urban')
    // the unit holding it sees it; another unit neither sees it nor can act on it
    expect((await call('GET', '/office/appeals', urban)).body.map((a: { id: string }) => a.id)).toEqual([id])
    expect((await call('GET', '/office/appeals', market)).body).toEqual([])
    expect((await call('POST', events, market, { actor: 'unit', event: 'start' }, 'm1')).status).toBe(404)
    expect((await call('POST', events, urban, { actor: 'unit', event: 'start' }, 'u2')).body.status).toBe('processing')
    // applications take an office login too (any office account this release)
    expect((await call('GET', '/office/applications', center)).status).toBe(200)
  })

  test('a confidential contact is the handling unit’s only; every office action is in the audit log, without personal data', async () => {
    server = await startTestServer({ now: () => NOW })
    const resident = await server.login('resident')
    const filed = await call(
      'POST',
      '/me/appeals',
      resident,
      appealRequest({ idempotencyKey: 'c1', confidential: true }),
      'c1'
    )
    const id = filed.body.id
    const center = await server.officeLogin('center')
    const urban = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
    const events = `/office/appeals/${id}/events`
    await call('POST', events, center, { actor: 'center', event: 'accept' }, 'a')
    await call('POST', events, center, { actor: 'center', event: 'dispatch', unitId: 'jm-urban' }, 'd')
    await call('POST', events, urban, { actor: 'unit', event: 'start', note: '已签收，联系陈大明' }, 's')
    expect((await call('GET', '/office/appeals', center)).body[0].contact).toBeUndefined()
    expect((await call('GET', '/office/appeals', urban)).body[0].contact).toEqual({
      name: '陈*明',
      phoneRegion: 'cn',
      phone: '138****8000'
    })
    const { rows } = await server.db.query<Record<string, unknown>>(
      `SELECT a.username, o.role, o.unit_id, o.kind, o.record_id, o.event, o.status_after
       FROM office_audit o JOIN office_accounts a ON a.id = o.account_id ORDER BY o.id`
    )
    expect(rows).toEqual([
      {
        username: 'center',
        role: 'center',
        unit_id: null,
        kind: 'appeal',
        record_id: id,
        event: 'accept',
        status_after: 'accepted'
      },
      {
        username: 'center',
        role: 'center',
        unit_id: null,
        kind: 'appeal',
        record_id: id,
        event: 'dispatch',
        status_after: 'dispatched'
      },
      {
        username: 'unit-jm-urban',
        role: 'unit',
        unit_id: 'jm-urban',
        kind: 'appeal',
        record_id: id,
        event: 'start',
        status_after: 'processing'
      }
    ])
    const lines = (await server.db.query<{ at: number }>('SELECT * FROM office_audit')).rows
    expect(lines.every((l) => l.at > 0)).toBe(true)
    const log = JSON.stringify(lines)
    for (const personal of ['陈大明', '13800138000', '联系', APPEAL_CONTENT.slice(0, 6)])
      expect(log).not.toContain(personal)
    // a refused command leaves no line
    await call('POST', events, center, { actor: 'center', event: 'accept' }, 'again')
    expect((await server.db.query('SELECT 1 FROM office_audit')).rowCount).toBe(3)
  })
})
