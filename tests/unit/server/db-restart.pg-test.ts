/**
 * @jest-environment node
 */
// PostgreSQL restarted under load: a server process (`npm run server`) on a throw-away PostgreSQL of this test's
// own (initdb and pg_ctl in a temporary directory, on a free port of 127.0.0.1, so the machine's cluster is never
// touched), signed-in users sending bookings, appeals and applications, 8 at a time; in the middle PostgreSQL is
// stopped at once (pg_ctl stop -m immediate: no shutdown checkpoint, the next start recovers from the WAL) and
// started again. While it is down every request that needs it is answered 503 database.unavailable with
// Retry-After, at once, and the in-memory search still answers; the same server process serves again when it is
// back; every write sent again under its Idempotency-Key until it was acknowledged is stored exactly once. On the
// same cluster: DATABASE_REPLICA_URL's reads go to the replicas (the primary standing in for one that does not
// answer), and public slot availability is such a read while the booking and the user's own list are not.
//
// It needs PostgreSQL's server binaries, so it is not a *.test.ts of `npm test`: CI's PostgreSQL step runs it
//   npx jest --testMatch '**/tests/unit/server/*.pg-test.ts'
// and it fails there with a plain message when they are missing (PG_BIN names another directory of them).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir, userInfo } from 'node:os'
import { join } from 'node:path'
import {
  loginUsers,
  send,
  sendWrite,
  verifyStored,
  writeFor,
  type Acked,
  type Answer,
  type WriteKind
} from '../../../scripts/bench/server-load'
import { postgresDatabase, type Queryable } from '../../../server/db'
import { migrate } from '../../../server/migrate'
import { startServer } from '../../../server/app'
import { testProvider } from '../../../server/auth/providers'
import { freePort } from './raw-http'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'

const ROOT = join(__dirname, '../../..')

/** the directory of initdb, pg_ctl and postgres: PG_BIN, else the newest of Debian's /usr/lib/postgresql/<v>/bin */
function postgresBin(): string {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []
  const found = candidates.find((dir) => ['initdb', 'pg_ctl', 'postgres'].every((b) => existsSync(join(dir, b))))
  if (!found)
    throw new Error(
      'the database-restart test needs PostgreSQL’s initdb, pg_ctl and postgres (Debian: apt-get install ' +
        `postgresql; elsewhere PG_BIN=<their directory>); looked in: ${candidates.join(', ') || 'none'}`
    )
  return found
}

/** initdb refuses to run as root: there, the cluster is the postgres user's */
const asRoot = userInfo().uid === 0

function run(bin: string, args: string[]) {
  const command = asRoot ? 'runuser' : bin
  const r = spawnSync(command, asRoot ? ['-u', 'postgres', '--', bin, ...args] : args, { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${bin} ${args.join(' ')}: ${r.status}\n${r.stdout}\n${r.stderr}`)
}

interface Cluster {
  url: string
  stop(): void
  start(): void
  remove(): void
}

async function throwAwayCluster(): Promise<Cluster> {
  const bin = postgresBin()
  const dir = mkdtempSync(join(tmpdir(), 'pg-restart-'))
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' })
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' })
    chownSync(dir, Number(id.stdout), Number(gid.stdout))
  }
  const data = join(dir, 'data')
  const port = await freePort()
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-instructions'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=40`
  const pgCtl = join(bin, 'pg_ctl')
  const cluster: Cluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    // -w: returns once it is up, or down
    start: () => run(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-o', options, '-w', 'start']),
    stop: () => run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']),
    remove: () => {
      spawnSync(asRoot ? 'runuser' : pgCtl, [
        ...(asRoot ? ['-u', 'postgres', '--', pgCtl] : []),
        '-D',
        data,
        '-m',
        'immediate',
        'stop'
      ])
      rmSync(dir, { recursive: true, force: true })
    }
  }
  cluster.start()
  return cluster
}

interface Running {
  child: ChildProcess
  url: string
  origin: string
  exited: Promise<unknown>
  exitCode(): number | null
}

function startServerProcess(databaseUrl: string): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      LOG_LEVEL: 'fatal',
      OFFICE_CENTER_PASSWORD: 'p',
      OFFICE_UNIT_PASSWORD: 'p',
      OFFICE_DEPARTMENT_PASSWORD: 'p'
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stderr!.on('data', (d) => (output += d))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (d) => {
      output += d
      const m = /API on .* at (http:\/\/127\.0\.0\.1:\d+)(\/api\/v1)/.exec(output)
      if (m) resolve({ child, url: m[1] + m[2], origin: m[1], exited, exitCode: () => child.exitCode })
    })
    void exited.then(() => reject(new Error(`the server exited: ${output}`)))
  })
}

