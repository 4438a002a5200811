/**
 * @jest-environment node
 */
// Status messages to the resident through the platform they signed in with, against stand-ins of WeChat's and
// Alipay's APIs on 127.0.0.1: sent once per status change and only on a template the resident accepted; a retry
// after the platform said "not sent" sends, a retry after the request left (the worker dead, the answer lost)
// never sends again; two workers never send one message twice.
import { alipayProvider, wechatProvider } from '../../../server/auth/providers'
import { postgresDatabase, type Database } from '../../../server/db'
import { jobScheduler, type Scheduler } from '../../../server/jobs/scheduler'
import { backoffMs, LEASE_MS } from '../../../server/jobs/queue'
import { alipaySender } from '../../../server/messages/alipay'
import { wechatSender } from '../../../server/messages/wechat'
import { messageSendersFromEnv } from '../../../server/messages/config'
import { DEFAULT_FIELDS, type Templates } from '../../../server/messages/templates'
import { startTestServer, type TestServer } from './harness'
import { alipayMessageStandIn, appKeys, wechatMessageStandIn, type MessageStandIn } from './stand-ins'
import {
  MINUTE,
  MONDAY,
  applicationRequest,
  applicationStep,
  appealSteps,
  caller,
  clock,
  emptyJobTables,
  fileAppeal,
  now,
  until
} from './jobs-fixtures'

const templates: Templates = {
  wechat: {
    appeal: { id: 'wx-appeal', fields: DEFAULT_FIELDS.wechat },
    application: { id: 'wx-application', fields: DEFAULT_FIELDS.wechat }
  },
  alipay: {
    appeal: { id: 'ali-appeal', fields: DEFAULT_FIELDS.alipay },
    application: { id: 'ali-application', fields: DEFAULT_FIELDS.alipay }
  }
}

const keys = appKeys()
let server: TestServer
let wechat: MessageStandIn & { revokeTokens(): void }
let alipay: MessageStandIn & { alipayPublicKey: string }
const schedulers: Scheduler[] = []
const call = caller(() => server)

const openids: Record<string, string> = {}
for (let i = 0; i < 12; i++) openids[`code-${i}`] = `openid-${i}`
const alipayUsers = { 'auth-1': '2088000000000001' }

const schedulerFor = (options: Partial<Parameters<typeof jobScheduler>[0]> = {}) => {
  const made = jobScheduler({
    db: server.db,
    now,
    templates,
    senders: {
      wechat: wechatSender({ appId: 'wx-app', secret: 'wx-secret', base: wechat.url }),
      alipay: alipaySender({
        appId: '2021000000000000',
        privateKey: keys.privateKey,
        alipayPublicKey: alipay.alipayPublicKey,
        gateway: alipay.url
      })
    },
    ...options
  })
  schedulers.push(made)
  return made
}

beforeEach(async () => {
  clock.at = MONDAY
  wechat = await wechatMessageStandIn(openids)
  alipay = await alipayMessageStandIn(keys.publicKey, alipayUsers)
  server = await startTestServer({
    now,
    providers: {
      wechat: wechatProvider({ appId: 'wx-app', secret: 'wx-secret', base: wechat.url }),
      alipay: alipayProvider({
        appId: '2021000000000000',
        privateKey: keys.privateKey,
        alipayPublicKey: alipay.alipayPublicKey,
        gateway: alipay.url
      })
    }
  })
  await emptyJobTables(server.db)
})

afterEach(async () => {
  await Promise.all(schedulers.splice(0).map((s) => s.stop()))
  await server.close()
  await wechat.close()
  await alipay.close()
})

const login = async (provider: 'wechat' | 'alipay', code: string) => {
  const res = await call('POST', '/auth/login', undefined, { provider, code })
  if (res.status !== 200) throw new Error(`login: ${res.status}`)
  return res.body.token as string
}

const outbox = async () =>
  (
    await server.db.query<{ state: string; reason: string | null; record_id: string }>(
      'SELECT state, reason, record_id FROM message_outbox ORDER BY id'
    )
  ).rows

