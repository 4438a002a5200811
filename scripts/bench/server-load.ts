// The server's bounded load test: N test users signed in, a fixed number of requests (not a duration) sent with a
// fixed concurrency over the main routes (catalogue reads, search, POST /me/bookings, POST /me/appeals, GET
// /me/appeals, POST and GET /me/applications), and per route: count, errors, p50, p95, max. Afterwards every
// acknowledged write is looked for in its user's lists: there exactly once. `npm run bench` runs it against a
// server process of its own (PGlite in memory, or DATABASE_URL); tests/unit/server/load.test.ts runs a small one
// and checks the outcome only; the database-restart test drives its writes with `sendWrite`.
import { spawn, type ChildProcess } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'
import { bookingWindow } from '../../src/core/booking'
import { mainlandIdCheckChar } from '../../src/core/validators'
import { applicationsDatasets } from '../../src/backend/embedded/applications-data'
import { govDatasets } from '../../src/backend/embedded/gov-data'
import { percentile } from './stats'

export const ms = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '-')

export interface Answer {
  status: number
  body: any
  ms: number
  /** the Retry-After header, when there is one */
  retryAfter?: string
}

/** one request; status 0 when no answer came (refused, reset, or no answer within `timeoutMs`) */
export async function send(
  url: string,
  method: string,
  token?: string,
  body?: unknown,
  key?: string,
  timeoutMs = 30_000
): Promise<Answer> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  if (key) headers['Idempotency-Key'] = key
  const started = performance.now()
  try {
    const res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs)
    })
    const text = await res.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON: kept as text for the report
    }
    const retryAfter = res.headers.get('retry-after') ?? undefined
    return { status: res.status, body: parsed, ms: performance.now() - started, ...(retryAfter ? { retryAfter } : {}) }
  } catch (e) {
    return { status: 0, body: { error: (e as Error).name }, ms: performance.now() - started }
  }
}

export async function loginUsers(base: string, n: number, prefix = 'load'): Promise<string[]> {
  const tokens: string[] = []
  for (let i = 0; i < n; i++) {
    const r = await send(`${base}/auth/login`, 'POST', undefined, { provider: 'test', code: `${prefix}-${i}` })
    if (r.status !== 200) throw new Error(`login ${prefix}-${i}: ${r.status} ${JSON.stringify(r.body)}`)
    tokens.push(r.body.token)
  }
  return tokens
}

// ---- the writes: each one a valid request of its own, under its own Idempotency-Key ----

/** a valid mainland ID number per n: birth dates from 1950 on, a sequence number per date */
export function personId(n: number): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(n / 900) * 86400_000)
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '')
  const first17 = `440703${ymd}${String(100 + (n % 900))}`
  return first17 + mainlandIdCheckChar(first17)
}

export type WriteKind = 'booking' | 'appeal' | 'application'

export interface Write {
  kind: WriteKind
  path: string
  key: string
  body: Record<string, unknown>
}

type Place = { serviceId: string; hallId: string; date: string; slot: string }
const placesByDay = new Map<string, Place[]>()

/** (service, hall, date, slot) places spread so that the writes of a run rarely meet a full slot */
function bookingPlaces(now: number): Place[] {
  const day = new Date(now).toISOString().slice(0, 10)
  let cached = placesByDay.get(day)
  if (!cached) placesByDay.set(day, (cached = allPlaces(now)))
  return cached
}

function allPlaces(now: number): Place[] {
  const { services, halls } = govDatasets['zh-Hans']
  // from tomorrow on: no slot of the window has passed
  const dates = bookingWindow(now).slice(1)
  const places: Place[] = []
  for (const s of services.filter((x) => x.bookable))
    for (const hallId of s.hallIds) {
      const hall = halls.find((h) => h.id === hallId)
      if (!hall) continue
      for (const date of dates) for (const slot of hall.slots) places.push({ serviceId: s.id, hallId, date, slot })
    }
  return places
}

const APPLICATION_MATTER = 'gov-services/svc-0001'

