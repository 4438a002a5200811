// 景点 and 景点地图: open now in words (by Beijing time, on the official holiday calendar), the level filter, sorting
// by the user's distance only after the tap (and a refusal said plainly), or from a chosen station; on H5 the map
// page lists the sights with a link that opens each on a web map. The fusion zones show the drive from their city.
import sights from '@/data/tourism/sights.json'
import { pageUrl } from '@/routes'
import { renderPage } from '../../../helpers/render-page'

const sightsPage = () => import('@/features/tourism/pages/sights')
const sightPage = () => import('@/features/tourism/pages/sight')
const mapPage = () => import('@/features/tourism/pages/map')
const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })
const names = (page: { container: HTMLElement }) =>
  Array.from(page.container.querySelectorAll('.wst-cell__title')).map((n) => n.textContent)
const at = (iso: string) => jest.spyOn(Date, 'now').mockReturnValue(Date.parse(iso))

// Tuesday 10:00 in Beijing
beforeEach(() => at('2026-12-01T10:00:00+08:00'))
afterEach(() => {
  jest.dontMock('@/platform/position')
  jest.restoreAllMocks()
})

test('every sight is listed with its levels and whether it is open now, in words', async () => {
  const page = await renderPage(sightsPage)
  await page.waitForText(`共 ${sights.length} 个景点`)
  expect(names(page)).toEqual(sights.map((s) => s.name))
  const zili = page.getAllByText('自力村碉楼群')[0].closest('.wst-cell')!
  expect(zili.textContent).toContain('世界文化遗产')
  expect(zili.textContent).toContain('开放中 · 17:00 停止入场')
  expect(page.text()).toContain('全天开放')
})

test('on an ordinary Monday the museums say they are closed and when they open', async () => {
  at('2026-12-07T10:00:00+08:00')
  const page = await renderPage(sightsPage)
  await page.waitForText('陈白沙祠')
  const row = page.getAllByText('陈白沙祠')[0].closest('.wst-cell')!
  expect(row.textContent).toContain('今日闭馆 · 12/08 09:00 开放')
})

test('on the National Day Monday they open, and say why', async () => {
  at('2026-10-05T10:00:00+08:00')
  const page = await renderPage(sightPage, { params: { id: 'chen-baisha' } })
  await page.waitForText('开放中 · 16:00 停止入场 · 国庆节照常开放')
  expect(page.text()).toContain('周一闭馆（法定节假日除外）')
})

test('the level filter keeps the World Heritage villages, and 免费 the free ones', async () => {
  const page = await renderPage(sightsPage)
  await page.waitForText('世界遗产')
  await page.tap('世界遗产')
  await page.waitForText('共 4 个景点')
  expect(names(page)).toEqual(['自力村碉楼群', '立园', '马降龙村落', '锦江里村落'])
  await page.tap('免费')
  const free = sights.filter((s) => s.tickets.every((t) => t.price === 0))
  await page.waitForText(`共 ${free.length} 个景点`)
})

test('the position is asked for only on 按距离排序; then the nearest come first with their distance', async () => {
  const asked = jest.fn(async () => ({ ok: true, position: { latitude: 21.93, longitude: 112.78 } }))
  jest.doMock('@/platform/position', () => ({ currentPosition: asked }))
  const page = await renderPage(sightsPage)
  await page.waitForText('点“按距离排序”后才会获取您的位置')
  expect(asked).not.toHaveBeenCalled()
  await page.tap('按距离排序')
  await page.waitForText('已按离您的距离排序（直线距离）')
  expect(asked).toHaveBeenCalledTimes(1)
  // from 山咀码头 in Taishan: 下川岛 or 上川岛 and the Taishan sights first
  expect(names(page).slice(0, 2).sort()).toEqual(['上川岛飞沙滩', '梅家大院'])
  expect(page.text()).toMatch(/约 \d+\.\d 公里/)
})

test('a refusal keeps the order and says what to do', async () => {
  jest.doMock('@/platform/position', () => ({ currentPosition: async () => ({ ok: false, code: 'location.denied' }) }))
  const page = await renderPage(sightsPage)
  await page.waitForText('按距离排序')
  await page.tap('按距离排序')
  await page.waitForText(/未获得位置权限，仍按推荐顺序排列/)
  expect(names(page)).toEqual(sights.map((s) => s.name))
})

