// The server under test: one database per test file (jest gives each file its own module registry), emptied
// before each test. Without DATABASE_URL it is an embedded PGlite in memory; with it, a schema of its own in that
// PostgreSQL, so parallel jest workers never see each other's rows, dropped when the file is done.
import { httpAppealsApi } from '@/backend/http/appeals'
import { httpApplicationsApi } from '@/backend/http/applications'
import { httpCalendarApi } from '@/backend/http/calendar'
import { httpCrowdingApi } from '@/backend/http/crowding'
import { httpCultureApi } from '@/backend/http/culture'
import { httpGovApi } from '@/backend/http/gov'
import { httpInvestmentApi } from '@/backend/http/investment'
import { httpTalentApi } from '@/backend/http/talent'
import { httpTourismApi } from '@/backend/http/tourism'
import { httpUserApi } from '@/backend/http/user'
import type { Transport } from '@/backend/http/client'
import { embeddedDatabase, postgresDatabase, type Database } from '../../../server/db'
import { migrate } from '../../../server/migrate'
import { startServer, type RunningServer, type ServerOptions } from '../../../server/app'
import { testProvider } from '../../../server/auth/providers'
import { seedOfficeAccounts, unitUsername } from '../../../server/auth/sessions'
import { departmentOfMatter, departmentUsername } from '../../../server/routes/office-departments'
import { fetchTransport } from '../../helpers/fetch-transport'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'
import type { MadeBackend, TestData } from '../../helpers/backends'

/** every office account's password in tests */
export const OFFICE_PASSWORD = 'office-test-password'

let shared: Promise<{ db: Database; schema?: string }> | undefined
const seeded = new Set<string>()

async function open(): Promise<{ db: Database; schema?: string }> {
  const url = process.env.DATABASE_URL
  const schema = url ? `test_${process.pid}_${Math.random().toString(36).slice(2, 8)}` : undefined
  const db = url ? postgresDatabase(url, { schema }) : await embeddedDatabase()
  await migrate(db)
  await seedOfficeAccounts(db, [{ username: 'center', password: OFFICE_PASSWORD, role: 'center' }])
  seeded.add('center')
  return { db, schema }
}

/** the file's database, opened and migrated on first use */
export const testDatabase = async (): Promise<Database> => (await (shared ??= open())).db

/** the tables of one test's records; office accounts stay (their scrypt hashes take a while to make) */
const RECORD_TABLES = [
  'users',
  'sessions',
  'office_sessions',
  'idempotency_keys',
  'daily_counters',
  'slots',
  'bookings',
  'appeals',
  'applications',
  'saved_items',
  'venue_slots',
  'venue_reservations',
  'venue_visitors',
  'office_audit',
  'rate_windows',
  'sight_visitors'
]

export async function emptyDatabase(db: Database) {
  await db.query(`TRUNCATE ${RECORD_TABLES.join(', ')} RESTART IDENTITY CASCADE`)
}

afterAll(async () => {
  if (!shared) return
  const { db, schema } = await shared
  if (schema) await db.query(`DROP SCHEMA ${schema} CASCADE`)
  await db.close()
  shared = undefined
})

/** the unit's own office account (username unit-<id>, as npm run server seeds it), made on first use */
export async function unitAccount(db: Database, unitId: string): Promise<string> {
  const username = unitUsername(unitId)
  if (!seeded.has(username)) {
    await seedOfficeAccounts(db, [{ username, password: OFFICE_PASSWORD, role: 'unit', unitId }])
    seeded.add(username)
  }
  return username
}

/** the department's own office account (username dept-<id>), made on first use */
export async function departmentAccount(db: Database, departmentId: string): Promise<string> {
  const username = departmentUsername(departmentId)
  if (!seeded.has(username)) {
    await seedOfficeAccounts(db, [{ username, password: OFFICE_PASSWORD, role: 'department', departmentId }])
    seeded.add(username)
  }
  return username
}

export interface TestServer extends RunningServer {
  db: Database
  /** a session token of the test provider's user `name` */
  login(name: string): Promise<string>
  officeLogin(username: string): Promise<string>
}

