// Helpers for the H5 browser journeys (tests/e2e/journeys/*.mjs), run by tests/e2e/run.mjs.
//
// A journey file:
//
//   import { open, tapText, expectText, shot } from '../lib.mjs'
//   export const name = 'my-journey'                  // used in the report and screenshot names
//   export const keepContext = false                  // optional: true = reuse the previous journey's browser
//                                                     //   context, page and storage instead of a fresh one
//   export const contextOptions = { locale: 'zh-HK' } // optional: extra Playwright context options
//   export default async function (page, ctx) { ... } // throw (or fail an assert) to fail the journey
//
// Files run in name order (10-zone, 20-elder, 30-traditional, 40-about, …): number new ones to place them.
// Each journey gets a fresh browser context (empty localStorage, iPhone 13 viewport, zh-CN, Asia/Shanghai).
// ctx = { name, baseUrl, consoleErrors: string[], pageErrors: string[], messages, log(msg) }.
// A page error (uncaught exception) fails the journey; console errors are printed but do not.
//
// Taro H5 keeps earlier pages of the stack in the DOM (hidden), so every text lookup below is scoped to the
// page on screen (`currentPage`) plus the tab bar, and only matches visible elements.
//
// Navigation
//   open(page, route)                  full page load of a hash route: open(page, '/pages/home/index?zone=x');
//                                      waits until the page has rendered. Use routes from src/routes.ts.
//   reload(page)                       reload the document and wait for the page to render again
//   waitForRoute(page, path)           wait until location.hash starts with #<path> and the page has settled
//   settle(page)                       wait until page transitions are over (the tap helpers do this first)
//   currentRoute(page)                 the current hash route, e.g. '/pages/mine/index'
//   currentPage(page)                  Locator of the page on screen (.taro_page)
//   tabBar(page)                       Locator of the tab bar on screen (.wst-tab-bar, drawn by each tab page)
//   tapTab(page, text)                 tap a tab bar item by its text ('我的')
//   tabTexts(page)                     the tab bar's texts, in order
//   expectTabTexts(page, texts)        wait until the tab bar shows exactly these texts
//
// Interaction
//   tapText(page, text, opts?)         click the visible element with this text (string = substring match,
//                                      { exact: true } for whole text, or a RegExp); the first match on
//                                      screen wins
//   tap(page, selector)                click the first visible element matching a CSS selector on the page
//   fill(page, label, value)           type into the input of the form field labelled `label`
//                                      (.wst-field label, then aria-label, then placeholder), then blur
//   choose(page, label, item)          pickerSelect on the <Picker> inside the form field labelled `label`
//   setSwitch(page, selector, on)      set a Taro <Switch> (selector of the switch or an element around it)
//   isSwitchOn(page, selector)         whether that Switch is checked
//   pickerSelect(page, trigger, item)  open a Taro H5 <Picker> by tapping `trigger` (a Locator, a CSS selector
//                                      starting with . # [ or css=, else a text) and choose the row whose text
//                                      is `item`, then press 确定 ({ column } for multi-column pickers)
//
// Assertions (all wait up to `timeout`, default 30 s, and throw with a clear message)
//   expectText(page, text, opts?)      visible text on the page on screen or the tab bar
//   expectNoText(page, text, opts?)    no such visible text
//   expectVisible(page, selector)      a visible element matches the CSS selector
//   textOf(page, selector)             innerText of the first visible match
//   until(fn, { timeout, message })    poll an async condition until it returns something truthy
//   assert                             node:assert/strict, re-exported
//
// Measuring
//   computedNumber(page, selector, prop)   parseFloat(getComputedStyle(el)[prop]) of the first visible match
//                                          ('line-height: normal' comes back as NaN)
//   computedStyle(page, selector, props[]) { prop: value } strings
//   boxOf(page, selector)                  { x, y, width, height } in CSS px
//   contrastOf(page, selector)             { ratio, color, background } of the text colour against the
//                                          effective background (semi-transparent layers composited up the
//                                          tree onto white; background images are ignored)
//   visibleDialogs(page)                   descriptions of visible dialogs, modals, toasts and masks
//   expectToast(page, text)                wait until a Taro toast (Taro.showToast) shows `text`
//   storage(page)                          localStorage as an object; Taro's {"data": …} wrapper is removed and
//                                          JSON strings are parsed (e.g. storage(page)['wst:settings'].state)
//   setStorage(page, key, value)           write `value` the way Taro.setStorageSync does on H5 ({"data": value});
//                                          the app reads it on its next read (reload to be sure)
//
// Forms
//   fieldError(page, label)                the error message shown under the form field labelled `label`
//                                          ('' when there is none)
//   expectFieldError(page, label, text)    wait until that field shows exactly `text` under it
//
// Artifacts
//   shot(page, step)                   full-page screenshot to artifacts/e2e/<journey>-<step>.png
//   messages['zh-Hans' | 'zh-Hant']    every message catalogue under src/ (*.zh-Hans.json, zh-Hans.json, …)
//                                      merged, so journeys follow the data: messages['zh-Hans']['mine.about']
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export { assert }

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const ARTIFACTS = path.join(ROOT, 'artifacts', 'e2e')
// Every wait is for a condition; this only bounds how long a condition may take to come true. It is generous: a
// busy machine makes a journey slower, never red (run.mjs stops a journey only when nothing comes true for long).
const DEFAULT_TIMEOUT = 30_000