export function writeFor(kind: WriteKind, n: number, run: string, now: number): Write {
  const key = `${run}-${kind}-${n}`
  if (kind === 'booking') {
    const places = bookingPlaces(now)
    // a stride coprime with most sizes walks every place before it meets one again
    const place = places[(n * 7919) % places.length]
    return {
      kind,
      path: '/me/bookings',
      key,
      body: {
        idempotencyKey: key,
        ...place,
        name: '陈小明',
        idType: 'mainland',
        idNumber: personId(n),
        phoneRegion: 'cn',
        phone: '13800138000'
      }
    }
  }
  if (kind === 'appeal')
    return {
      kind,
      path: '/me/appeals',
      key,
      body: {
        idempotencyKey: key,
        zone: 'jiangmen',
        type: 'complaint',
        channel: 'personal',
        urgent: false,
        categoryCode: '010101',
        tags: ['占道经营'],
        content: `蓬江区北街市场门口每天早上都有人乱摆卖，把人行道全占满了，请城管来管一管。（第 ${n} 件）`,
        location: { city: 'jiangmen', district: 'pengjiang', address: '北街市场门口' },
        photos: [],
        contact: { name: '陈大明', phoneRegion: 'cn', phone: '13800138000' },
        confidential: false,
        subscriptions: []
      }
    }
  const form = applicationsDatasets['zh-Hans'].forms.find((f) => f.matterId === APPLICATION_MATTER)!
  return {
    kind,
    path: '/me/applications',
    key,
    body: {
      idempotencyKey: key,
      matterId: APPLICATION_MATTER,
      formVersion: form.version,
      zone: 'jiangmen',
      applicant: { name: '陈晓明', idType: 'mainland', idNumber: personId(n), phoneRegion: 'cn', phone: '13800138000' },
      answers: { insurance: 'insurance-1', from: '2020-01', to: '2026-10', purpose: 'purpose-1' },
      attachments: {}
    }
  }
}

export interface Acked {
  kind: WriteKind
  user: number
  key: string
  id: string
}

/**
 * Sends a write and, while the answer is "not now" (503, or no answer at all), sends it again under the same key
 * once `ready()` says to (by default at once), up to `attempts` times. The last answer is returned with the
 * answers before it.
 */
export async function sendWrite(
  base: string,
  token: string,
  write: Write,
  {
    attempts = 1,
    ready = async () => undefined,
    onAnswer
  }: { attempts?: number; ready?: () => Promise<void>; onAnswer?: (answer: Answer) => void } = {}
): Promise<{ last: Answer; tries: Answer[] }> {
  const tries: Answer[] = []
  for (;;) {
    const answer = await send(base + write.path, 'POST', token, write.body, write.key)
    tries.push(answer)
    onAnswer?.(answer)
    if ((answer.status !== 0 && answer.status !== 503) || tries.length >= attempts) return { last: answer, tries }
    await ready()
  }
}

// ---- the load ----

type Step = (i: number) => { route: string; run: () => Promise<Answer>; write?: Write }

export interface RouteStats {
  route: string
  count: number
  /** 5xx or no answer */
  errors: number
  /** 4xx: refusals (a full slot is one) */
  refused: number
  p50: number
  p95: number
  max: number
}

export interface LoadResult {
  routes: RouteStats[]
  acked: Acked[]
  /** the 5xx and unanswered requests, route and status, for the report */
  failures: { route: string; status: number; body: unknown }[]
  /** the 4xx answers by route and reason */
  refusals: Record<string, number>
  wallMs: number
  requests: number
}

export interface LoadOptions {
  /** the API base, e.g. http://127.0.0.1:8787/api/v1 */
  base: string
  tokens: string[]
  requests: number
  concurrency: number
  /** tells one run's idempotency keys from another's on the same database */
  run?: string
  now?: number
}

/** write numbers, for the whole process: a second run's people and places are not the first's */
const counters: Record<WriteKind, number> = { booking: 0, appeal: 0, application: 0 }

const SEARCH_WORDS = [
  '社保',
  'sbcx',
  'gjj',
  '身份证',
  'kpdl',
  '营业执照',
  'yyzz',
  '驾驶证',
  '人才',
  '碉楼',
  'hukou',
  '投诉'
]

/** one cycle of 20 requests: what a busy day's mix looks like, reads well ahead of writes */
const MIX = [
  'services',
  'search',
  'service',
  'search',
  'booking',
  'availability',
  'appeal',
  'services',
  'search',
  'appeals',
  'service',
  'application',
  'sights',
  'search',
  'booking',
  'applications',
  'services',
  'appeal',
  'service',
  'availability'
] as const

