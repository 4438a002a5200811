// H5 journeys in a real browser (Debian's Chromium through playwright-core).
//
//   npm run test:e2e                    build dist/h5 if it is missing or older than the sources, run all journeys
//   npm run test:e2e -- zone elder      only journeys whose file name or `name` contains one of the words
//   E2E_BUILD=always|never              force or skip the H5 build
//   CHROMIUM=/path/to/chromium          another browser binary (default /usr/bin/chromium)
//
// Journeys are tests/e2e/journeys/*.mjs, run in file-name order; see tests/e2e/lib.mjs for the contract and
// the helpers. Screenshots go to artifacts/e2e/<journey>-<step>.png (plus <journey>-FAILED.png on failure)
// and a summary to artifacts/e2e/report.json. Prints `✓ name` / `✗ name: error`, then `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, devices } from 'playwright-core'
import { serve } from '../../scripts/serve.mjs'
import { CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs'
import { ARTIFACTS, ROOT, attach, lastProgress, messages, shot } from './lib.mjs'

const started = Date.now()
const DIST = path.join(ROOT, process.env.DIST_ROOT ?? 'dist', 'h5')
const JOURNEYS = path.join(ROOT, 'tests', 'e2e', 'journeys')
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium'
// how long a journey may go without any condition coming true before it counts as hung (never a bound on its length)
const STALL_TIMEOUT = Number(process.env.E2E_STALL_TIMEOUT || 120_000)
const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'))

// ───────────── build when needed

function newestMtime(p) {
  if (!existsSync(p)) return 0
  const st = statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const entry of readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)))
  return newest
}

function needsBuild() {
  const mode = process.env.E2E_BUILD
  if (mode === 'always') return 'E2E_BUILD=always'
  if (mode === 'never') return null
  const index = path.join(DIST, 'index.html')
  if (!existsSync(index)) return 'dist/h5 is missing'
  const built = statSync(index).mtimeMs
  const sources = ['src', 'config', 'package.json', 'babel.config.js', 'tsconfig.json'].map((p) =>
    newestMtime(path.join(ROOT, p))
  )
  return Math.max(...sources) > built ? 'dist/h5 is older than the sources' : null
}