/** set when the test is over: a writer still waiting gives up */
let over = false

/** resolves once `check` holds, looking again every 50 ms */
async function until(what: string, check: () => boolean | Promise<boolean>) {
  const deadline = Date.now() + WAIT_TIMEOUT_MS
  while (!(await check())) {
    if (over || Date.now() > deadline) throw new Error(`still waiting for: ${what}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

const UNAVAILABLE = { error: { code: 'unavailable', reason: 'database.unavailable' } }

let cluster: Cluster
beforeAll(async () => {
  cluster = await throwAwayCluster()
})
afterAll(() => cluster?.remove())

test('PostgreSQL restarted under load: 503 while it is down, the same process serves again, nothing acknowledged lost or doubled', async () => {
  let server: Running | undefined
  try {
    server = await startServerProcess(cluster.url)
    const base = server.url
    const health = async () => (await send(`${server!.origin}/healthz`, 'GET')).status
    const tokens = await loginUsers(base, 4, 'restart')

    const kinds: WriteKind[] = ['booking', 'appeal', 'application']
    const WRITERS = 8
    const PER_WRITER = 18
    const acked: Acked[] = []
    /** every answer that was not a 2xx, with when it came */
    const others: { phase: string; answer: Answer }[] = []
    let phase: 'before' | 'down' | 'after' = 'before'
    let release!: () => void
    const down = new Promise<void>((r) => (release = r))
    const now = Date.now()

    const writer = async (w: number) => {
      const user = w % tokens.length
      for (let i = 0; i < PER_WRITER; i++) {
        // 40 acknowledged before the stop at most, so that there is load left for the outage and after it
        if (phase === 'before' && acked.length >= 40) await down
        const write = writeFor(kinds[(w + i) % kinds.length], w * PER_WRITER + i, `restart${now}`, now)
        const { last } = await sendWrite(base, tokens[user], write, {
          attempts: 1000,
          ready: () => until('the database back', async () => phase === 'after' && (await health()) === 200),
          onAnswer: (answer) => {
            if (answer.status !== 200) others.push({ phase, answer })
          }
        })
        if (last.status === 200) acked.push({ kind: write.kind, user, key: write.key, id: last.body.id })
      }
    }
    const writers = Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)))
    // awaited below; a failure before that is the test's own, not an unhandled rejection
    writers.catch(() => undefined)

    // stopped in the middle of the load, writes in flight
    await until('20 writes acknowledged', () => acked.length >= 20)
    cluster.stop()
    phase = 'down'
    release()
    await until('writes refused during the outage', () => others.filter((o) => o.phase === 'down').length >= 4)
    // while it is down: no database, a clear answer, at once; what lives in memory still answers
    expect(await health()).toBe(503)
    const list = await send(`${base}/me/appeals`, 'GET', tokens[0])
    expect({ status: list.status, body: list.body, retryAfter: list.retryAfter }).toEqual({
      status: 503,
      body: UNAVAILABLE,
      retryAfter: '2'
    })
    expect((await send(`${base}/search?q=kpdl`, 'GET')).status).toBe(200)
    const ackedBefore = acked.length

    cluster.start()
    phase = 'after'
    await writers

    // the same process throughout, serving again
    expect(server.exitCode()).toBeNull()
    expect(await health()).toBe(200)
    expect(acked.length).toBe(WRITERS * PER_WRITER)
    expect(acked.length).toBeGreaterThan(ackedBefore)
    // every answer short of a 2xx was the outage's 503, with its Retry-After; none was a 500 or no answer at all
    expect(others.length).toBeGreaterThan(0)
    expect(
      others.filter(
        (o) =>
          o.answer.status !== 503 ||
          JSON.stringify(o.answer.body) !== JSON.stringify(UNAVAILABLE) ||
          !o.answer.retryAfter
      )
    ).toEqual([])
    // each acknowledged write exactly once: in its user's list, with nothing beside it
    expect(await verifyStored(base, tokens, acked)).toEqual({ missing: [], extra: [] })
    expect(new Set(acked.map((a) => a.id)).size).toBe(acked.length)
    console.log(
      `PostgreSQL restart under load: ${acked.length} writes acknowledged (${ackedBefore} before the stop), ` +
        `${others.length} answers 503 database.unavailable while it was down, slowest ${Math.round(Math.max(...others.map((o) => o.answer.ms)))} ms`
    )
  } finally {
    over = true
    if (server && server.exitCode() === null) {
      server.child.kill('SIGKILL')
      await server.exited
    }
  }
})

test('DATABASE_REPLICA_URL: lag-tolerant reads go to the replicas in turn, to the primary when one does not answer', async () => {
  const named = (name: string, db = 'postgres') => cluster.url.replace(/\/postgres$/, `/${db}?application_name=${name}`)
  const nameOf = async (q: Queryable) =>
    (await q.query<{ n: string }>(`SELECT current_setting('application_name') AS n`)).rows[0].n
  const dead = `postgresql://postgres@127.0.0.1:${await freePort()}/postgres`
  const db = postgresDatabase(named('primary'), { replicaUrls: [named('replica-a'), dead, named('replica-b')] })
  try {
    expect(await nameOf(db)).toBe('primary')
    expect(await db.transaction(nameOf)).toBe('primary')
    // in turn, the one that does not answer standing in for by the primary
    expect([await nameOf(db.replica), await nameOf(db.replica), await nameOf(db.replica)]).toEqual([
      'replica-a',
      'primary',
      'replica-b'
    ])
    // a query the replica refuses is refused, not sent on to the primary
    await expect(db.replica.query('SELECT no_such_column')).rejects.toMatchObject({ code: '42703' })
  } finally {
    await db.close()
  }
})

test('public slot availability reads the replica; the booking and the user’s own list stay on the primary', async () => {
  // a "replica" that never catches up: a database of its own with the same tables
  const admin = postgresDatabase(cluster.url)
  await admin.query('DROP DATABASE IF EXISTS lagging')
  await admin.query('CREATE DATABASE lagging')
  await admin.close()
  const lagging = cluster.url.replace(/\/postgres$/, '/lagging')
  // the schema the server's pools work in, on both
  const replica = postgresDatabase(lagging, { schema: 'replica_test' })
  await migrate(replica)
  await replica.close()
  const db = postgresDatabase(cluster.url, { schema: 'replica_test', replicaUrls: [lagging] })
  await migrate(db)
  const server = await startServer({ db, providers: { test: testProvider() }, rateLimits: false, closeDatabase: true })
  try {
    const { token } = (await send(`${server.url}/auth/login`, 'POST', undefined, { provider: 'test', code: 'r' })).body
    const write = writeFor('booking', 0, `replica${Date.now()}`, Date.now())
    const booked = await sendWrite(server.url, token, write)
    expect(booked.last.status).toBe(200)
    const { hallId, date, slot } = write.body as { hallId: string; date: string; slot: string }
    const availability = await send(`${server.url}/gov/halls/${hallId}/availability?date=${date}`, 'GET')
    // the replica has not seen the booking yet: lag, as a replica may show
    expect(availability.body.find((a: { slot: string }) => a.slot === slot).booked).toBe(0)
    // the user reads their own write
    const mine = await send(`${server.url}/me/bookings`, 'GET', token)
    expect(mine.body.map((b: { id: string }) => b.id)).toEqual([booked.last.body.id])
  } finally {
    await db.query('DROP SCHEMA replica_test CASCADE')
    await server.close()
  }
})
