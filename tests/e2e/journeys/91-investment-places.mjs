// 招商服务 in the 深江 zone: from 首页 to 招商服务 and 招商项目, filtered by a chain (高端装备制造) and a scale (1–5 亿元);
// the newest of them opened and favourited (★ 已收藏, kept on the device); its park, with the drive from Shenzhen, and
// 导航到园区, which opens the park on the web map (高德's marker page at its coordinates), as H5 has no map of its own.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  ROOT,
  assert,
  choose,
  currentPage,
  expectText,
  expectToast,
  messages,
  open,
  settle,
  shot,
  storage,
  tap,
  tapText,
  textOf,
  until,
  waitForRoute
} from '../lib.mjs'

export const name = 'investment-places'

const t = messages['zh-Hans']
const fmt = (template, values = {}) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))
const data = (file) => JSON.parse(readFileSync(path.join(ROOT, 'src', 'data', 'investment', file), 'utf8'))

const CHAIN = 'equipment'
const BAND = '100m_500m'
const projects = data('projects.json')
const parks = new Map(data('parks.json').map((p) => [p.id, p]))
// the projects of the chain between 1 亿 and 5 亿 (a band holds its lower bound), newest first
const listed = projects
  .filter((p) => p.industry === CHAIN && p.investmentWan >= 10000 && p.investmentWan < 50000)
  .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))
const project = listed[0]
const park = parks.get(project.park)

function minutes(m) {
  const h = Math.floor(m / 60)
  const rest = m % 60
  if (!h) return fmt(t['investment.time.m'], { m: rest })
  return rest ? fmt(t['investment.time.hm'], { h, m: rest }) : fmt(t['investment.time.h'], { h })
}

/** the value beside `label` in the fact rows on screen */
async function factValue(page, label) {
  const row = currentPage(page)
    .locator('.wst-facts__row')
    .filter({ has: page.getByText(label, { exact: true }) })
    .filter({ visible: true })
    .first()
  await row.waitFor({ state: 'visible' })
  return (await row.locator('.wst-facts__value').innerText()).trim()
}

/** the titles of the rows on screen, in order */
const titles = (page) => currentPage(page).locator('.wst-cell__title').filter({ visible: true }).allInnerTexts()

export default async function (page) {
  assert.ok(listed.length >= 2, 'the filter leaves more than one project')

  // 深江 from the zone list on 首页, then 招商服务 and its projects
  await open(page, '/pages/home/index')
  await tap(page, '.home__zone-switch')
  await tapText(page, t['zone.shenjiang.name'], { exact: true })
  assert.equal(await textOf(page, '.home__zone-name'), t['zone.shenjiang.name'])
  await tapText(page, t['module.investment'], { exact: true })
  await waitForRoute(page, '/features/investment/pages/home/index')
  await tapText(page, t['investment.entry.projects'], { exact: true })
  await waitForRoute(page, '/features/investment/pages/projects/index')
  await expectText(page, fmt(t['investment.projects.count'], { count: projects.length }), { exact: true })

  // a chain, then a scale
  await choose(page, t['investment.filter.chain'], t[`investment.chain.${CHAIN}`])
  const ofChain = projects.filter((p) => p.industry === CHAIN)
  await expectText(page, fmt(t['investment.projects.count'], { count: ofChain.length }), { exact: true })
  await tapText(page, t[`investment.scale.${BAND}`], { exact: true })
  await expectText(page, fmt(t['investment.projects.count'], { count: listed.length }), { exact: true })
  await until(async () => JSON.stringify(await titles(page)) === JSON.stringify(listed.map((p) => p.name)), {
    message: async () => `the filtered projects, newest first; shown: ${JSON.stringify(await titles(page))}`
  })
  await shot(page, 'projects')

  // the project, favourited
  await tapText(page, project.name, { exact: true })
  await waitForRoute(page, '/features/investment/pages/project/index')
  await expectText(page, project.summary, { exact: true })
  await tapText(page, t['investment.favourite.add'], { exact: true })
  await expectToast(page, t['favourite.added'])
  await expectText(page, t['investment.favourite.saved'], { exact: true })
  await until(
    async () => {
      const favourites = (await storage(page))['wst:favourites']
      return JSON.stringify(favourites ?? '').includes(project.id)
    },
    { message: 'the favourite is kept on the device' }
  )
  await shot(page, 'project')

  // its park: the drive from Shenzhen, then 导航到园区
  await tapText(page, fmt(t['investment.project.openPark'], { name: park.name }), { exact: true })
  await waitForRoute(page, '/features/investment/pages/park/index')
  await expectText(page, park.name, { exact: true })
  const sz = park.from.shenzhen
  assert.equal(
    await factValue(page, t['investment.from.label.shenzhen']),
    fmt(t['investment.from.value'], { km: sz.km.toLocaleString('en-US'), time: minutes(sz.minutes), via: sz.via })
  )

  // a new tab on the web map at the park (the request leaves the test's network, so it is refused; it is recorded
  // as it starts, and the new tab's page event is not waited for)
  const requests = []
  const onRequest = (r) => requests.push(r)
  page.context().on('request', onRequest)
  const navigate = currentPage(page)
    .getByText(t['investment.park.navigate'], { exact: true })
    .filter({ visible: true })
    .first()
  await settle(page)
  // in the middle of the viewport, clear of the fixed title bar
  await navigate.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }))
  await navigate.click()
  const opened = await until(() => requests.find((r) => r.url().startsWith('https://uri.amap.com/marker')), {
    message: () => Promise.resolve(`导航 opens the web map; requests: ${JSON.stringify(requests.map((r) => r.url()))}`)
  })
  page.context().off('request', onRequest)
  const url = new URL(opened.url())
  assert.equal(url.searchParams.get('position'), `${park.longitude},${park.latitude}`)
  assert.equal(url.searchParams.get('name'), park.name)
  await expectText(page, park.name, { exact: true })
  await shot(page, 'park')
}
