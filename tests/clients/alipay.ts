// Alipay real-client checks, offline: `npx tsx tests/clients/alipay.ts` after `npx taro build --type alipay`.
// Every page of app.json boots in a simulated Alipay host (`my`); there is no offline AXML compiler, so the
// page's text is read from the data tree it sends with setData (Taro's root.cn / v), which is what AXML draws.
import path from 'node:path'
import { allPages, describeError, MiniHost, REPO_ROOT, type MiniPage } from './host'
import { checkPage, expectationFor, kb, Report, requireDist, staleExpectations, warningsOf } from './report'

const ALIPAY_DIST = path.join(REPO_ROOT, process.env.DIST_ROOT ?? 'dist', 'alipay')
const report = new Report('alipay')
/** --show: print each page's text and title too (handy when updating expectations.ts) */
const SHOW_TEXT = process.argv.includes('--show')

interface AlipayClient {
  host: MiniHost
  page?: MiniPage
  error?: unknown
}

async function boot(
  pagePath: string,
  options: { query?: Record<string, string>; language?: string; storage?: Map<string, unknown> } = {}
): Promise<AlipayClient> {
  const host = new MiniHost({
    platform: 'alipay',
    distDir: ALIPAY_DIST,
    language: options.language,
    storage: options.storage
  })
  try {
    host.launch(pagePath, options.query)
    return { host, page: await host.openPage(pagePath, options.query) }
  } catch (error) {
    return { host, page: host.pages()[0], error }
  }
}

const textOf = (page?: MiniPage): string => page?.dataTexts().join(' ') ?? ''

async function checkAllPages(): Promise<void> {
  const pages = allPages(ALIPAY_DIST)
  let largest = { nodes: -1, page: '' }
  for (const pagePath of pages) {
    const expectation = expectationFor(pagePath)
    if (!expectation) {
      report.fail(pagePath, 'no row in tests/clients/expectations.ts (add the page, its query and its key text)')
      continue
    }
    const { host, page, error } = await boot(pagePath, {
      query: expectation.query,
      storage: await expectation.storage?.()
    })
    try {
      if (error || !page) {
        report.fail(pagePath, `crashed at boot: ${describeError(error)}`, textOf(page))
        continue
      }
      const text = textOf(page)
      const problems = checkPage(host, page, expectation, text)
      warningsOf(host).forEach((w) => report.note(`${pagePath} warning: ${w}`))
      const nodes = page.nodeCount()
      if (nodes > largest.nodes) largest = { nodes, page: pagePath }
      const summary = `nodes=${nodes} firstSetData=${kb(page.setDataCalls[0]?.bytes ?? 0)} setDataCalls=${page.setDataCalls.length}`
      if (problems.length) report.fail(pagePath, `${summary}: ${problems.join('; ')}`, text)
      else report.note(`${pagePath} ${summary} text-ok`)
      if (SHOW_TEXT)
        console.log(`    title: ${JSON.stringify(page.navigationBarTitle())}\n    text: ${JSON.stringify(text)}`)
    } finally {
      host.dispose()
    }
  }
  staleExpectations(pages).forEach((p) =>
    report.note(`warning: expectations.ts has a row for ${p}, which is not in app.json`)
  )
  if (largest.page) report.note(`largest-page nodes=${largest.nodes} page=${largest.page}`)
}

/** 我的 → tap 语言 (Alipay event shape, bubbling over the data tree): the page and the tab bar switch to 繁體 */
async function checkLanguageTap(): Promise<void> {
  const subject = 'tap pages/mine/index "语言"'
  const { host, page, error } = await boot('pages/mine/index')
  try {
    if (error || !page) return report.fail(subject, `crashed at boot: ${describeError(error)}`, textOf(page))
    await page.tapTextInData('语言')
    const text = textOf(page)
    if (!text.includes('語言') || !text.includes('繁體中文'))
      return report.fail(subject, 'did not switch to 繁體', text)
    // the app draws the tab bar (customize-tab-bar): its data tree speaks the language just chosen
    const bar = await host.mountComponent('customize-tab-bar/index')
    const tabTexts = bar.dataTexts()
    if (JSON.stringify(tabTexts) !== JSON.stringify(['首頁', '服務', '我的']))
      return report.fail(subject, `customised tab bar not in 繁體: it shows ${JSON.stringify(tabTexts)}`)
    report.note(`${subject} → 語言 / 繁體中文, customised tab bar 首頁 服務 我的 ok`)
  } catch (e) {
    report.fail(subject, describeError(e), textOf(page))
  } finally {
    host.dispose()
  }
}

/** a device whose Alipay runs in 繁體 (language zh-Hant) starts the app in 繁體 */
async function checkFirstLaunchLanguage(): Promise<void> {
  const subject = 'first launch language=zh-Hant pages/home/index'
  const { host, page, error } = await boot('pages/home/index', { language: 'zh-Hant' })
  try {
    if (error || !page) return report.fail(subject, `crashed at boot: ${describeError(error)}`, textOf(page))
    const text = textOf(page)
    if (!text.includes('江門專區')) return report.fail(subject, 'started in 简体', text)
    report.note(`${subject} → 繁體 ok`)
  } finally {
    host.dispose()
  }
}

async function main(): Promise<void> {
  requireDist(ALIPAY_DIST, 'npx taro build --type alipay')
  await checkAllPages()
  await checkLanguageTap()
  await checkFirstLaunchLanguage()
  report.finish()
}

main().catch((e) => {
  console.error(`alipay: the check itself crashed: ${describeError(e)}`)
  process.exit(2)
})
