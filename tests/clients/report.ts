// Shared bookkeeping of the client checks: failures, the per-page checks, and the process-level safety nets.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { EXPECTATIONS, LIMITS, type PageExpectation } from './expectations'
import { describeError, MiniHost, type MiniPage } from './host'

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)}KB`

export class Report {
  readonly failures: string[] = []
  constructor(readonly platform: string) {
    // a promise the bundle rejected without handling: charge it to the client running now
    process.on('unhandledRejection', (reason) => {
      if (MiniHost.latest) MiniHost.latest.uncaught.push(`unhandled rejection: ${describeError(reason)}`)
      else this.fail('(no page)', `unhandled rejection: ${describeError(reason)}`)
    })
  }

  fail(subject: string, reason: string, seenText?: string): void {
    const seen = seenText === undefined ? '' : `\n    text seen: ${JSON.stringify(seenText.slice(0, 300))}`
    const line = `${this.platform} ${subject} FAIL ${reason}${seen}`
    this.failures.push(line)
    console.log(line)
  }

  note(line: string): void {
    console.log(`${this.platform} ${line}`)
  }

  /** print the summary and set the exit code */
  finish(): void {
    if (this.failures.length) {
      console.log(`\n${this.platform}: ${this.failures.length} failure(s):`)
      this.failures.forEach((f) => console.log(`  ${f.split('\n')[0]}`))
      process.exitCode = 1
    } else {
      console.log(`${this.platform}: all checks passed`)
    }
  }
}

export function requireDist(distDir: string, buildCommand: string): void {
  if (!existsSync(path.join(distDir, 'app.json'))) {
    console.error(`${path.relative(process.cwd(), distDir)}/app.json not found: build first (${buildCommand})`)
    process.exit(1)
  }
}

export function expectationFor(pagePath: string): PageExpectation | undefined {
  return EXPECTATIONS[pagePath]
}

/** rows of the table that name no page of the build: probably a renamed or removed page */
export function staleExpectations(pages: string[]): string[] {
  return Object.keys(EXPECTATIONS).filter((p) => !pages.includes(p))
}

/** the checks common to both clients; returns the reasons a page fails */
export function checkPage(host: MiniHost, page: MiniPage, expectation: PageExpectation, visibleText: string): string[] {
  const problems: string[] = []
  const missing = expectation.text.filter((t) => !visibleText.includes(t))
  if (missing.length) problems.push(`missing text ${missing.map((t) => JSON.stringify(t)).join(', ')}`)
  const title = page.navigationBarTitle()
  if (expectation.title !== undefined && title !== expectation.title) {
    problems.push(`navigation bar title ${JSON.stringify(title)}, expected ${JSON.stringify(expectation.title)}`)
  }
  const nodes = page.nodeCount()
  if (nodes >= LIMITS.maxNodes) problems.push(`${nodes} nodes (limit ${LIMITS.maxNodes})`)
  if (page.setDataCalls.length === 0) problems.push('no setData at all: the page never rendered')
  page.setDataCalls.forEach((call, i) => {
    const which = i === 0 ? 'first setData' : `setData #${i + 1}`
    if (call.bytes >= LIMITS.maxSetDataBytes)
      problems.push(`${which} ${kb(call.bytes)} (limit ${kb(LIMITS.maxSetDataBytes)})`)
  })
  host.uncaught.forEach((u) => problems.push(`uncaught: ${u}`))
  host.logs.filter((l) => l.level === 'error').forEach((l) => problems.push(`console.error: ${l.text}`))
  // the default backend is embedded: a network request means something reaches for a server
  host
    .callsOf('request')
    .forEach((c) => problems.push(`unexpected request: ${JSON.stringify(c.args[0]).slice(0, 200)}`))
  return problems
}

/** bundle warnings worth seeing (e.g. an API the stand-in host lacks: Taro prints "暂不支持 X") */
export function warningsOf(host: MiniHost): string[] {
  return host.logs.filter((l) => l.level === 'warn').map((l) => l.text.split('\n')[0])
}
