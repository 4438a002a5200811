// WeChat real-client checks, offline: `npx tsx tests/clients/weapp.ts` after `npx taro build --type weapp`.
//  1. every WXML compiles with WeChat's wcc and every WXSS with wcsc;
//  2. every page of app.json boots in a simulated WeChat host, renders through wcc with the page's key text,
//     within the node and first-setData budgets;
//  3. a few client behaviours: tapping 语言 switches to 繁體 (the custom tab bar too, and it persists), a 高频服务 tile opens its guide,
//     a zh_HK device starts in 繁體, the system font scale reaches the pages.
import { allPages, BootError, describeError, type MiniHost } from './host'
import { checkPage, expectationFor, kb, Report, requireDist, staleExpectations, warningsOf } from './report'
import { compileAllWxss, visibleTexts } from './wcc'
import { bootWeappPage, WEAPP_DIST, weappRenderer, type BootOptions, type WeappPage } from './weapp-client'

const report = new Report('weapp')
/** --show: print each page's visible text and title too (handy when updating expectations.ts) */
const SHOW_TEXT = process.argv.includes('--show')

/** what the user saw before things went wrong: the rendered text if it renders, else the data's text */
function seenText(host: MiniHost): string {
  const page = host.pages()[host.pages().length - 1]
  if (!page) return ''
  try {
    return visibleTexts(weappRenderer().render(`${page.path}.wxml`, page.data)).join(' ')
  } catch {
    return page.dataTexts().join(' ')
  }
}

/** boot a page, reporting a crash as a failure of `subject`; undefined when it crashed */
async function boot(subject: string, pagePath: string, options: BootOptions): Promise<WeappPage | undefined> {
  try {
    return await bootWeappPage(pagePath, options)
  } catch (e) {
    if (e instanceof BootError) report.fail(subject, `crashed at boot: ${describeError(e.reason)}`, seenText(e.host))
    else report.fail(subject, `crashed at boot: ${describeError(e)}`)
    return undefined
  }
}

function compileAll(): boolean {
  try {
    report.note(`wcsc ok wxss=${compileAllWxss(WEAPP_DIST).length}`)
  } catch (e) {
    report.fail('wcsc', describeError(e))
  }
  try {
    report.note(`wcc ok wxml=${weappRenderer().files.length}`)
    return true
  } catch (e) {
    report.fail('wcc', describeError(e))
    return false
  }
}

async function checkAllPages(): Promise<void> {
  const pages = allPages(WEAPP_DIST)
  let largest = { nodes: -1, page: '' }
  for (const pagePath of pages) {
    const expectation = expectationFor(pagePath)
    if (!expectation) {
      report.fail(pagePath, 'no row in tests/clients/expectations.ts (add the page, its query and its key text)')
      continue
    }
    const client = await boot(pagePath, pagePath, { query: expectation.query, storage: await expectation.storage?.() })
    if (!client) continue
    try {
      let text: string
      try {
        text = client.text()
      } catch (e) {
        report.fail(pagePath, `wcc cannot render its data: ${describeError(e)}`, client.page.dataTexts().join(' '))
        continue
      }
      const { page, host } = client
      const problems = checkPage(host, page, expectation, text)
      warningsOf(host).forEach((w) => report.note(`${pagePath} warning: ${w}`))
      const nodes = page.nodeCount()
      if (nodes > largest.nodes) largest = { nodes, page: pagePath }
      const first = page.setDataCalls[0]?.bytes ?? 0
      const summary = `nodes=${nodes} firstSetData=${kb(first)} setDataCalls=${page.setDataCalls.length}`
      if (problems.length) report.fail(pagePath, `${summary}: ${problems.join('; ')}`, text)
      else report.note(`${pagePath} ${summary} text-ok`)
      if (SHOW_TEXT)
        console.log(`    title: ${JSON.stringify(page.navigationBarTitle())}\n    text: ${JSON.stringify(text)}`)
    } finally {
      client.dispose()
    }
  }
  staleExpectations(pages).forEach((p) =>
    report.note(`warning: expectations.ts has a row for ${p}, which is not in app.json`)
  )
  if (largest.page) report.note(`largest-page nodes=${largest.nodes} page=${largest.page}`)
}

/** expect every string in `wanted` on the page; report under `subject` */
function expectText(subject: string, client: WeappPage, wanted: string[]): boolean {
  const text = client.text()
  const missing = wanted.filter((w) => !text.includes(w))
  if (missing.length) report.fail(subject, `missing text ${missing.map((m) => JSON.stringify(m)).join(', ')}`, text)
  return missing.length === 0
}

