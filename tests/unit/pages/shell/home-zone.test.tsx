// 首页: the zone switch is a short list of the three zones, and each zone shows its own topics.
import { routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'

const homePage = () => import('@/pages/home')

test('切换专区 opens the three zones in place; choosing one switches the page and keeps it', async () => {
  const page = await renderPage(homePage)
  await page.waitForText('切换专区 ▾')
  expect(page.queryByText('中江融合服务专区')).toBeNull()
  await page.tap('切换专区 ▾')
  const options = Array.from(page.container.querySelectorAll('[role="radio"]'), (n) => n.textContent)
  expect(options).toEqual(['✓ 江门专区', '深江融合服务专区', '中江融合服务专区'])
  await page.tap('中江融合服务专区')
  await page.waitForText('中山、江门两地社保医保')
  expect(page.queryByText('深江融合服务专区')).toBeNull()
  page.unmount()

  const again = await renderPage(homePage)
  await again.waitForText('中江融合服务专区')
  expect(again.text()).toContain('两地公积金提取')
})

test('each zone shows its own topics, each leading to its items', async () => {
  const page = await renderPage(homePage, {
    storage: { 'wst:zone': JSON.stringify({ state: { zoneId: 'shenjiang' }, version: 1 }) }
  })
  await page.waitForText('本专区专题')
  // the home page is the zone's own: its bar keeps the app's name
  expect(page.title()).toBe('湾事通·江门专区')
  for (const topic of ['深中通道跨城通勤', '企业跨城迁移', '开办企业一件事']) expect(page.text()).toContain(topic)
  expect(page.text()).not.toContain('中山、江门两地社保医保')
  await page.tap('深中通道跨城通勤')
  await page.tap('开办企业一件事')
  expect(page.navigations).toEqual([routes.catalogue({ topic: 'commute' }), routes.bundle('bundle-0002')])
})

test('the 公积金提取 tile asks for the situation; a tile naming one situation opens it', async () => {
  const page = await renderPage(homePage)
  await page.waitForText('公积金提取')
  await page.tap('公积金提取')
  await page.tap('二手房过户')
  expect(page.navigations).toEqual([routes.guide('svc-0002'), routes.guide('svc-0005', 'resale')])
})