test('an appeal accepted: one WeChat message on the accepted template, with its reference, status and page; never twice', async () => {
  const resident = await login('wechat', 'code-1')
  const id = await fileAppeal(call, resident, { subscriptions: ['wx-appeal'] })
  clock.at += 10 * MINUTE
  await appealSteps(server, call, id, ['accept'])
  const jobs = schedulerFor()
  await jobs.runDueJobs()
  expect(wechat.delivered).toEqual([
    {
      to: 'openid-1',
      templateId: 'wx-appeal',
      page: expect.stringMatching(new RegExp(`^[a-z].*detail.*id=${id}$`)),
      data: { character_string1: id, phrase2: '已受理', time3: '2026-11-23 08:10', thing4: '12345诉求' }
    }
  ])
  expect(await outbox()).toEqual([{ state: 'sent', reason: null, record_id: id }])
  // the access token came from /cgi-bin/stable_token once, and the send carried it
  expect(wechat.requests.filter((r) => r.path === '/cgi-bin/stable_token')).toHaveLength(1)
  expect(wechat.requests.find((r) => r.path === '/cgi-bin/message/subscribe/send')?.access_token).toBe('stable-1')
  // again, and on another worker: nothing more
  await jobs.runDueJobs()
  await schedulerFor().runDueJobs(clock.at + 3600_000)
  expect(wechat.delivered).toHaveLength(1)
})

test('an application through Alipay: the gateway request signed RSA2, the message to the Alipay user id', async () => {
  const resident = await login('alipay', 'auth-1')
  const filed = await call(
    'POST',
    '/me/applications',
    resident,
    applicationRequest({ subscriptions: ['ali-application'] })
  )
  expect(filed.status).toBe(200)
  clock.at += 5 * MINUTE
  await applicationStep(server, call, filed.body.id, { event: 'accept', actor: 'office' })
  await schedulerFor().runDueJobs()
  expect(alipay.delivered).toEqual([
    {
      to: '2088000000000001',
      templateId: 'ali-application',
      page: expect.stringContaining(`id=${filed.body.id}`),
      data: { keyword1: filed.body.id, keyword2: '已受理', keyword3: '2026-11-23 08:05', keyword4: expect.any(String) }
    }
  ])
  // the stand-in delivers only a request whose RSA2 signature checks with the app's public key
  expect(wechat.delivered).toHaveLength(0)
  expect((await outbox()).map((r) => r.state)).toEqual(['sent'])
})

test('no subscription, no message; a one-time acceptance is good for one message, PUT /me/subscriptions gives another', async () => {
  const resident = await login('wechat', 'code-2')
  const id = await fileAppeal(call, resident)
  await appealSteps(server, call, id, ['accept'])
  const jobs = schedulerFor()
  await jobs.runDueJobs()
  expect(wechat.delivered).toHaveLength(0)
  expect(await outbox()).toEqual([{ state: 'skipped', reason: 'noSubscription', record_id: id }])
  // the resident accepts (a repeated PUT is still one acceptance)
  for (let i = 0; i < 2; i++) {
    const put = await call('PUT', '/me/subscriptions', resident, { kind: 'appeal', accepted: ['wx-appeal'] })
    expect(put.status).toBe(200)
    expect(put.body.subscriptions).toEqual([
      { templateId: 'wx-appeal', kind: 'appeal', grantedAt: clock.at, available: true }
    ])
  }
  clock.at += MINUTE
  await appealSteps(server, call, id, ['dispatch', 'start', 'reply'])
  clock.at += MINUTE
  await appealSteps(server, call, id, ['revisit'])
  await jobs.runDueJobs()
  // 已答复 used the acceptance; 待评价 after it found none left
  expect(wechat.delivered.map((m) => m.data.phrase2)).toEqual(['已答复'])
  expect((await outbox()).map((r) => [r.state, r.reason])).toEqual([
    ['skipped', 'noSubscription'],
    ['sent', null],
    ['skipped', 'noSubscription']
  ])
  expect((await call('GET', '/me/subscriptions', resident)).body.subscriptions[0].available).toBe(false)
  // a wrong shape is refused
  expect((await call('PUT', '/me/subscriptions', resident, { kind: 'booking', accepted: [] })).status).toBe(400)
  expect((await call('PUT', '/me/subscriptions', undefined, { kind: 'appeal', accepted: [] })).status).toBe(401)
})

test("the resident's own step (a rating that closes the appeal) messages nobody and leaves the acceptance", async () => {
  const resident = await login('wechat', 'code-8')
  const id = await fileAppeal(call, resident)
  await appealSteps(server, call, id, ['accept', 'dispatch', 'start', 'reply', 'revisit'])
  const jobs = schedulerFor()
  await jobs.runDueJobs()
  await call('PUT', '/me/subscriptions', resident, { kind: 'appeal', accepted: ['wx-appeal'] })
  clock.at += MINUTE
  const rated = await call('POST', `/me/appeals/${id}/rating`, resident, { level: 5 })
  expect(rated.body.status).toBe('closed')
  await jobs.runDueJobs()
  expect(wechat.delivered).toHaveLength(0)
  // 已受理, 已答复 and 待评价 (no acceptance then); nothing for 已办结
  expect((await outbox()).map((r) => r.state)).toEqual(['skipped', 'skipped', 'skipped'])
  expect((await call('GET', '/me/subscriptions', resident)).body.subscriptions[0].available).toBe(true)
})

