// The navigation bar title is never cut off: on every page of the app (the H5 build's own page list), at 375 px and
// 320 px wide, in standard and elder mode, the title's text fits its box (nothing scrolled out or hidden behind an
// ellipsis) and keeps clear of the back and home buttons, which are named buttons. Each page opens with the query of its row in the
// real-client table (tests/clients/expectations.ts), so a page that titles itself from its data (a hall's name, a
// 一件事) shows that title.
import { assert, open, pageQueries, routeOf, setStorage, shot, until } from '../lib.mjs'

export const name = 'title-width'

/** the title and how it sits in the bar, once the page has set it (a data page sets it after loading) */
async function measure(page) {
  return page.evaluate(() => {
    const bar = document.querySelector('#taro-navigation-bar')
    const title = bar?.querySelector('.taro-navigation-bar-title')
    if (!bar || !title) return null
    const box = title.getBoundingClientRect()
    const barBox = bar.getBoundingClientRect()
    const shown = [...bar.querySelectorAll('.taro-navigation-bar-back, .taro-navigation-bar-home')].filter(
      (b) => getComputedStyle(b).display !== 'none'
    )
    const buttons = shown.map((b) => b.getBoundingClientRect())
    return {
      text: title.textContent ?? '',
      scrollWidth: title.scrollWidth,
      clientWidth: title.clientWidth,
      scrollHeight: title.scrollHeight,
      clientHeight: title.clientHeight,
      left: box.left,
      right: box.right,
      barLeft: barBox.left,
      barRight: barBox.right,
      buttonsRight: Math.max(barBox.left, ...buttons.map((b) => b.right)),
      fontSize: parseFloat(getComputedStyle(title).fontSize),
      // what a screen reader hears for the back / home icon
      unnamed: shown.filter((b) => b.getAttribute('role') !== 'button' || !b.getAttribute('aria-label')).length
    }
  })
}

const WIDTHS = [375, 320]

/**
 * the title once it stops changing (a page titled from its data sets it after loading) and the bar has the
 * viewport's width (after a resize)
 */
async function settledTitle(page, path, width) {
  let last = ''
  return until(
    async () => {
      const now = await measure(page)
      const key = now ? `${now.text}|${now.barRight - now.barLeft}` : ''
      const settled = now && now.text && key === last && Math.round(now.barRight) <= width
      last = key
      return settled ? now : null
    },
    { interval: 250, message: `${path}: no navigation bar title at ${width} px` }
  )
}

export default async function titleWidth(page, ctx) {
  const queries = pageQueries()
  await open(page, '/pages/home/index')
  const pages = await page.evaluate(() => window.__taroAppConfig?.pages ?? [])
  assert.ok(pages.length >= 20, `the H5 build lists its pages (found ${pages.length})`)
  const problems = []
  let checked = 0
  for (const elder of [false, true]) {
    await setStorage(
      page,
      'wst:settings',
      JSON.stringify({ state: { elderMode: elder, locale: 'zh-Hans', privacyConsent: 1 }, version: 1 })
    )
    for (const path of pages) {
      // each page opens once per mode and is measured at both widths: the bar lays itself out again on a resize
      await page.setViewportSize({ width: WIDTHS[0], height: 720 })
      await open(page, routeOf(path, queries[path]))
      for (const width of WIDTHS) {
        if (width !== WIDTHS[0]) await page.setViewportSize({ width, height: 720 })
        const m = await settledTitle(page, path, width)
        checked++
        const where = `${path} at ${width} px${elder ? ', elder mode' : ''}: “${m.text}”`
        if (m.scrollWidth > m.clientWidth)
          problems.push(`${where} is cut (${m.scrollWidth} > ${m.clientWidth} px wide)`)
        if (m.scrollHeight > m.clientHeight + 1)
          problems.push(`${where} is cut (${m.scrollHeight} > ${m.clientHeight} px tall)`)
        if (m.left < m.buttonsRight - 0.5) problems.push(`${where} runs under the back/home button`)
        if (m.right > m.barRight + 0.5 || m.left < m.barLeft - 0.5) problems.push(`${where} leaves the bar`)
        if (elder && m.fontSize < 20) problems.push(`${where} is ${m.fontSize} px in elder mode`)
        if (m.unnamed) problems.push(`${path}: the back/home button has no role or accessible name`)
      }
    }
    await shot(page, `last${elder ? '-elder' : ''}`)
  }
  assert.deepEqual(problems, [], `titles cut off:\n${problems.join('\n')}`)
  ctx.log(`${checked} titles checked (${pages.length} pages × 2 widths × 2 modes)`)
}
