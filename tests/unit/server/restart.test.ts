/**
 * @jest-environment node
 */
// A server killed in the middle of a submission and the submission retried with its Idempotency-Key against the
// next server on the same database: exactly one record, whether the first one had committed or not. Each server is
// a process of its own (`npm run server`), killed with SIGKILL; the database is the PGlite directory both use in
// turn, or with DATABASE_URL that PostgreSQL.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bookingWindow } from '@/core/booking'
import { mainlandIdCheckChar } from '@/core/validators'
import { govDatasets } from '@/backend/embedded/gov-data'
import { postgresDatabase } from '../../../server/db'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'

const ROOT = join(__dirname, '../../..')
const { services, halls } = govDatasets['zh-Hans']
const service = services.find((s) => s.bookable && s.hallIds.length > 0)!
const hall = halls.find((h) => h.id === service.hallIds[0])!
const first17 = '44070319900101321'

interface Running {
  child: ChildProcess
  url: string
  exited: Promise<unknown>
}

function startProcess(env: Record<string, string>): Promise<Running> {
  // node itself with tsx's loader: one process, so a kill ends the server (tsx's CLI would leave its child running)
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'warn',
      OFFICE_CENTER_PASSWORD: 'p',
      OFFICE_UNIT_PASSWORD: 'p',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stderr!.on('data', (d) => (output += d))
  const exited = new Promise((resolve) => child.on('exit', resolve))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL: ${output}`)), WAIT_TIMEOUT_MS)
    child.stdout!.on('data', (d) => {
      output += d
      const m = /API on .* at (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(output)
      if (m) {
        clearTimeout(timer)
        resolve({ child, url: m[1], exited })
      }
    })
    void exited.then(() => reject(new Error(`exited: ${output}`)))
  })
}

const kill = async (r: Running) => {
  r.child.kill('SIGKILL')
  await r.exited
}

test('killed mid-submission, the retry on the next server gives exactly one booking', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'server-restart-'))
  // on a PostgreSQL, a schema of this test's own (the processes reach it through the URL's search_path)
  const url = process.env.DATABASE_URL
  const schema = `restart_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = url ? postgresDatabase(url, { schema }) : undefined
  await admin?.query('SELECT 1')
  const withSchema = (u: string) =>
    `${u}${u.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
  const env: Record<string, string> = url ? { DATABASE_URL: withSchema(url) } : { PGLITE_DIR: dir }
  const running: Running[] = []
  try {
    const first = await startProcess(env)
    running.push(first)
    const login = await fetch(`${first.url}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ provider: 'test', code: 'resident' })
    })
    const { token } = await login.json()
    const key = `restart-${Date.now()}`
    const booking = {
      idempotencyKey: key,
      serviceId: service.id,
      hallId: hall.id,
      date: bookingWindow(Date.now())[9],
      slot: hall.slots[hall.slots.length - 1],
      name: '陈小明',
      idType: 'mainland',
      idNumber: first17 + mainlandIdCheckChar(first17),
      phoneRegion: 'cn',
      phone: '13800138000'
    }
    const send = (url: string) =>
      fetch(`${url}/me/bookings`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, 'Idempotency-Key': key },
        body: JSON.stringify(booking)
      })
    // the process dies while the submission is on its way or being stored: whatever it left, committed or not,
    // the retry under the same key must end with one booking
    const lost = send(first.url).then(
      (r) => r.status,
      () => 'no answer'
    )
    await kill(first)
    const lostStatus = await lost
    const second = await startProcess(env)
    running.push(second)
    const retried = await send(second.url)
    expect(retried.status).toBe(200)
    const again = await send(second.url)
    expect(await again.json()).toEqual(await retried.clone().json())
    const mine = await (
      await fetch(`${second.url}/me/bookings`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()
    expect({ lostStatus, count: mine.length }).toEqual({ lostStatus, count: 1 })
  } finally {
    for (const r of running) await kill(r).catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
    await admin?.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin?.close()
  }
})