test('the platform says "not sent" (busy): the job is retried after its backoff and sends once', async () => {
  const resident = await login('wechat', 'code-3')
  const id = await fileAppeal(call, resident, { subscriptions: ['wx-appeal'] })
  await appealSteps(server, call, id, ['accept'])
  wechat.answers.push('busy')
  const jobs = schedulerFor()
  expect(await jobs.runDueJobs()).toMatchObject({ retried: 1 })
  expect(wechat.delivered).toHaveLength(0)
  expect(await outbox()).toEqual([{ state: 'pending', reason: 'wechat.-1', record_id: id }])
  // not before its backoff
  await jobs.runDueJobs(clock.at + backoffMs(1) - 1)
  expect(wechat.delivered).toHaveLength(0)
  await jobs.runDueJobs(clock.at + backoffMs(1))
  expect(wechat.delivered).toHaveLength(1)
  expect((await outbox())[0].state).toBe('sent')
  await jobs.runDueJobs(clock.at + 10 * backoffMs(1))
  expect(wechat.delivered).toHaveLength(1)
})

test('a worker that dies after the platform took the message: the job is taken again after its lease and sends nothing', async () => {
  const resident = await login('wechat', 'code-4')
  const id = await fileAppeal(call, resident, { subscriptions: ['wx-appeal'] })
  await appealSteps(server, call, id, ['accept'])
  // the first worker never gets past the platform's answer: it is gone, its job still claimed
  const dying = schedulerFor({ worker: 'dying', afterSend: () => new Promise<void>(() => undefined) })
  void dying.runDueJobs()
  await until(() => wechat.delivered.length === 1, 'the first send')
  const claimed = await server.db.query<{ state: string; locked_by: string }>(
    "SELECT state, locked_by FROM jobs WHERE kind = 'message.send'"
  )
  expect(claimed.rows).toEqual([{ state: 'running', locked_by: 'dying' }])
  const next = schedulerFor({ worker: 'next' })
  // within the lease the job is the first worker's
  await next.runDueJobs(clock.at + LEASE_MS - 1)
  expect((await outbox())[0].state).toBe('sending')
  await next.runDueJobs(clock.at + LEASE_MS)
  expect(wechat.delivered).toHaveLength(1)
  expect(await outbox()).toEqual([{ state: 'unknown', reason: 'interrupted', record_id: id }])
})

test('the answer lost on the way back (connection cut after delivery): never sent again, through Alipay too', async () => {
  const wx = await login('wechat', 'code-5')
  const ali = await login('alipay', 'auth-1')
  await appealSteps(server, call, await fileAppeal(call, wx, { subscriptions: ['wx-appeal'] }), ['accept'])
  await appealSteps(server, call, await fileAppeal(call, ali, { subscriptions: ['ali-appeal'] }), ['accept'])
  wechat.answers.push('drop')
  alipay.answers.push('drop')
  const jobs = schedulerFor()
  await jobs.runDueJobs()
  for (let i = 1; i <= 3; i++) await jobs.runDueJobs(clock.at + i * LEASE_MS)
  expect(wechat.delivered).toHaveLength(1)
  expect(alipay.delivered).toHaveLength(1)
  expect((await outbox()).map((r) => r.state)).toEqual(['unknown', 'unknown'])
})

test('the platform unreachable (connection refused) is "not sent": sent on the retry once it is back', async () => {
  const resident = await login('wechat', 'code-6')
  await appealSteps(server, call, await fileAppeal(call, resident, { subscriptions: ['wx-appeal'] }), ['accept'])
  const down = schedulerFor({
    senders: { wechat: wechatSender({ appId: 'wx-app', secret: 'wx-secret', base: 'http://127.0.0.1:1' }) }
  })
  expect(await down.runDueJobs()).toMatchObject({ retried: 1 })
  expect((await outbox())[0]).toMatchObject({ state: 'pending', reason: 'wechat.token' })
  await schedulerFor().runDueJobs(clock.at + backoffMs(1))
  expect(wechat.delivered).toHaveLength(1)
  expect((await outbox())[0].state).toBe('sent')
})

