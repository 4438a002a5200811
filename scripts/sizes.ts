// Package sizes of the mini-program builds against our budgets:
//   npx tsx scripts/sizes.ts [weapp|alipay|h5]     (default: all three)
// The main package is every file of dist/<target> not under a subpackage root; each subpackage is the
// files under its root. Budgets: main ≤ 450 KB, each subpackage ≤ 1 MB (the platforms allow 2 MB per
// package; we keep headroom so that growth is a decision, not an accident). The H5 site is one package measured as
// a browser receives it: every text file gzip-compressed, as scripts/serve.mjs (and any web server) sends it, images
// as they are, ≤ 1 MB. Its size on disk and its JavaScript alone are reported beside it. A browser loads one page's
// chunks at a time, so the whole site is an upper bound of what any visit downloads. Exits 1 when over budget.
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { listFiles } from './lib/files'

const TARGETS = ['weapp', 'alipay', 'h5'] as const
type Target = (typeof TARGETS)[number]

const BUDGET_KB = { main: 450, subpackage: 1024, h5: 1024 }

interface PackageSize {
  name: string
  bytes: number
  files: number
  budgetKb: number
}

const root = path.resolve(__dirname, '..')
const kb = (bytes: number) => (bytes / 1024).toFixed(1)

// every file of a build counts, whatever its folder is called
const walk = (dir: string) => listFiles(dir, () => true, [])

function measure(target: Target): PackageSize[] {
  const dist = path.join(root, process.env.DIST_ROOT ?? 'dist', target)
  const appJsonPath = path.join(dist, 'app.json')
  if (!existsSync(appJsonPath))
    throw new Error(`dist/${target}/app.json not found: run \`npx taro build --type ${target}\` first`)
  const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8')) as {
    subPackages?: { root: string }[]
    subpackages?: { root: string }[]
  }
  const roots = (appJson.subPackages ?? appJson.subpackages ?? []).map((s) => s.root.replace(/\/+$/, ''))

  const packages = new Map<string, PackageSize>([
    ['main', { name: 'main', bytes: 0, files: 0, budgetKb: BUDGET_KB.main }]
  ])
  roots.forEach((r) => packages.set(r, { name: r, bytes: 0, files: 0, budgetKb: BUDGET_KB.subpackage }))
  for (const file of walk(dist)) {
    const rel = path.relative(dist, file).split(path.sep).join('/')
    const owner = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main'
    const pkg = packages.get(owner)!
    pkg.bytes += statSync(file).size
    pkg.files += 1
  }
  return [...packages.values()]
}

function measureH5(): PackageSize[] {
  const dist = path.join(root, process.env.DIST_ROOT ?? 'dist', 'h5')
  if (!existsSync(path.join(dist, 'index.html')))
    throw new Error('dist/h5/index.html not found: run `npm run build:h5` first')
  const files = walk(dist)
  const js = files.filter((f) => f.endsWith('.js'))
  const gzip = (f: string) => gzipSync(readFileSync(f)).length
  const served = (f: string) => (/\.(png|jpe?g|gif|webp|ico|woff2?)$/.test(f) ? statSync(f).size : gzip(f))
  const onDisk = files.reduce((n, f) => n + statSync(f).size, 0)
  console.log(
    `h5 on disk: ${kb(onDisk)}KB; JavaScript: ${js.length} files, ${kb(js.reduce((n, f) => n + gzip(f), 0))}KB gzip`
  )
  return [
    {
      name: 'site (served)',
      bytes: files.reduce((n, f) => n + served(f), 0),
      files: files.length,
      budgetKb: BUDGET_KB.h5
    }
  ]
}

function report(target: Target): boolean {
  const sizes = target === 'h5' ? measureH5() : measure(target)
  const width = Math.max(...sizes.map((s) => s.name.length), 'package'.length)
  const row = (a: string, b: string, c: string, d: string) =>
    `  ${a.padEnd(width)}  ${b.padStart(9)}  ${c.padStart(5)}  ${d.padStart(8)}`
  console.log(`${target} (dist/${target})`)
  console.log(row('package', 'KB', 'files', 'budgetKB'))
  sizes.forEach((s) => console.log(row(s.name, kb(s.bytes), String(s.files), String(s.budgetKb))))
  const total = sizes.reduce((n, s) => n + s.bytes, 0)
  console.log(row('total', kb(total), String(sizes.reduce((n, s) => n + s.files, 0)), ''))

  let ok = true
  for (const s of sizes) {
    const over = s.bytes > s.budgetKb * 1024
    ok &&= !over
    const verdict = over ? `OVER BUDGET by ${kb(s.bytes - s.budgetKb * 1024)}KB` : 'ok'
    console.log(`size ${target} ${s.name}=${kb(s.bytes)}KB budget=${s.budgetKb}KB ${verdict}`)
  }
  return ok
}

function main(): void {
  const arg = process.argv[2]
  if (arg !== undefined && !(TARGETS as readonly string[]).includes(arg)) {
    console.error(`usage: npx tsx scripts/sizes.ts [${TARGETS.join('|')}]`)
    process.exit(2)
  }
  const targets = arg ? [arg as Target] : [...TARGETS]
  let ok = true
  for (const target of targets) {
    try {
      ok = report(target) && ok
    } catch (e) {
      console.error(`size ${target}: ${(e as Error).message}`)
      ok = false
    }
  }
  if (!ok) {
    console.error(
      `size: over budget or missing build (budgets: main ${BUDGET_KB.main}KB, each subpackage ${BUDGET_KB.subpackage}KB, H5 site ${BUDGET_KB.h5}KB as served)`
    )
    process.exit(1)
  }
}

main()
