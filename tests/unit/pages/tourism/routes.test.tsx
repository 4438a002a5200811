// 推荐线路 and 线路详情: the routes with their days, stops and totals computed from the sights; a route's stops with
// the times and the legs between them, today's state of each sight, the tickets and what each visitor pays, the time
// from Shenzhen in the 深江 zone; favourites under 我的收藏, history under 我的足迹; the unified search finds sights
// and routes by pinyin initials (kpdl → 开平碉楼) and by their words.
import routes from '@/data/tourism/routes.json'
import { pageUrl } from '@/routes'
import { renderPage } from '../../../helpers/render-page'

const routesPage = () => import('@/features/tourism/pages/routes')
const routePage = () => import('@/features/tourism/pages/route')
const homePage = () => import('@/features/tourism/pages/home')
const favouritesPage = () => import('@/features/account/pages/favourites')
const historyPage = () => import('@/features/account/pages/history')
const searchPage = () => import('@/features/search/pages/search')
const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })

// Monday 2026-12-07, 10:00 in Beijing: the museums are closed
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-07T10:00:00+08:00')))
afterEach(() => jest.restoreAllMocks())

test('the routes page lists every route with its days, stops and ticket total', async () => {
  const page = await renderPage(routesPage)
  await page.waitForText(`共 ${routes.length} 条线路`)
  for (const r of routes) expect(page.text()).toContain(r.name)
  const towers = page.getAllByText(routes[0].name)[0].closest('.wst-cell')!
  expect(towers.textContent).toContain('1 日游 · 4 个景点 · 门票合计 ¥180')
  const classic = page.getAllByText(/新会经典两日/)[0].closest('.wst-cell')!
  expect(classic.textContent).toContain('2 日游 · 5 个景点 · 门票合计 ¥278')
  await page.tap(routes[0].name)
  expect(page.navigations).toEqual([pageUrl('tourism', 'route', { id: routes[0].id })])
})

test('a route shows each stop with its times and the legs between, and what each visitor pays', async () => {
  const page = await renderPage(routePage, { params: { id: 'xinhui-classic-two-day' } })
  await page.waitForText('第 1 天 08:30–17:30')
  for (const line of [
    '第 2 天 09:00–18:00',
    '08:30–10:30',
    '↓ 车程 25 分钟',
    '早上乘船看鸟出巢',
    '游览共 6 小时 50 分，路上共 55 分钟',
    '住宿新会城区',
    '小鸟天堂 · 陆路 + 乘船游览¥50',
    '古兜温泉 · 温泉门票¥198'
  ])
    expect(page.text()).toContain(line)
  const visitors = Array.from(page.container.querySelectorAll('.wst-facts__row')).map((r) => r.textContent)
  expect(visitors).toEqual(
    expect.arrayContaining(['成人¥278', '大学生（凭学生证）¥238', '1.3 米的 8 岁儿童¥139', '70 岁以上长者¥99'])
  )
})

test("each stop says whether its sight is open today: on a Monday the city's museums are closed", async () => {
  const page = await renderPage(routePage, { params: { id: 'city-heritage-one-day' } })
  await page.waitForText('陈白沙祠')
  const stop = page.getAllByText('陈白沙祠')[0].closest('.tourism-stop')!
  expect(stop.textContent).toContain('今天：今日闭馆 · 12/08 09:00 开放')
  expect(page.text()).toContain('门票合计免费')
  await page.tap('陈白沙祠')
  expect(page.navigations).toEqual([pageUrl('tourism', 'sight', { id: 'chen-baisha' })])
  const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
  await page.tap('[aria-label="导航到这里 长堤历史文化街区"]')
  expect(opened).toHaveBeenCalledWith(expect.stringContaining(encodeURIComponent('长堤历史文化街区')), '_blank')
})

test('in the 深江 zone a route gives the time from Shenzhen to its first stop', async () => {
  const page = await renderPage(routePage, { params: { id: 'towers-one-day' }, storage: zone('shenjiang') })
  await page.waitForText('从深圳出发')
  expect(page.text()).toContain('到第一站自力村碉楼群：自驾经深中通道约 2 小时 10 分')
  page.unmount()
  const list = await renderPage(routesPage, { storage: zone('shenjiang') })
  await list.waitForText('深圳自驾约 2 小时 10 分')
})

test('a route is favourited under 我的收藏, visited under 我的足迹, and shared by its name', async () => {
  const r = routes[0]
  const page = await renderPage(routePage, { params: { id: r.id } })
  await page.waitForText('☆ 收藏')
  expect(await page.fire('share')).toEqual({ title: r.name, path: pageUrl('tourism', 'route', { id: r.id }) })
  await page.tap('☆ 收藏')
  await page.waitForText('★ 已收藏')
  page.unmount()
  const favourites = await renderPage(favouritesPage)
  await favourites.waitForText(r.name)
  favourites.unmount()
  const history = await renderPage(historyPage)
  await history.waitForText(r.name)
})

test('an unknown route says so', async () => {
  const page = await renderPage(routePage, { params: { id: 'no-such-route' } })
  await page.waitForText('没有找到这条线路，可能已下线或链接有误。')
})

test('the home links to the sights, the map and the routes', async () => {
  const page = await renderPage(homePage)
  await page.waitForText(`${routes.length} 条一日、两日线路`)
  for (const [label, to] of [
    ['景点地图', 'map'],
    ['推荐线路', 'routes']
  ] as const) {
    await page.tap(page.getAllByText(label)[0])
    expect(page.navigations.at(-1)).toBe(pageUrl('tourism', to))
  }
})

test('the unified search finds the towers by initials, a sight by pinyin and a route by a stop', async () => {
  const page = await renderPage(searchPage)
  await page.input('#search-input', 'kpdl', { leave: false })
  await page.waitForText('自力村碉楼群')
  expect(page.text()).toContain('立园')
  expect(page.text()).toContain('马降龙村落')
  await page.tap(page.getAllByText('自力村碉楼群')[0])
  expect(page.navigations.at(-1)).toBe(pageUrl('tourism', 'sight', { id: 'zili-village' }))

  await page.input('#search-input', 'xiaoniaotiantang', { leave: false })
  await page.waitForText('小鸟天堂')
  await page.tap(page.getAllByText('小鸟天堂')[0])
  expect(page.navigations.at(-1)).toBe(pageUrl('tourism', 'sight', { id: 'xiaoniao-tiantang' }))

  await page.input('#search-input', '古兜温泉', { leave: false })
  await page.waitForText(/新会经典两日/)
  await page.tap(page.getAllByText(/新会经典两日/)[0])
  expect(page.navigations.at(-1)).toBe(pageUrl('tourism', 'route', { id: 'xinhui-classic-two-day' }))
})
