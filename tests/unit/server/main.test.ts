/**
 * @jest-environment node
 */
// `npm run server` as a process: it migrates, prints its URL, answers, and on SIGTERM finishes and exits 0. Without
// DATABASE_URL it runs on an embedded PGlite (in memory here); with it, on that PostgreSQL.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { appealsDatasets } from '@/backend/embedded/appeals-data'
import { postgresDatabase } from '../../../server/db'
import { unitUsername } from '../../../server/auth/sessions'
import { departmentUsername, onlineDepartments } from '../../../server/routes/office-departments'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'

const ROOT = join(__dirname, '../../..')

test('the server process starts, prints its URL, answers /healthz and exits cleanly on SIGTERM', async () => {
  // on a PostgreSQL, a schema of this test's own (the process reaches it through the URL's search_path)
  const url = process.env.DATABASE_URL
  const schema = `main_${process.pid}_${Math.random().toString(36).slice(2, 8)}`
  const admin = url ? postgresDatabase(url, { schema }) : undefined
  await admin?.query('SELECT 1')
  const database = url
    ? `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`
    : ''
  // node itself with tsx's loader: one process, so a kill ends the server (tsx's CLI would leave its child running)
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: '0',
      DATABASE_URL: database,
      PGLITE_DIR: 'memory',
      OFFICE_CENTER_PASSWORD: 'centre-password',
      LOG_LEVEL: 'warn'
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  child.stderr.on('data', (d) => (output += d))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  try {
    const base = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), WAIT_TIMEOUT_MS)
      child.stdout.on('data', (d) => {
        output += d
        const m = /API on .* at (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(output)
        if (m) {
          clearTimeout(timer)
          resolve(m[1])
        }
      })
      void exited.then((code) => reject(new Error(`exited ${code}: ${output}`)))
    })
    const health = await (await fetch(new URL('/healthz', base))).json()
    expect(health).toEqual({ ok: true, database: process.env.DATABASE_URL ? 'postgresql' : 'pglite' })
    // the seeded centre account logs in with the password it was given
    const login = await fetch(`${base}/office/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'center', password: 'centre-password' })
    })
    expect(login.status).toBe(200)
    // every department with online forms has an account, its generated password printed once
    const printed = [...output.matchAll(/office account "(dept-[a-z-]+)" \(department [a-z-]+\): password (\S+)/g)]
    expect(printed.map((m) => m[1])).toEqual(onlineDepartments().map((d) => departmentUsername(d.id)))
    const department = await fetch(`${base}/office/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: printed[0][1], password: printed[0][2] })
    })
    expect((await department.json()).role).toBe('department')
    // so has every handling unit of the routing data, city, district and cross-city alike, as unit-<id>
    const units = [...output.matchAll(/office account "(unit-[a-z0-9-]+)" \(unit ([a-z0-9-]+)\): password (\S+)/g)]
    expect(units.map((m) => m[1])).toEqual(appealsDatasets['zh-Hans'].units.map((u) => unitUsername(u.id)))
    expect(units.map((m) => m[2])).toEqual(appealsDatasets['zh-Hans'].units.map((u) => u.id))
    expect(units.length).toBeGreaterThan(100)
    const district = units.find((m) => m[2] === 'jm-xinhui-urban')!
    const unit = await fetch(`${base}/office/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: district[1], password: district[3] })
    })
    expect(await unit.json()).toMatchObject({ role: 'unit', unitId: 'jm-xinhui-urban', departmentId: null })
    // each password is printed once, the given one never
    expect(output.match(/office account "unit-jm-urban"/g)).toHaveLength(1)
    expect(output).not.toContain('office account "center"')
    expect(output).toContain(`office console at ${new URL(base).origin}/console/`)
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
    expect(output).toContain('SIGTERM: finishing the requests in flight')
  } finally {
    child.kill('SIGKILL')
    await admin?.query(`DROP SCHEMA ${schema} CASCADE`)
    await admin?.close()
  }
})
