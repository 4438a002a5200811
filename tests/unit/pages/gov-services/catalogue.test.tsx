// 办事服务 catalogue: each zone lists what it can do (本专区可办) unless the user asks for every item, and the
// zone's topics list their own items.
import { renderPage } from '../../../helpers/render-page'

const cataloguePage = () => import('@/features/gov-services/pages/catalogue')
const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })

test('the 中江 zone lists 本专区可办 by default; 全部事项 lists every item and marks the others', async () => {
  const page = await renderPage(cataloguePage, { storage: zone('zhongjiang') })
  await page.waitForText('共 155 项')
  expect(page.getByText('本专区可办：中山、江门两地均可办理的事项')).toBeTruthy()
  expect(page.queryByText('本专区不可办')).toBeNull()
  expect(page.title()).toBe('办事服务 · 中江专区')

  await page.tap('全部事项')
  await page.waitForText('共 245 项')
  expect(page.getAllByText('本专区不可办').length).toBeGreaterThan(0)
  await page.tap('本专区可办')
  await page.waitForText('共 155 项')
})

test('the 深江 zone has a catalogue of its own', async () => {
  const page = await renderPage(cataloguePage, { storage: zone('shenjiang') })
  await page.waitForText('共 104 项')
  expect(page.getByText('本专区可办：深圳、江门两地均可办理的事项')).toBeTruthy()
})

test('the 江门专区 offers everything, so it has no switch', async () => {
  const page = await renderPage(cataloguePage)
  await page.waitForText('共 245 项')
  expect(page.queryByText('全部事项')).toBeNull()
  expect(page.title()).toBe('办事服务')
})

test('scope=all in the URL opens 全部事项', async () => {
  const page = await renderPage(cataloguePage, { params: { scope: 'all' }, storage: zone('zhongjiang') })
  await page.waitForText('共 245 项')
})

test('a zone topic lists its items in its order, under its own title', async () => {
  const page = await renderPage(cataloguePage, { params: { topic: 'commute' }, storage: zone('shenjiang') })
  await page.waitForText('共 6 项')
  expect(page.title()).toBe('深中通道跨城通勤 · 深江专区')
  const names = Array.from(page.container.querySelectorAll('.wst-cell__title'), (n) => n.textContent)
  expect(names[0]).toBe('居住证申领')
  expect(page.queryByText('全部事项')).toBeNull()
})

test('a situation row opens its own situation, not the question', async () => {
  const page = await renderPage(cataloguePage, { params: { featured: '1' } })
  await page.waitForText('住房公积金提取（购房）')
  await page.tap('住房公积金提取（购房）')
  expect(page.navigations).toEqual(['/features/gov-services/pages/guide/index?id=svc-0011&situation=purchase'])
})