test('the user refused the template on the platform (43101): failed, never retried', async () => {
  const resident = await login('wechat', 'code-7')
  await appealSteps(server, call, await fileAppeal(call, resident, { subscriptions: ['wx-appeal'] }), ['accept'])
  wechat.answers.push('refused')
  const jobs = schedulerFor()
  await jobs.runDueJobs()
  await jobs.runDueJobs(clock.at + 10 * backoffMs(8))
  expect(wechat.requests.filter((r) => r.path === '/cgi-bin/message/subscribe/send')).toHaveLength(1)
  expect((await outbox())[0]).toMatchObject({ state: 'failed', reason: 'wechat.43101' })
})

test('the access token: one for every process (stable_token), fetched again once WeChat refuses it; /cgi-bin/token on request', async () => {
  const first = wechatSender({ appId: 'wx-app', secret: 'wx-secret', base: wechat.url })
  const second = wechatSender({ appId: 'wx-app', secret: 'wx-secret', base: wechat.url })
  const message = { to: 'openid-1', templateId: 'wx-appeal', page: 'p', data: { phrase2: '已受理' } }
  expect(await first.send(message)).toMatchObject({ sent: true })
  expect(await second.send(message)).toMatchObject({ sent: true })
  expect(await first.send(message)).toMatchObject({ sent: true })
  const tokenCalls = () => wechat.requests.filter((r) => r.path === '/cgi-bin/stable_token').length
  expect(tokenCalls()).toBe(2)
  expect(new Set(wechat.requests.map((r) => r.access_token).filter(Boolean))).toEqual(new Set(['stable-1']))
  // WeChat refuses the token: fetched anew (forced) and the message sent, once
  wechat.revokeTokens()
  expect(await first.send(message)).toMatchObject({ sent: true })
  expect(tokenCalls()).toBe(3)
  expect(wechat.delivered).toHaveLength(4)
  const classic = wechatSender({ appId: 'wx-app', secret: 'wx-secret', base: wechat.url, tokenApi: 'token' })
  expect(await classic.send(message)).toMatchObject({ sent: true })
  expect(wechat.requests.filter((r) => r.path === '/cgi-bin/token')).toHaveLength(1)
  // the same from the environment: WECHAT_TOKEN_API=token asks /cgi-bin/token, anything else the stable one
  const env = { WECHAT_APPID: 'wx-app', WECHAT_SECRET: 'wx-secret', WECHAT_API: wechat.url }
  expect(
    await messageSendersFromEnv({ ...env, WECHAT_TOKEN_API: 'token' }).senders.wechat!.send(message)
  ).toMatchObject({
    sent: true
  })
  expect(wechat.requests.filter((r) => r.path === '/cgi-bin/token')).toHaveLength(2)
  expect(await messageSendersFromEnv(env).senders.wechat!.send(message)).toMatchObject({ sent: true })
  expect(wechat.requests.filter((r) => r.path === '/cgi-bin/token')).toHaveLength(2)
  // a wrong secret gets no token: not sent, worth a retry
  const wrong = wechatSender({ appId: 'wx-app', secret: 'nope', base: wechat.url })
  expect(await wrong.send(message)).toEqual({ sent: false, retry: true, reason: 'wechat.token' })
  expect(wechat.delivered).toHaveLength(7)
})

test('two workers at once never send one message twice', async () => {
  const ids: string[] = []
  for (let i = 0; i < 12; i++) {
    const resident = await login('wechat', `code-${i}`)
    ids.push(await fileAppeal(call, resident, { subscriptions: ['wx-appeal'] }))
  }
  for (const id of ids) await appealSteps(server, call, id, ['accept'])
  // on PostgreSQL the second worker has its own pool on the same schema: two connections claiming at once
  let second: Database = server.db
  if (server.db.kind === 'postgresql') {
    const schema = (await server.db.query<{ s: string }>('SELECT current_schema() AS s')).rows[0].s
    second = postgresDatabase(process.env.DATABASE_URL!, { schema })
  }
  try {
    // one job per claim, so the two take turns rather than one taking everything
    const a = schedulerFor({ worker: 'a', batch: 1 })
    const b = schedulerFor({ worker: 'b', db: second, batch: 1 })
    const reports = await Promise.all([a.runDueJobs(), b.runDueJobs(), a.runDueJobs(), b.runDueJobs()])
    expect(reports.reduce((n, r) => n + r.done, 0)).toBeGreaterThanOrEqual(12)
    expect(reports[0].claimed + reports[2].claimed).toBeGreaterThan(0)
    expect(reports[1].claimed + reports[3].claimed).toBeGreaterThan(0)
    expect(wechat.delivered.map((m) => m.data.character_string1).sort()).toEqual([...ids].sort())
    expect((await outbox()).every((r) => r.state === 'sent')).toBe(true)
  } finally {
    if (second !== server.db) await second.close()
  }
})