test('from a chosen station: 开平南站 puts the towers first', async () => {
  const page = await renderPage(sightsPage)
  await page.waitForText('按车站')
  await page.tap('按车站')
  await page.waitForText('已按离江门站的距离排序（直线距离）')
  await page.pickerChoose('车站', '开平南站')
  await page.waitForText('已按离开平南站的距离排序（直线距离）')
  const kaiping = sights.filter((s) => s.district === 'kaiping').map((s) => s.name)
  expect(names(page).slice(0, kaiping.length).sort()).toEqual([...kaiping].sort())
})

test('in the 深江 zone each sight shows the drive from Shenzhen, and its page both ways', async () => {
  const zili = sights.find((s) => s.id === 'zili-village')!
  const page = await renderPage(sightsPage, { storage: zone('shenjiang') })
  await page.waitForText('深圳自驾约 2 小时 10 分')
  page.unmount()
  const detail = await renderPage(sightPage, { params: { id: zili.id }, storage: zone('shenjiang') })
  await detail.waitForText('从深圳出发')
  const rail = zili.from.shenzhen.rail
  const h = Math.floor((rail.minutes + rail.onward) / 60)
  const m = (rail.minutes + rail.onward) % 60
  expect(detail.text()).toContain(`自驾经深中通道约 2 小时 10 分；高铁约 ${h} 小时 ${m} 分（到开平南站后转车）`)
})

test('in the 中江 zone it is the time from Zhongshan', async () => {
  const page = await renderPage(sightsPage, { storage: zone('zhongjiang') })
  await page.waitForText(/中山自驾约/)
  expect(page.text()).not.toContain('深圳自驾')
})

test('the 江门专区 shows no cross-city times', async () => {
  const page = await renderPage(sightsPage)
  await page.waitForText(`共 ${sights.length} 个景点`)
  expect(page.text()).not.toMatch(/深圳自驾|中山自驾/)
})

test('a sight page says who pays what and how to get there', async () => {
  const page = await renderPage(sightPage, { params: { id: 'zili-village' } })
  await page.waitForText('优惠政策')
  for (const line of [
    '三点联票（自力村、立园、马降龙）（2 天内有效）',
    '¥180',
    '1.2 米及以下儿童：免票',
    '70 周岁以上长者：免票（凭身份证）',
    '全日制大学生：半价（凭学生证）',
    '开平义祠总站乘 617 路公交',
    '最近的火车站：开平南站',
    '停车场',
    '碉楼一日：自力村 → 立园 → 马降龙 → 夜游赤坎'
  ])
    expect(page.text()).toContain(line)
  await page.tap('碉楼一日：自力村 → 立园 → 马降龙 → 夜游赤坎')
  expect(page.navigations).toEqual([pageUrl('tourism', 'route', { id: 'towers-one-day' })])
})

test('a sight is shared by its name and its own page', async () => {
  const page = await renderPage(sightPage, { params: { id: 'liyuan' } })
  await page.waitForText('立园')
  expect(await page.fire('share')).toEqual({ title: '立园', path: pageUrl('tourism', 'sight', { id: 'liyuan' }) })
})

test('on H5 the map page lists the sights with a web-map link each, and sorts them from a station', async () => {
  const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
  const page = await renderPage(mapPage)
  await page.waitForText('网页版不能显示地图')
  const [first] = sights
  await page.tap(`[aria-label="在地图中查看 ${first.name}"]`)
  expect(opened).toHaveBeenCalledWith(
    `https://uri.amap.com/marker?position=${first.longitude},${first.latitude}&name=${encodeURIComponent(first.name)}&coordinate=gaode&callnative=1`,
    '_blank'
  )
  await page.tap('按车站')
  await page.pickerChoose('车站', '恩平站')
  await page.waitForText('已按离恩平站的距离排序（直线距离）')
  expect(page.container.querySelector('.tourism-place__name')!.textContent).toBe('冯如纪念馆')
  await page.tap('冯如纪念馆')
  expect(page.navigations).toEqual([pageUrl('tourism', 'sight', { id: 'feng-ru-memorial' })])
})
