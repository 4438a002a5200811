// 文旅服务 from the unified search: 碉楼 (and its initials kpdl, for 开平碉楼) finds 自力村碉楼群; its page gives the
// opening hours with the last entry, the tickets with their prices and the concessions; 导航到这里 opens the sight
// on the web map (高德's marker page at the sight's coordinates), as H5 has no map of its own.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  ROOT,
  assert,
  currentPage,
  expectText,
  messages,
  open,
  settle,
  shot,
  tapText,
  until,
  waitForRoute
} from '../lib.mjs'

export const name = 'tourism-sight'

const t = messages['zh-Hans']
const fmt = (template, values = {}) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))
const data = (file) => JSON.parse(readFileSync(path.join(ROOT, 'src', 'data', 'tourism', file), 'utf8'))

const SIGHT_ID = 'zili-village'
const sight = data('sights.json').find((s) => s.id === SIGHT_ID)
const policy = data('concessions.json').find((p) => p.id === sight.concessionPolicy)

const price = (yuan) => (yuan > 0 ? fmt(t['tourism.price'], { price: yuan }) : t['tourism.free'])
const ticketName = (x) =>
  x.validDays ? `${x.name}（${fmt(t['tourism.ticket.validDays'], { days: x.validDays })}）` : x.name

/** the value beside `label` in the fact rows on screen (tourism-facts__row, or wst-facts__row of the shared FactRows) */
async function factValue(page, label) {
  const row = currentPage(page)
    .locator('[class*="facts__row"]')
    .filter({ has: page.getByText(label, { exact: true }) })
    .filter({ visible: true })
    .first()
  await row.waitFor({ state: 'visible' })
  return (await row.locator('[class*="facts__value"]').innerText()).trim()
}

async function search(page, query) {
  const input = currentPage(page).locator('.search__input input').first()
  await input.fill('')
  await input.type(query, { delay: 30 })
}

const resultTitles = (page) => currentPage(page).locator('.search__result-title').allInnerTexts()

async function expectResult(page, query, title) {
  let shown = []
  await until(
    async () => {
      shown = await resultTitles(page)
      return shown.some((x) => x.includes(title))
    },
    { message: () => Promise.resolve(`${query} finds ${title}; results: ${JSON.stringify(shown)}`) }
  )
}

export default async function (page) {
  await open(page, '/pages/home/index')
  await tapText(page, '搜索服务')
  await expectText(page, '热门搜索')

  // the initials of 开平碉楼, an alias of the sight
  await search(page, 'kpdl')
  await expectResult(page, 'kpdl', sight.name)
  await search(page, '碉楼')
  await expectResult(page, '碉楼', sight.name)
  await shot(page, 'search')

  await tapText(page, sight.name)
  await waitForRoute(page, '/features/tourism/pages/sight/index')
  await expectText(page, sight.name, { exact: true })

  // hours, with the last entry
  const hours = [fmt(t['tourism.hours.range'], sight.hours)]
  if (sight.hours.lastEntry) hours.push(fmt(t['tourism.hours.lastEntry'], { time: sight.hours.lastEntry }))
  assert.equal(await factValue(page, t['tourism.sight.hours']), hours.join('，'))

  // the tickets, each with its price, and the concessions in words
  await expectText(page, t['tourism.sight.tickets'], { exact: true })
  assert.ok(sight.tickets.length >= 2, 'the sight has a ticket and a 联票')
  for (const x of sight.tickets) {
    assert.equal(await factValue(page, ticketName(x)), price(x.price), `the price of ${x.name}`)
  }
  await expectText(page, t['tourism.sight.concessions'], { exact: true })
  const rule = policy.rules.find((r) => r.proof)
  const concession = `· ${t[`tourism.concession.${rule.kind}`]}：${t[`tourism.concession.pays.${rule.pays}`]}（${t[`tourism.proof.${rule.proof}`]}）`
  await expectText(page, concession, { exact: true })
  await expectText(page, t['tourism.sight.concessionsNote'], { exact: true })

  // 导航到这里: a new tab on the web map at the sight (the request leaves the test's network, so it is refused)
  // (the request is recorded as it starts; the new tab's page event may come later, and is not waited for)
  const requests = []
  const onRequest = (r) => requests.push(r)
  page.context().on('request', onRequest)
  // in the middle of the viewport, clear of the fixed title bar (a click scrolled to just below it can be taken by it)
  const navigate = currentPage(page)
    .getByText(t['tourism.sight.navigate'], { exact: true })
    .filter({ visible: true })
    .first()
  await settle(page)
  await navigate.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }))
  await navigate.click()
  const opened = await until(() => requests.find((r) => r.url().startsWith('https://uri.amap.com/marker')), {
    message: () => Promise.resolve(`导航 opens the web map; requests: ${JSON.stringify(requests.map((r) => r.url()))}`)
  })
  page.context().off('request', onRequest)
  assert.ok(opened.isNavigationRequest(), 'the web map opens as a page')
  const url = new URL(opened.url())
  assert.equal(url.searchParams.get('position'), `${sight.longitude},${sight.latitude}`)
  assert.equal(url.searchParams.get('name'), sight.name)
  // in a new tab: this one stays on the sight
  await expectText(page, sight.name, { exact: true })
  await shot(page, 'sight')
}