export async function runLoad({
  base,
  tokens,
  requests,
  concurrency,
  run = `load${Date.now().toString(36)}`,
  now = Date.now()
}: LoadOptions): Promise<LoadResult> {
  const { services, halls } = govDatasets['zh-Hans']
  const bookable = services.filter((s) => s.bookable && s.hallIds.length)
  const date = bookingWindow(now)[1]
  const user = (i: number) => i % tokens.length
  const write =
    (kind: WriteKind, route: string): Step =>
    (i) => {
      const w = writeFor(kind, counters[kind]++, run, now)
      return { route, write: w, run: () => send(base + w.path, 'POST', tokens[user(i)], w.body, w.key) }
    }
  const read =
    (route: string, path: (i: number) => string, signed = false): Step =>
    (i) => ({ route, run: () => send(base + path(i), 'GET', signed ? tokens[user(i)] : undefined) })
  const steps: Record<(typeof MIX)[number], Step> = {
    services: read('GET /gov/services', () => '/gov/services?zone=jiangmen'),
    service: read('GET /gov/services/:id', (i) => `/gov/services/${services[i % services.length].id}`),
    availability: read('GET /gov/halls/:id/availability', (i) => {
      const hallId = bookable[i % bookable.length].hallIds[0]
      return `/gov/halls/${halls.find((h) => h.id === hallId)!.id}/availability?date=${date}`
    }),
    sights: read('GET /tourism/sights', () => '/tourism/sights'),
    search: read('GET /search', (i) => `/search?q=${encodeURIComponent(SEARCH_WORDS[i % SEARCH_WORDS.length])}`),
    booking: write('booking', 'POST /me/bookings'),
    appeal: write('appeal', 'POST /me/appeals'),
    appeals: read('GET /me/appeals', () => '/me/appeals', true),
    application: write('application', 'POST /me/applications'),
    applications: read('GET /me/applications', () => '/me/applications', true)
  }

  const samples = new Map<string, number[]>()
  const stats = new Map<string, { errors: number; refused: number }>()
  const acked: Acked[] = []
  const failures: LoadResult['failures'] = []
  const refusals: Record<string, number> = {}
  let next = 0
  const started = performance.now()
  const worker = async () => {
    for (let i = next++; i < requests; i = next++) {
      const step = steps[MIX[i % MIX.length]](i)
      const answer = await step.run()
      const route = step.route
      if (!samples.has(route)) samples.set(route, [])
      samples.get(route)!.push(answer.ms)
      const s = stats.get(route) ?? { errors: 0, refused: 0 }
      stats.set(route, s)
      if (answer.status === 0 || answer.status >= 500) {
        s.errors++
        failures.push({ route, status: answer.status, body: answer.body })
      } else if (answer.status >= 400) {
        s.refused++
        const reason = `${route} ${answer.status} ${String(answer.body?.error?.reason ?? '')}`
        refusals[reason] = (refusals[reason] ?? 0) + 1
      } else if (step.write)
        acked.push({ kind: step.write.kind, user: user(i), key: step.write.key, id: answer.body.id })
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const wallMs = performance.now() - started
  const routes = [...samples].map(([route, list]): RouteStats => {
    const sorted = [...list].sort((a, b) => a - b)
    const s = stats.get(route)!
    return {
      route,
      count: list.length,
      errors: s.errors,
      refused: s.refused,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      max: sorted[sorted.length - 1]
    }
  })
  routes.sort((a, b) => a.route.localeCompare(b.route))
  return { routes, acked, failures, refusals, wallMs, requests }
}

const LISTS: Record<WriteKind, string> = {
  booking: '/me/bookings',
  appeal: '/me/appeals',
  application: '/me/applications'
}

export interface Verification {
  /** acknowledged writes not in their user's list */
  missing: Acked[]
  /** ids listed more than once, or records beyond the acknowledged ones */
  extra: { kind: WriteKind; user: number; listed: number; acked: number }[]
}

/** every acknowledged write in its user's list exactly once, and nothing listed that was not acknowledged */
export async function verifyStored(base: string, tokens: string[], acked: Acked[]): Promise<Verification> {
  const missing: Acked[] = []
  const extra: Verification['extra'] = []
  for (let user = 0; user < tokens.length; user++)
    for (const kind of Object.keys(LISTS) as WriteKind[]) {
      const r = await send(base + LISTS[kind], 'GET', tokens[user])
      if (r.status !== 200) throw new Error(`${LISTS[kind]}: ${r.status} ${JSON.stringify(r.body)}`)
      const ids = (r.body as { id: string }[]).map((x) => x.id)
      const mine = acked.filter((a) => a.user === user && a.kind === kind)
      for (const a of mine) if (!ids.includes(a.id)) missing.push(a)
      const distinct = new Set(mine.map((a) => a.id)).size
      if (ids.length !== distinct || new Set(ids).size !== ids.length)
        extra.push({ kind, user, listed: ids.length, acked: distinct })
    }
  return { missing, extra }
}

export function printLoad(label: string, result: LoadResult): void {
  const pad = (s: string | number, n: number) => String(s).padStart(n)
  console.log(`route${' '.repeat(31)}  count errors refused   p50 ms   p95 ms   max ms`)
  for (const r of result.routes)
    console.log(
      `${r.route.padEnd(36)}${pad(r.count, 7)}${pad(r.errors, 7)}${pad(r.refused, 8)}${pad(ms(r.p50), 9)}${pad(ms(r.p95), 9)}${pad(ms(r.max), 9)}`
    )
  const all = result.routes.reduce((n, r) => n + r.count, 0)
  const rps = all / (result.wallMs / 1000)
  console.log(`${all} requests in ${ms(result.wallMs / 1000, 2)} s: ${ms(rps, 0)} requests/s`)
  for (const r of result.routes)
    console.log(
      `${label} route="${r.route}" count=${r.count} errors=${r.errors} p50=${ms(r.p50)} p95=${ms(r.p95)} max=${ms(r.max)}`
    )
  console.log(`${label} requests=${all} rps=${ms(rps, 0)} errors=${result.failures.length}`)
  for (const [reason, n] of Object.entries(result.refusals)) console.log(`refused: ${reason} x${n}`)
}

// ---- the server process of the benchmark ----

export interface ServerProcess {
  base: string
  /** the JSON line the process printed about its search catalogue */
  search: { docs: number; buildMs: number; heapBytes: number }
  stop(): Promise<void>
}

/** starts scripts/bench/server-process.ts: its own node process, so the load does not share its event loop */
export function startServerProcess(env: Record<string, string> = {}): Promise<ServerProcess> {
  const root = path.join(__dirname, '../..')
  const child: ChildProcess = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'scripts/bench/server-process.ts'],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const exited = new Promise((resolve) => child.on('exit', resolve))
  return new Promise((resolve, reject) => {
    let output = ''
    child.stdout!.on('data', (d) => {
      output += d
      const m = /^READY (.*)$/m.exec(output)
      if (!m) return
      const ready = JSON.parse(m[1])
      resolve({
        base: ready.base,
        search: ready.search,
        async stop() {
          child.kill('SIGTERM')
          await exited
        }
      })
    })
    void exited.then(() => reject(new Error(`the server process exited: ${output}`)))
  })
}

export async function benchServerLoad(): Promise<void> {
  const users = 20
  const requests = Number(process.env.BENCH_LOAD_REQUESTS ?? 4000)
  const concurrency = Number(process.env.BENCH_LOAD_CONCURRENCY ?? 16)
  const database = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite in memory'
  console.log(
    `\n# server load (node ${process.version}, ${cpus().length} cores, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')})`
  )
  console.log(`${requests} requests, ${concurrency} at a time, ${users} users, one server process on ${database}`)
  const server = await startServerProcess()
  try {
    const tokens = await loginUsers(server.base, users)
    // warm-up: the JIT and the first rows of each table, not counted
    const warm = await runLoad({ base: server.base, tokens, requests: 200, concurrency, run: 'warm' })
    const result = await runLoad({ base: server.base, tokens, requests, concurrency })
    printLoad('server-load', result)
    const check = await verifyStored(server.base, tokens, [...warm.acked, ...result.acked])
    console.log(
      `acknowledged writes ${result.acked.length}: missing ${check.missing.length}, duplicated or unacknowledged ${check.extra.length}`
    )
    for (const f of result.failures.slice(0, 5))
      console.log(`failure: ${f.route} ${f.status} ${JSON.stringify(f.body)}`)
  } finally {
    await server.stop()
  }
}
