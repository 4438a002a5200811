// `npm run server`: the server on an embedded PostgreSQL (PGlite, kept in server/.data) unless DATABASE_URL names a
// real one; migrations applied at start; the office accounts (the 12345 centre, every unit, every department) seeded.
//   PORT (8787), HOST (127.0.0.1), DATABASE_URL, DATABASE_REPLICA_URL (read replicas, comma-separated),
//   PGLITE_DIR (server/.data; "memory" for none), CORS_ORIGIN (the H5 site), CALENDAR_FILE, LOGIN_TEST=1 (the test
//   provider; on by default without NODE_ENV=production),
//   WECHAT_APPID / WECHAT_SECRET / WECHAT_API, ALIPAY_APPID / ALIPAY_PRIVATE_KEY / ALIPAY_PUBLIC_KEY / ALIPAY_GATEWAY,
//   OFFICE_CENTER_PASSWORD / OFFICE_UNIT_PASSWORD / OFFICE_DEPARTMENT_PASSWORD (else generated and printed once, when
//   the account is made: center, unit-<id> for every handling unit, dept-<id> for every department with online forms),
//   VISITOR_KEYS (sightId=key,…: the sights' gate systems that report visitor counts)
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArrangement } from '@/core/calendar'
import { appealsDatasets } from '@/backend/embedded/appeals-data'
import { embeddedDatabase, postgresDatabase, type Database } from './db'
import { migrate } from './migrate'
import { startServer, LOG_REDACT } from './app'
import {
  alipayProvider,
  platformAppsFromEnv,
  testProvider,
  wechatProvider,
  type LoginProvider,
  type ProviderId
} from './auth/providers'
import { seedOfficeAccounts, unitUsername, type OfficeAccountSeed } from './auth/sessions'
import { jobScheduler } from './jobs/scheduler'
import { messageSendersFromEnv } from './messages/config'
import { departmentUsername, onlineDepartments } from './routes/office-departments'
import { parseVisitorKeys } from './auth/visitor-keys'

const env = process.env
const say = (line: string) => process.stdout.write(`${line}\n`)

function providersFromEnv(): Partial<Record<ProviderId, LoginProvider>> {
  const providers: Partial<Record<ProviderId, LoginProvider>> = {}
  const apps = platformAppsFromEnv(env)
  if (apps.wechat) providers.wechat = wechatProvider(apps.wechat)
  if (apps.alipay) providers.alipay = alipayProvider(apps.alipay)
  const production = env.NODE_ENV === 'production'
  if (env.LOGIN_TEST === '1' || (!production && env.LOGIN_TEST !== '0')) providers.test = testProvider()
  return providers
}

async function openDatabase(): Promise<Database> {
  // read replicas for the lag-tolerant reads: one URL, or several separated by commas
  const replicaUrls = (env.DATABASE_REPLICA_URL ?? '').split(',').filter((u) => u.trim())
  if (env.DATABASE_URL) return postgresDatabase(env.DATABASE_URL, { replicaUrls })
  const dir = env.PGLITE_DIR ?? join(__dirname, '.data')
  return embeddedDatabase(dir === 'memory' ? undefined : dir)
}

async function main() {
  const started = Date.now()
  const db = await openDatabase()
  const applied = await migrate(db)
  // the 12345 centre, every handling unit of the routing data (city, district and the cross-city hotlines) and every
  // department with online forms have their account, also on a database made before they were all seeded: the
  // missing ones are made at every start, each with the variable's password or one generated and printed once
  const generated = () => randomBytes(9).toString('base64url')
  const accounts: (OfficeAccountSeed & { given: boolean; scope: string })[] = [
    {
      username: 'center',
      password: env.OFFICE_CENTER_PASSWORD || generated(),
      role: 'center',
      given: !!env.OFFICE_CENTER_PASSWORD,
      scope: '12345 centre'
    },
    ...appealsDatasets['zh-Hans'].units.map((u) => ({
      username: unitUsername(u.id),
      password: env.OFFICE_UNIT_PASSWORD || generated(),
      role: 'unit' as const,
      unitId: u.id,
      given: !!env.OFFICE_UNIT_PASSWORD,
      scope: `unit ${u.id}`
    })),
    ...onlineDepartments().map((d) => ({
      username: departmentUsername(d.id),
      password: env.OFFICE_DEPARTMENT_PASSWORD || generated(),
      role: 'department' as const,
      departmentId: d.id,
      given: !!env.OFFICE_DEPARTMENT_PASSWORD,
      scope: `department ${d.id}`
    }))
  ]
  const made = new Set(await seedOfficeAccounts(db, accounts))
  for (const a of accounts)
    if (made.has(a.username) && !a.given) say(`office account "${a.username}" (${a.scope}): password ${a.password}`)
  const file = env.CALENDAR_FILE
  const calendar = file ? parseArrangement(JSON.parse(readFileSync(file, 'utf8'))) : {}
  const providers = providersFromEnv()
  const server = await startServer({
    db,
    providers,
    calendar,
    visitorKeys: parseVisitorKeys(env.VISITOR_KEYS),
    corsOrigin: env.CORS_ORIGIN,
    trustProxy: env.TRUST_PROXY === '1',
    port: Number(env.PORT ?? 8787),
    host: env.HOST ?? '127.0.0.1',
    closeDatabase: true,
    logger: { level: env.LOG_LEVEL ?? 'info', redact: LOG_REDACT }
  })
  say(
    `API on ${db.kind === 'pglite' ? 'an embedded PostgreSQL (PGlite)' : 'PostgreSQL'} at ${server.url}` +
      ` (migrations applied now: ${applied.length ? applied.join(', ') : 'none'}; login: ${Object.keys(providers).join(', ') || 'none'}; started in ${Date.now() - started} ms)`
  )
  say(`office console at ${server.origin}/console/`)
  // the jobs: deadline reminders, overdue marks, status messages (server/jobs, docs/server.md "Jobs and messages")
  const jobs = jobScheduler({
    db,
    ...messageSendersFromEnv(env),
    onError: (e) => server.app.log.error({ error: (e as Error)?.name }, 'jobs tick failed')
  })
  jobs.start()
  let closing = false
  const stop = (signal: string) => {
    if (closing) return
    closing = true
    say(`${signal}: finishing the requests in flight, then closing`)
    // a request that never ends cannot hold the process past this
    setTimeout(() => process.exit(1), 10_000).unref()
    jobs
      .stop()
      .then(() => server.close())
      .then(
        () => process.exit(0),
        () => process.exit(1)
      )
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

main().catch((e) => {
  process.stderr.write(`server failed to start: ${(e as Error).message}\n`)
  process.exit(1)
})
