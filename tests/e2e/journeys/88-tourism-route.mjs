// 文旅服务 in the 深江 zone: from 首页 to 文旅服务, 推荐线路 (each route with the drive from Shenzhen), then a two-day
// route: its days with their stops and times, the ticket total, and the travel from Shenzhen to its first stop by car
// over 深中通道 and by rail.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  ROOT,
  assert,
  currentPage,
  expectText,
  messages,
  open,
  shot,
  tap,
  tapText,
  textOf,
  waitForRoute
} from '../lib.mjs'

export const name = 'tourism-route'

const t = messages['zh-Hans']
const fmt = (template, values = {}) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))
const data = (file) => JSON.parse(readFileSync(path.join(ROOT, 'src', 'data', 'tourism', file), 'utf8'))

const ROUTE_ID = 'towers-culture-two-day'
const sights = new Map(data('sights.json').map((s) => [s.id, s]))
const stations = new Map(data('stations.json').map((s) => [s.id, s]))
const route = data('routes.json').find((r) => r.id === ROUTE_ID)
const first = sights.get(route.days[0].stops[0].sight)

function minutes(m) {
  const h = Math.floor(m / 60)
  const rest = m % 60
  if (!h) return fmt(t['tourism.time.m'], { m: rest })
  return rest ? fmt(t['tourism.time.hm'], { h, m: rest }) : fmt(t['tourism.time.h'], { h })
}

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

export default async function (page) {
  // 深江 from the zone list on 首页
  await open(page, '/pages/home/index')
  await tap(page, '.home__zone-switch')
  await tapText(page, t['zone.shenjiang.name'], { exact: true })
  assert.equal(await textOf(page, '.home__zone-name'), t['zone.shenjiang.name'])

  await tapText(page, t['module.tourism'], { exact: true })
  await waitForRoute(page, '/features/tourism/pages/home/index')
  await expectText(page, t['tourism.home.from.shenzhen'], { exact: true })
  await tapText(page, t['tourism.home.routes'], { exact: true })
  await waitForRoute(page, '/features/tourism/pages/routes/index')
  await expectText(page, route.name, { exact: true })
  await expectText(page, fmt(t['tourism.fromShort.shenzhen'], { time: minutes(first.from.shenzhen.car) }))
  await shot(page, 'routes')

  await tapText(page, route.name, { exact: true })
  await waitForRoute(page, `/features/tourism/pages/route/index`)
  await expectText(page, route.name, { exact: true })
  assert.equal(route.days.length, 2, 'a two-day route')
  await expectText(page, fmt(t['tourism.route.days'], { count: 2 }), { exact: true })

  // the ticket total
  // the ticket total, the same as an adult's total in the tickets to buy
  const total = await factValue(page, t['tourism.route.tickets'])
  assert.match(total, /^¥\d+(\.\d)?$/)
  assert.equal(await factValue(page, t['tourism.visitor.adult']), total)

  // from Shenzhen: by car over 深中通道 and by rail, to the first stop
  await expectText(page, t['tourism.fromTitle.shenzhen'], { exact: true })
  const travel = first.from.shenzhen
  const fromText =
    fmt(t['tourism.route.toFirst'], { name: first.name }) +
    fmt(t['tourism.from.shenzhen'], {
      car: minutes(travel.car),
      rail: minutes(travel.rail.minutes + travel.rail.onward),
      station: stations.get(travel.rail.station).name
    })
  await expectText(page, fromText, { exact: true })
  assert.match(fromText, /深中通道/)

  // each day with its stops and their times
  for (const [i, day] of route.days.entries()) {
    const stops = day.stops
    await expectText(
      page,
      fmt(t['tourism.route.day'], { n: i + 1, start: stops[0].arrive, end: stops[stops.length - 1].leave }),
      { exact: true }
    )
    for (const stop of stops) {
      await expectText(page, `${stop.arrive}–${stop.leave}`, { exact: true })
      await expectText(page, sights.get(stop.sight).name, { exact: true })
    }
  }
  await shot(page, 'route')
}
