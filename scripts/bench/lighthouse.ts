// Lighthouse mobile (performance only) on the H5 home page, served gzip-compressed from the built site.
// Noisy on a shared machine: three runs, each printed with the load average, and their median; nothing is asserted.
// Skipped with a message when Chromium or the built site is missing.
//
//   npx tsx scripts/bench/lighthouse.ts      (or as part of `npm run bench`)
//   DIST_ROOT=… picks the build (default dist/h5); CHROMIUM=… another browser binary (default /usr/bin/chromium)
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import path from 'node:path'
import { CHROMIUM_FLAGS } from '../chromium-flags.mjs'

const RUNS = 3
const root = path.join(__dirname, '..', '..')

export interface LighthouseRun {
  score: number
  tbtMs: number
  lcpMs: number
  fcpMs: number
}

interface LighthouseReport {
  categories: { performance: { score: number } }
  audits: Record<string, { numericValue?: number }>
}

function runOnce(url: string, chromium: string): Promise<LighthouseRun> {
  const cli = require.resolve('lighthouse/cli/index.js')
  const args = [
    cli,
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`
  ]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromium } })
    let out = ''
    let err = ''
    child.stdout.on('data', (d: Buffer) => (out += d.toString()))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`))
      const report = JSON.parse(out) as LighthouseReport
      const metric = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN)
      resolve({
        score: Math.round(report.categories.performance.score * 100),
        tbtMs: metric('total-blocking-time'),
        lcpMs: metric('largest-contentful-paint'),
        fcpMs: metric('first-contentful-paint')
      })
    })
  })
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function benchLighthouse(): Promise<LighthouseRun[] | null> {
  const chromium = process.env.CHROMIUM || '/usr/bin/chromium'
  const dist = path.join(root, process.env.DIST_ROOT ?? 'dist', 'h5')
  if (!existsSync(chromium)) {
    console.log(`lighthouse: skipped, no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM)`)
    return null
  }
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.log(`lighthouse: skipped, ${path.relative(root, dist)}/index.html is missing (npm run build:h5)`)
    return null
  }
  // serve.mjs has top-level await (its CLI), so it cannot be require()d: import it
  const { serve } = await import('../serve.mjs')
  const server = await serve({ root: dist, port: 0 })
  const url = `${server.url}#/pages/home/index`
  const runs: LighthouseRun[] = []
  try {
    for (let i = 0; i < RUNS; i++) {
      const load = loadavg()[0].toFixed(2)
      const run = await runOnce(url, chromium)
      runs.push(run)
      console.log(
        `lighthouse run ${i + 1}: score=${run.score} tbt=${run.tbtMs}ms lcp=${run.lcpMs}ms fcp=${run.fcpMs}ms (load ${load})`
      )
    }
  } finally {
    await server.close()
  }
  console.log(
    `lighthouse mobile, H5 home, median of ${RUNS}: score=${median(runs.map((r) => r.score))} ` +
      `tbt=${median(runs.map((r) => r.tbtMs))}ms lcp=${median(runs.map((r) => r.lcpMs))}ms`
  )
  return runs
}

if (require.main === module) {
  benchLighthouse().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