function readJson(file) {
  try {
    return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'))
  } catch {
    return {}
  }
}

/** every message catalogue under src/ (shell, features, core), merged; keys are namespaced */
function catalogue(locale) {
  const files = []
  const walk = (dir) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!['generated', 'data'].includes(entry.name) || dir !== 'src') walk(rel)
      } else if (entry.name.endsWith(`${locale}.json`)) files.push(rel)
    }
  }
  walk('src')
  // the shell last, so its wording wins if a key were ever defined twice
  files.sort(
    (a, b) => Number(a.startsWith('src/locales/')) - Number(b.startsWith('src/locales/')) || a.localeCompare(b)
  )
  return Object.assign({}, ...files.map(readJson))
}

/**
 * the query each page of the app opens with (e.g. { id: 'svc-0001' }), from the one table of pages the real-client
 * checks use (tests/clients/expectations.ts), so a detail page is opened on a real record
 */
export function pageQueries() {
  const script =
    "import { EXPECTATIONS } from './tests/clients/expectations';" +
    'console.log(JSON.stringify(Object.fromEntries(Object.entries(EXPECTATIONS).map(([p, e]) => [p, e.query ?? {}]))))'
  const r = spawnSync('npx', ['tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`reading tests/clients/expectations.ts failed: ${r.stderr.slice(-800)}`)
  return JSON.parse(r.stdout.trim().split('\n').pop())
}

/** a page's route with its query */
export const routeOf = (path, query = {}) => {
  const q = new URLSearchParams(query).toString()
  return `/${path}${q ? `?${q}` : ''}`
}

export const messages = {
  'zh-Hans': catalogue('zh-Hans'),
  'zh-Hant': catalogue('zh-Hant')
}

// per-page state set by the runner: { journey, baseUrl }
const pageInfo = new WeakMap()

/** called by run.mjs for every page it hands to a journey */
export function attach(page, info) {
  pageInfo.set(page, info)
}

function info(page) {
  const i = pageInfo.get(page)
  if (!i) throw new Error('page not attached: use the page the runner passes to the journey')
  return i
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

// when a condition last came true: run.mjs stops a journey that makes no progress at all (a hang), never one that
// is only slow, so a long journey on a busy machine is never cut short by a clock
let progressAt = Date.now()
export const lastProgress = () => progressAt

/** poll `fn` until it returns something truthy (returned), or throw `message` after `timeout` ms */
export async function until(fn, { timeout = DEFAULT_TIMEOUT, interval = 100, message } = {}) {
  const end = Date.now() + timeout
  let last
  for (;;) {
    try {
      const v = await fn()
      if (v) {
        progressAt = Date.now()
        return v
      }
    } catch (err) {
      last = err
    }
    if (Date.now() > end) {
      const m = typeof message === 'function' ? await message().catch(() => '') : message
      throw new Error(`${m ?? 'timed out'}${last ? ` (${last.message})` : ''}`)
    }
    await sleep(interval)
  }
}

// ───────────────────────────── navigation

/** the page on screen: the last visible .taro_page */
export function currentPage(page) {
  return page.locator('.taro_page').filter({ visible: true }).last()
}

/** the page on screen plus the tab bar: where text lookups happen */
function scope(page) {
  return currentPage(page).or(tabBar(page))
}

export async function currentRoute(page) {
  const hash = await page.evaluate(() => location.hash)
  return decodeURIComponent(hash.replace(/^#/, ''))
}

export async function waitForRoute(page, route, { timeout = DEFAULT_TIMEOUT } = {}) {
  const want = route.startsWith('/') ? route : `/${route}`
  await until(async () => (await currentRoute(page)).startsWith(want), {
    timeout,
    message: async () => `expected route ${want}, at ${await currentRoute(page)}`
  })
  await settle(page, { timeout })
  await waitForRender(page, timeout)
}

/**
 * Wait until page transitions are over: exactly one .taro_page is displayed, it is `taro_page_stationed`, and it is
 * the page of the address (its id is the route's path). Taro's H5 router changes the address first and only then
 * builds the next page and slides it in over 300 ms, hiding the previous page with a timer: right after the address
 * changes, the old page is still the one stationed page; a field filled then is filled on a page still moving (the
 * browser pans to the focused field and the view is left off its place). Navigating back inside that window leaves
 * the previous page hidden (a blank screen). So the helpers act like a person and let each transition finish before
 * the next step.
 */
export async function settle(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  await until(
    () =>
      page.evaluate(() => {
        const shown = [...document.querySelectorAll('.taro_page')].filter(
          (el) => getComputedStyle(el).display !== 'none'
        )
        const route = decodeURIComponent(location.hash.replace(/^#/, '')).split('?')[0]
        return (
          shown.length === 1 &&
          shown[0].classList.contains('taro_page_stationed') &&
          (route === '' || route === '/' || shown[0].id.split('?')[0] === route)
        )
      }),
    {
      timeout,
      interval: 50,
      message: async () =>
        `page transition did not settle: ${await page.evaluate(() =>
          [...document.querySelectorAll('.taro_page')]
            .map((el) => `${el.id} [${el.className}] display=${getComputedStyle(el).display}`)
            .join('; ')
        )}`
    }
  )
}

async function waitForRender(page, timeout = DEFAULT_TIMEOUT) {
  await until(
    () =>
      page.evaluate(() => {
        const pages = [...document.querySelectorAll('.taro_page')].filter(
          (el) => el.offsetParent !== null || getComputedStyle(el).position === 'fixed'
        )
        const p = pages[pages.length - 1]
        return !!p && p.innerText.trim().length > 0
      }),
    { timeout, message: 'the page did not render (no visible .taro_page with text)' }
  )
  await settle(page, { timeout })
}

/** a full document load of a hash route, e.g. open(page, '/pages/home/index?zone=shenjiang') */
export async function open(page, route = '/pages/home/index', { timeout = DEFAULT_TIMEOUT } = {}) {
  const { baseUrl } = info(page)
  const hash = route.startsWith('/') ? route : `/${route}`
  // a goto that only changes the hash would not reload the document; go through about:blank to get a real load
  if (page.url().startsWith(baseUrl)) await page.goto('about:blank')
  await page.goto(`${baseUrl}#${hash}`, { waitUntil: 'load', timeout })
  await waitForRender(page, timeout)
}

export async function reload(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  await page.reload({ waitUntil: 'load', timeout })
  await waitForRender(page, timeout)
}

/** the app-drawn tab bar on screen (each tab page draws its own: the visible one is the current page's) */
export function tabBar(page) {
  return page.locator('.wst-tab-bar').filter({ visible: true }).last()
}

export async function tabTexts(page) {
  return tabBar(page)
    .locator('.wst-tab-bar__label')
    .allInnerTexts()
    .then((t) => t.map((s) => s.trim()))
}

/** wait until the tab bar shows exactly these texts (it is updated asynchronously after a language change) */
export async function expectTabTexts(page, texts, { timeout = DEFAULT_TIMEOUT } = {}) {
  await until(async () => JSON.stringify(await tabTexts(page)) === JSON.stringify(texts), {
    timeout,
    message: async () => `tab bar shows ${JSON.stringify(await tabTexts(page))}, expected ${JSON.stringify(texts)}`
  })
}

export async function tapTab(page, text) {
  await settle(page)
  const item = tabBar(page).locator('.wst-tab-bar__item').filter({ hasText: text }).first()
  await item.click({ timeout: DEFAULT_TIMEOUT })
  // the tab is switched once the bar on screen (the new page's) has its item selected
  const selected = async () => {
    const on = tabBar(page).locator('.wst-tab-bar__item--on')
    return (await on.count()) > 0 && (await on.first().innerText()).includes(text)
  }
  await until(selected, { message: `the tab ${JSON.stringify(text)} was not selected` })
  await waitForRender(page)
}

// ───────────────────────────── interaction

function textLocator(page, text, { exact = false } = {}) {
  return scope(page).getByText(text, { exact }).filter({ visible: true })
}

/** click the visible element showing `text` on the page on screen (or in the tab bar) */
export async function tapText(page, text, { exact = false, timeout = DEFAULT_TIMEOUT } = {}) {
  await settle(page, { timeout })
  const loc = textLocator(page, text, { exact })
  await until(async () => (await loc.count()) > 0, {
    timeout,
    message: `no visible text ${JSON.stringify(String(text))} to tap`
  })
  // getByText returns the innermost element holding the text; with several on screen, the first one wins
  await loc.first().click({ timeout })
}

export async function tap(page, selector, { timeout = DEFAULT_TIMEOUT } = {}) {
  await settle(page, { timeout })
  const loc = currentPage(page).locator(selector).filter({ visible: true }).first()
  await loc.click({ timeout })
}

/** type into the form field labelled `label` */
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** the .wst-field whose label is exactly `label`, else the first whose label contains it */
async function fieldByLabel(page, label, timeout = DEFAULT_TIMEOUT) {
  const p = currentPage(page)
  const exact = p
    .locator('.wst-field')
    // a required field's label ends in its * mark
    .filter({
      has: page.locator('.wst-field__label', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*\\*?\\s*$`) })
    })
  const loose = p.locator('.wst-field').filter({ has: page.locator('.wst-field__label', { hasText: label }) })
  return until(
    async () => ((await exact.count()) > 0 ? exact.first() : (await loose.count()) > 0 ? loose.first() : null),
    {
      timeout,
      message: async () => `no form field labelled ${JSON.stringify(label)}; the page shows: ${await screenText(page)}`
    }
  )
}

export async function fill(page, label, value, { timeout = DEFAULT_TIMEOUT } = {}) {
  const p = currentPage(page)
  const field = await fieldByLabel(page, label, 300).catch(() => null)
  const candidates = [
    field ? field.locator('input, textarea') : null,
    p.getByLabel(label),
    p.getByPlaceholder(label)
  ].filter(Boolean)
  const input = await until(
    async () => {
      for (const c of candidates) {
        const v = c.filter({ visible: true })
        if ((await v.count()) > 0) return v.first()
      }
      return null
    },
    { timeout, message: `no input for field ${JSON.stringify(label)}` }
  )
  await input.fill('')
  await input.fill(String(value))
  // Taro inputs report onInput; blur so onBlur validation runs too
  await input.blur()
}

async function switchInput(page, selector) {
  const loc = currentPage(page).locator(selector).filter({ visible: true }).first()
  const input = loc.locator('input[type=checkbox]')
  return (await input.count()) > 0 ? input.first() : loc
}

export async function isSwitchOn(page, selector) {
  const input = await switchInput(page, selector)
  return input.evaluate((el) => !!el.checked)
}

export async function setSwitch(page, selector, on = true) {
  const input = await switchInput(page, selector)
  if ((await input.evaluate((el) => !!el.checked)) !== on) await input.click()
  await until(async () => (await input.evaluate((el) => !!el.checked)) === on, {
    message: `switch ${selector} did not turn ${on ? 'on' : 'off'}`
  })
}

/**
 * Taro H5 Picker: the trigger is the Picker's child; tapping it shows .weui-picker (a bottom sheet, moved to
 * the end of <body>, with 取消 / 确定 and one .weui-picker__group column per range, 7 rows of 34 px visible).
 * Tapping a row (a click without movement) scrolls that row into the indicator; 确定 fires onChange. The
 * rows sit under a gradient mask, so the taps go to coordinates rather than to the row elements.
 */
export async function pickerSelect(page, trigger, item, { column = 0, timeout = DEFAULT_TIMEOUT } = {}) {
  await settle(page, { timeout })
  const p = currentPage(page)
  const triggerLoc =
    typeof trigger !== 'string'
      ? trigger
      : /^([.#[]|css=)/.test(trigger)
        ? p.locator(trigger.replace(/^css=/, '')).filter({ visible: true }).first()
        : p.getByText(trigger).filter({ visible: true }).first()
  await triggerLoc.click({ timeout })
  // the sheet is moved out of the page, to the end of <body>
  const sheet = page.locator('.weui-picker').filter({ visible: true }).first()
  await sheet.waitFor({ state: 'visible', timeout })
  // wait for the slide-up animation to finish
  await until(
    () => sheet.evaluate((el) => el.getAnimations({ subtree: true }).every((a) => a.playState !== 'running')),
    { timeout, message: 'picker animation did not finish' }
  )
  const group = sheet.locator('.weui-picker__group').nth(column)
  const row = group.locator('.weui-picker__item').filter({ hasText: item }).first()
  if ((await row.count()) === 0) {
    const rows = await group.locator('.weui-picker__item').allInnerTexts()
    throw new Error(`picker has no row ${JSON.stringify(item)}; rows: ${rows.join(' | ')}`)
  }
  const indicatorText = async () => {
    const ind = await group.locator('.weui-picker__indicator').boundingBox()
    const rows = await group.locator('.weui-picker__item').evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect()
        return { text: el.textContent.trim(), mid: r.top + r.height / 2 }
      })
    )
    const mid = ind.y + ind.height / 2
    return rows.find((r) => Math.abs(r.mid - mid) < 8)?.text
  }
  // a tap on a row brings it to the indicator; rows outside the 7-row window are reached by tapping the
  // window's edge row (3 rows per tap) until the wanted row shows
  for (let attempt = 0; attempt < 40 && (await indicatorText()) !== item; attempt++) {
    const win = await group.boundingBox()
    const box = await row.boundingBox()
    const mid = box.y + box.height / 2
    const centre = win.y + win.height / 2
    const y = mid > win.y + 17 && mid < win.y + win.height - 17 ? mid : centre + Math.sign(mid - centre) * 3 * 34
    const content = group.locator('.weui-picker__content')
    const before = await content.evaluate((el) => el.style.transform)
    await page.mouse.click(box.x + box.width / 2, y)
    // the column moves (a 0.3 s transition, drawn in a later frame): read the indicator once it has stopped
    await until(
      () =>
        content.evaluate(
          (el, from) => el.style.transform !== from && el.getAnimations().every((a) => a.playState !== 'running'),
          before
        ),
      { timeout, message: 'the picker column did not move to the tapped row' }
    )
  }
  const chosen = await indicatorText()
  if (chosen !== item)
    throw new Error(`picker: could not scroll to ${JSON.stringify(item)} (at ${JSON.stringify(chosen)})`)
  await sheet.locator('.weui-picker__action').last().click({ timeout })
  await sheet.waitFor({ state: 'hidden', timeout })
}

/** choose `item` in the Picker inside the form field labelled `label` (see fill) */
export async function choose(page, label, item, opts = {}) {
  const field = (await fieldByLabel(page, label, opts.timeout))
    .locator('taro-picker-core > div')
    .filter({ visible: true })
    .first()
  await pickerSelect(page, field, item, opts)
}

// ───────────────────────────── assertions

export async function expectText(page, text, { exact = false, timeout = DEFAULT_TIMEOUT } = {}) {
  const loc = textLocator(page, text, { exact })
  await until(async () => (await loc.count()) > 0, {
    timeout,
    message: async () =>
      `expected to see ${JSON.stringify(String(text))} on ${await currentRoute(page)}; the page shows: ${await screenText(page)}`
  })
}

export async function expectNoText(page, text, { exact = false, timeout = DEFAULT_TIMEOUT } = {}) {
  const loc = textLocator(page, text, { exact })
  await until(async () => (await loc.count()) === 0, {
    timeout,
    message: `expected not to see ${JSON.stringify(String(text))}`
  })
}

export async function expectVisible(page, selector, { timeout = DEFAULT_TIMEOUT } = {}) {
  await currentPage(page).locator(selector).filter({ visible: true }).first().waitFor({ state: 'visible', timeout })
}

export async function textOf(page, selector, { timeout = DEFAULT_TIMEOUT } = {}) {
  const loc = currentPage(page).locator(selector).filter({ visible: true }).first()
  await loc.waitFor({ state: 'visible', timeout })
  return (await loc.innerText()).trim()
}

/** the visible text of the page on screen, shortened, for error messages */
export async function screenText(page, max = 400) {
  const t = await currentPage(page)
    .innerText({ timeout: 1000 })
    .catch(() => '')
  const flat = t.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

// ───────────────────────────── measuring

async function firstVisible(page, selector, timeout = DEFAULT_TIMEOUT) {
  const loc = currentPage(page).locator(selector).filter({ visible: true }).first()
  await loc.waitFor({ state: 'visible', timeout }).catch(() => {
    throw new Error(`no visible ${selector} on the page`)
  })
  return loc
}

export async function computedStyle(page, selector, props) {
  const loc = await firstVisible(page, selector)
  return loc.evaluate((el, props) => {
    const cs = getComputedStyle(el)
    return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))
  }, props)
}

export async function computedNumber(page, selector, prop) {
  const style = await computedStyle(page, selector, [prop])
  return parseFloat(style[prop])
}

export async function boxOf(page, selector) {
  const loc = await firstVisible(page, selector)
  return loc.boundingBox()
}

export async function contrastOf(page, selector) {
  const loc = await firstVisible(page, selector)
  return loc.evaluate((el) => {
    const parse = (s) => {
      let m = s.match(/rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/)
      if (m) return [+m[1], +m[2], +m[3], m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : +m[4]]
      m = s.match(/color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+))?\)/)
      if (m) return [m[1] * 255, m[2] * 255, m[3] * 255, m[4] === undefined ? 1 : +m[4]]
      if (s === 'transparent') return [0, 0, 0, 0]
      throw new Error(`cannot parse colour ${s}`)
    }
    // composite `top` over an opaque `bottom`
    const over = (top, bottom) => [0, 1, 2].map((i) => top[i] * top[3] + bottom[i] * (1 - top[3])).concat(1)
    const layers = []
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      const cs = getComputedStyle(n)
      const bg = parse(cs.backgroundColor)
      if (bg[3] > 0) layers.push(bg)
      if (bg[3] >= 1) break
      if (parseFloat(cs.opacity) < 1) break
    }
    let background = [255, 255, 255, 1]
    for (const layer of layers.reverse()) background = over(layer, background)
    const fg = over(parse(getComputedStyle(el).color), background)
    const lum = (c) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
      })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const [a, b] = [lum(fg), lum(background)].sort((x, y) => y - x)
    const hex = (c) =>
      '#' +
      c
        .slice(0, 3)
        .map((v) => Math.round(v).toString(16).padStart(2, '0'))
        .join('')
    return { ratio: (a + 0.05) / (b + 0.05), color: hex(fg), background: hex(background) }
  })
}

/** visible dialogs, modals, action sheets, toasts and masks, described for an error message */
export async function visibleDialogs(page) {
  return page.evaluate(() => {
    const sel = [
      '[role=dialog]',
      '[role=alertdialog]',
      '[aria-modal=true]',
      '.taro__modal',
      '.taro__actionSheet',
      '.taro__toast',
      '.taro-modal__mask',
      '.weui-mask',
      '.weui-dialog',
      '.weui-actionsheet',
      '.weui-toast',
      '.weui-picker'
    ].join(',')
    return [...document.querySelectorAll(sel)]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        const cs = getComputedStyle(el)
        return (
          r.width > 0 &&
          r.height > 0 &&
          cs.visibility !== 'hidden' &&
          cs.display !== 'none' &&
          parseFloat(cs.opacity) > 0 &&
          el.checkVisibility?.() !== false
        )
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''}: ${el.innerText.trim().slice(0, 60)}`
      )
  })
}

export async function expectToast(page, text, { timeout = DEFAULT_TIMEOUT } = {}) {
  // the .taro__toast wrapper has no box of its own (its mask and bubble are position: fixed): look for a
  // displayed wrapper whose bubble has a size and shows the text
  const shown = () =>
    page.evaluate((want) => {
      return [...document.querySelectorAll('.taro__toast')].some(
        (el) =>
          getComputedStyle(el).display !== 'none' &&
          el.style.opacity !== '0' &&
          el.textContent.includes(want) &&
          [...el.querySelectorAll('*')].some((c) => c.textContent.includes(want) && c.getBoundingClientRect().width > 0)
      )
    }, String(text))
  await until(shown, {
    timeout,
    message: async () =>
      `expected a toast ${JSON.stringify(String(text))}; visible: ${JSON.stringify(await visibleDialogs(page))}`
  })
}

export async function storage(page) {
  return page.evaluate(() => {
    const parse = (v) => {
      if (typeof v !== 'string') return v
      try {
        return JSON.parse(v)
      } catch {
        return v
      }
    }
    return Object.fromEntries(
      Object.keys(localStorage).map((k) => {
        let v = parse(localStorage.getItem(k))
        // Taro.setStorageSync stores { data: value }
        if (v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 1 && 'data' in v)
          v = parse(v.data)
        return [k, v]
      })
    )
  })
}

export async function setStorage(page, key, value) {
  await page.evaluate(([k, v]) => localStorage.setItem(k, JSON.stringify({ data: v })), [key, value])
}

// ───────────────────────────── forms

export async function fieldError(page, label, { timeout = DEFAULT_TIMEOUT } = {}) {
  const field = await fieldByLabel(page, label, timeout)
  const err = field.locator('.wst-field__error').filter({ visible: true })
  return (await err.count()) > 0 ? (await err.first().innerText()).trim() : ''
}

export async function expectFieldError(page, label, text, { timeout = DEFAULT_TIMEOUT } = {}) {
  let last = ''
  await until(
    async () => {
      last = await fieldError(page, label, { timeout })
      return last === text
    },
    {
      timeout,
      message: () =>
        Promise.resolve(
          `field ${JSON.stringify(label)} shows ${JSON.stringify(last)}, expected ${JSON.stringify(text)}`
        )
    }
  )
}

// ───────────────────────────── artifacts

const FULL_PAGE_CSS = `
html, body, #app, .taro_router, .taro-tabbar__container, .taro-tabbar__panel,
.taro_page.taro_page_show { height: auto !important; max-height: none !important; overflow: visible !important; }
.taro_router > .taro_page.taro_page_show { position: relative !important; }
.taro_page.taro_page_show > * { min-height: 0 !important; }
`

export async function shot(page, step) {
  const { journey } = info(page)
  mkdirSync(ARTIFACTS, { recursive: true })
  const safe = (s) => String(s).replace(/[^\w.-]+/g, '_')
  const file = path.join(ARTIFACTS, `${safe(journey)}-${safe(step)}.png`)
  // Taro pages scroll inside .taro_page (max-height: 100vh), so a plain full-page shot would stop at the
  // viewport: let the page on screen grow to its content for the shot, then restore it. (The page root's
  // min-height: 100vh is lifted too, or it would grow with the enlarged capture viewport and push the tab bar
  // out of the picture.)
  //
  // The capture resizes the viewport, and Taro's H5 root-font-size script recomputes <html> font-size on
  // resize (rem = 20 px × min(width, height) / 375, clamped to 20–40 px), which would reflow the page mid-shot
  // and leave it with a different root size afterwards: pin the current size during the shot and put the
  // inline value back afterwards, so taking a screenshot never changes what the journey measures next.
  const saved = await page.evaluate(() => ({
    inline: document.documentElement.style.fontSize,
    computed: getComputedStyle(document.documentElement).fontSize
  }))
  const handle = await page
    .addStyleTag({ content: `${FULL_PAGE_CSS}\nhtml { font-size: ${saved.computed} !important; }` })
    .catch(() => null)
  try {
    await page.screenshot({ path: file, fullPage: true, animations: 'disabled', scale: 'css' })
  } finally {
    await handle?.evaluate((el) => el.remove()).catch(() => undefined)
    await page
      .evaluate(
        (inline) =>
          new Promise((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                document.documentElement.style.fontSize = inline
                resolve()
              })
            )
          ),
        saved.inline
      )
      .catch(() => undefined)
  }
  return file
}