const why = needsBuild()
if (why) {
  console.log(`building H5 (${why}) …`)
  const t = Date.now()
  const r = spawnSync('npm', ['run', 'build:h5'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
  if (r.status !== 0) {
    console.error(r.stdout?.slice(-6000))
    console.error(r.stderr?.slice(-6000))
    console.error('✗ H5 build failed')
    console.log('0 passed, 1 failed')
    process.exit(1)
  }
  console.log(`built in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error(`✗ ${path.relative(ROOT, DIST)}/index.html is missing (build with npm run build:h5)`)
  console.log('0 passed, 1 failed')
  process.exit(1)
}

// ───────────── journeys

const files = readdirSync(JOURNEYS)
  .filter((f) => f.endsWith('.mjs'))
  .sort()
const journeys = []
for (const file of files) {
  const mod = await import(pathToFileURL(path.join(JOURNEYS, file)).href)
  const fn = mod.default ?? mod.run
  if (typeof fn !== 'function') throw new Error(`${file}: export a default async function (page, ctx)`)
  const name = mod.name ?? file.replace(/\.mjs$/, '').replace(/^\d+[-_]/, '')
  if (filters.length && !filters.some((w) => file.includes(w) || name.includes(w))) continue
  journeys.push({ file, name, fn, keepContext: !!mod.keepContext, contextOptions: mod.contextOptions ?? {} })
}

// artifacts of this run only
mkdirSync(ARTIFACTS, { recursive: true })
for (const f of readdirSync(ARTIFACTS)) if (f.endsWith('.png') || f === 'report.json') rmSync(path.join(ARTIFACTS, f))

const server = await serve({ root: DIST, port: 0 })
// playwright gives every launch a fresh temporary --user-data-dir and removes it on close
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_FLAGS
})

const baseContext = { ...devices['iPhone 13'], locale: 'zh-CN', timezoneId: 'Asia/Shanghai' }
// browserName of the descriptor is not a context option
delete baseContext.defaultBrowserType

const results = []
let shared = null // { context, page, events } of the previous journey, for keepContext journeys

for (const j of journeys) {
  const t = Date.now()
  let context, page, events
  if (j.keepContext && shared) {
    context = shared.context
    page = shared.page
    events = shared.events
    events.console.length = 0
    events.pageErrors.length = 0
    events.failedRequests.length = 0
  } else {
    if (shared) await shared.context.close().catch(() => undefined)
    context = await browser.newContext({ ...baseContext, ...j.contextOptions })
    // nothing leaves the machine: everything but our server is refused
    await context.route(
      (url) =>
        !url.href.startsWith(server.url) &&
        !url.href.startsWith('data:') &&
        !url.href.startsWith('blob:') &&
        url.href !== 'about:blank',
      (route) => route.abort('blockedbyclient')
    )
    page = await context.newPage()
    page.setDefaultTimeout(10000)
    events = { console: [], pageErrors: [], failedRequests: [] }
    page.on('console', (msg) => {
      if (msg.type() === 'error') events.console.push(msg.text())
    })
    page.on('pageerror', (err) => events.pageErrors.push(err.stack || err.message))
    page.on('requestfailed', (req) => events.failedRequests.push(`${req.url()} (${req.failure()?.errorText})`))
    page.on('response', (res) => {
      if (res.status() >= 400) events.failedRequests.push(`${res.url()} (${res.status()})`)
    })
  }
  shared = { context, page, events }
  attach(page, { journey: j.name, baseUrl: server.url })
  const ctx = {
    name: j.name,
    baseUrl: server.url,
    consoleErrors: events.console,
    pageErrors: events.pageErrors,
    messages,
    log: (msg) => console.log(`    ${msg}`)
  }

  let error = null
  try {
    // a journey may take as long as it needs while its conditions keep coming true; one where nothing came true
    // for STALL_TIMEOUT is hung (every wait of lib.mjs is bounded already: this catches a call that never returns)
    let timer
    const began = Date.now()
    await Promise.race([
      j.fn(page, ctx),
      new Promise((_, reject) => {
        timer = setInterval(() => {
          const idle = Date.now() - Math.max(began, lastProgress())
          if (idle > STALL_TIMEOUT) reject(new Error(`journey made no progress for ${Math.round(idle / 1000)} s`))
        }, 1000)
      })
    ]).finally(() => clearInterval(timer))
    if (events.pageErrors.length)
      throw new Error(`page error: ${events.pageErrors[0].split('\n').slice(0, 3).join(' ')}`)
  } catch (err) {
    error = err
    await shot(page, 'FAILED').catch(() => undefined)
  }

  const secs = (Date.now() - t) / 1000
  const firstLine = (e) => String(e?.message ?? e).split('\n')[0]
  if (error) {
    console.log(`✗ ${j.name}: ${firstLine(error)}`)
    // Playwright's call log says why an action waited (covered, moving, outside the viewport): kept in CI's output
    const log = String(error?.message ?? '').split('Call log:')[1]
    if (log)
      console.log(
        log
          .trim()
          .split('\n')
          .slice(0, 30)
          .map((l) => `    ${l.trim()}`)
          .join('\n')
      )
  } else console.log(`✓ ${j.name} (${secs.toFixed(1)} s)`)
  if (error && process.env.E2E_VERBOSE) console.log(error.stack)
  for (const e of events.pageErrors) console.log(`    page error: ${e.split('\n')[0]}`)
  for (const e of [...new Set(events.console)]) console.log(`    console error: ${e.slice(0, 300)}`)
  for (const e of [...new Set(events.failedRequests)]) console.log(`    request failed: ${e}`)
  results.push({
    name: j.name,
    file: j.file,
    ok: !error,
    error: error ? String(error.message ?? error) : undefined,
    seconds: secs,
    consoleErrors: [...events.console],
    pageErrors: [...events.pageErrors],
    failedRequests: [...events.failedRequests]
  })
}

await browser.close()
await server.close()

const passed = results.filter((r) => r.ok).length
const failed = results.length - passed
writeFileSync(
  path.join(ARTIFACTS, 'report.json'),
  JSON.stringify({ seconds: (Date.now() - started) / 1000, passed, failed, results }, null, 2)
)
console.log(
  `screenshots: ${path.relative(process.cwd(), ARTIFACTS) || '.'}/ (${((Date.now() - started) / 1000).toFixed(1)} s)`
)
if (journeys.length === 0) console.log('no journeys matched')
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed > 0 || journeys.length === 0 ? 1 : 0)