/** 我的 → tap 语言: the page switches to 繁體, the tab bar follows, and a relaunch keeps it */
async function checkLanguageTap(): Promise<void> {
  const subject = 'tap pages/mine/index "语言"'
  const mine = await boot(subject, 'pages/mine/index', {})
  if (!mine) return
  try {
    await mine.tap('语言')
    if (!expectText(subject, mine, ['語言', '繁體中文', '我的收藏'])) return
    // the app draws the tab bar (custom-tab-bar): it renders through wcc, in the language just chosen
    const bar = await mine.host.mountComponent('custom-tab-bar/index')
    const tabTexts = visibleTexts(weappRenderer().render('custom-tab-bar/index.wxml', bar.data))
    if (JSON.stringify(tabTexts) !== JSON.stringify(['首頁', '服務', '我的'])) {
      report.fail(subject, `custom tab bar not in 繁體: it shows ${JSON.stringify(tabTexts)}`)
      return
    }
    report.note(`${subject} → 語言 / 繁體中文, custom tab bar 首頁 服務 我的 ok`)

    const relaunched = await boot('relaunch after 繁體', 'pages/home/index', { storage: mine.host.storage })
    if (!relaunched) return
    try {
      if (expectText('relaunch after 繁體', relaunched, ['江門專區', '高頻服務']))
        report.note('relaunch after 繁體 → pages/home/index in 繁體 ok')
    } finally {
      relaunched.dispose()
    }
  } catch (e) {
    report.fail(subject, describeError(e), safeText(mine))
  } finally {
    mine.dispose()
  }
}

/** 首页 → tap the first 高频服务 tile: it opens that service's guide, a page that exists in app.json */
async function checkHomeNavigation(): Promise<void> {
  const subject = 'tap pages/home/index first hot service'
  const home = await boot(subject, 'pages/home/index', {})
  if (!home) return
  try {
    // the tile's label is the service name: read it from the rendered grid instead of hard-coding data
    const texts = home.texts()
    const label = texts[texts.indexOf('高频服务') + 2]
    if (!label) return report.fail(subject, 'no tile after 高频服务', texts.join(' '))
    await home.tap(label)
    const url = String((home.host.callsOf('navigateTo')[0]?.args[0] as { url?: string } | undefined)?.url ?? '')
    const target = url.replace(/^\//, '').split('?')[0]
    if (!target.endsWith('pages/guide/index') || !allPages(WEAPP_DIST).includes(target)) {
      return report.fail(subject, `tapping "${label}" navigated to ${JSON.stringify(url)}, expected the guide page`)
    }
    report.note(`${subject} "${label}" → navigateTo ${url} ok`)
  } catch (e) {
    report.fail(subject, describeError(e), safeText(home))
  } finally {
    home.dispose()
  }
}

/** a Hong Kong device (system language zh_HK) starts in 繁體 on first launch */
async function checkFirstLaunchLanguage(): Promise<void> {
  const subject = 'first launch language=zh_HK pages/home/index'
  const home = await boot(subject, 'pages/home/index', { language: 'zh_HK' })
  if (!home) return
  try {
    if (expectText(subject, home, ['江門專區', '高頻服務'])) report.note(`${subject} → 繁體 ok`)
  } finally {
    home.dispose()
  }
}

/** the system font scale (WeChat fontSizeScaleFactor) reaches the pages */
async function checkFontScale(): Promise<void> {
  const subject = 'fontSizeScaleFactor=1.3'
  const settings = await boot(subject, 'features/account/pages/settings/index', { fontScale: 1.3 })
  if (!settings) return
  try {
    const root = settings.render().children?.find((c) => typeof c !== 'string')
    const style = typeof root === 'object' ? String(root.attr?.style ?? '') : ''
    if (!/--fs-scale:\s*1\.3\b/.test(style)) {
      report.fail(subject, `page root style is ${JSON.stringify(style)}, expected --fs-scale: 1.3`)
      return
    }
    if (expectText(subject, settings, ['1.30'])) report.note(`${subject} → --fs-scale: 1.3 and 当前放大 1.30 倍 ok`)
  } finally {
    settings.dispose()
  }
}

function safeText(client: WeappPage): string {
  try {
    return client.text()
  } catch {
    return client.page.dataTexts().join(' ')
  }
}

async function main(): Promise<void> {
  requireDist(WEAPP_DIST, 'npx taro build --type weapp')
  if (compileAll()) {
    await checkAllPages()
    await checkLanguageTap()
    await checkHomeNavigation()
    await checkFirstLaunchLanguage()
    await checkFontScale()
  }
  report.finish()
}

main().catch((e) => {
  console.error(`weapp: the check itself crashed: ${describeError(e)}`)
  process.exit(2)
})