/** the server over the file's database, emptied, with the test provider */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const db = await testDatabase()
  await emptyDatabase(db)
  // the suites send thousands of requests from 127.0.0.1: limits only where a test sets them
  const server = await startServer({ db, providers: { test: testProvider() }, rateLimits: false, ...options })
  const post = async (path: string, body: unknown) => {
    const res = await fetch(server.url + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    })
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as { token: string }
  }
  return {
    ...server,
    db,
    login: async (name) => (await post('/auth/login', { provider: 'test', code: name })).token,
    officeLogin: async (username) => (await post('/office/login', { username, password: OFFICE_PASSWORD })).token
  }
}

const withToken =
  (token: () => Promise<string>, transport: Transport = fetchTransport): Transport =>
  async (request) =>
    transport({ ...request, headers: { ...request.headers, Authorization: `Bearer ${await token()}` } })

/**
 * The app's HTTP backend against the server, as one signed-in resident; its office side signs in as an office
 * would: the centre's account for centre commands and lists, and for a unit's command the account of the unit
 * that holds the appeal; an application's office command goes as the department of its matter, and its lists as the
 * centre. The culture, talent, tourism, crowding and investment clients go as the same resident; `data` replaces
 * bundled reference data with a test's own.
 */
export async function serverBackend(now: () => number, data: TestData = {}): Promise<MadeBackend> {
  const server = await startTestServer({ now, investment: data.investment })
  const resident = await server.login('resident')
  const tokens = new Map<string, Promise<string>>()
  const office = (username: string) => {
    if (!tokens.has(username)) tokens.set(username, server.officeLogin(username))
    return tokens.get(username)!
  }
  const options = { base: server.url, retries: 0, timeoutMs: WAIT_TIMEOUT_MS }
  const user = { ...options, transport: withToken(async () => resident) }
  const appealsOffice: Transport = async (request) => {
    const body = request.body as { actor?: unknown } | undefined
    let username = 'center'
    if (body?.actor === 'unit') {
      const id = decodeURIComponent(/\/office\/appeals\/([^/]+)\/events$/.exec(request.url)?.[1] ?? '')
      const listed = await withToken(() => office('center'))({
        method: 'GET',
        url: `${server.url}/office/appeals`,
        headers: { Accept: 'application/json' },
        timeoutMs: request.timeoutMs
      })
      const unitId = (listed.body as { id: string; unitId?: string }[]).find((a) => a.id === id)?.unitId
      username = await unitAccount(server.db, unitId ?? 'jm-urban')
    }
    return withToken(() => office(username))(request)
  }
  const applicationsOffice: Transport = async (request) => {
    let username = 'center'
    const id = /\/office\/applications\/([^/]+)\/events$/.exec(request.url)?.[1]
    if (id) {
      const listed = await withToken(() => office('center'))({
        method: 'GET',
        url: `${server.url}/office/applications`,
        headers: { Accept: 'application/json' },
        timeoutMs: request.timeoutMs
      })
      const matterId = (listed.body as { id: string; matterId: string }[]).find(
        (a) => a.id === decodeURIComponent(id)
      )?.matterId
      username = await departmentAccount(server.db, (matterId && departmentOfMatter(matterId)) || 'social-insurance')
    }
    return withToken(() => office(username))(request)
  }
  const citizenAppeals = httpAppealsApi(user)
  const citizenApplications = httpApplicationsApi(user)
  return {
    backend: {
      gov: httpGovApi(user),
      user: httpUserApi(user),
      appeals: { ...citizenAppeals, office: httpAppealsApi({ ...options, transport: appealsOffice }).office },
      applications: {
        ...citizenApplications,
        office: httpApplicationsApi({ ...options, transport: applicationsOffice }).office
      },
      calendar: httpCalendarApi(user)
    },
    culture: httpCultureApi(user),
    talent: httpTalentApi(user),
    tourism: httpTourismApi(user),
    crowding: httpCrowdingApi(user),
    investment: httpInvestmentApi(user),
    close: server.close
  }
}
