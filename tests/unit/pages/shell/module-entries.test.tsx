// 服务 and 我的 draw each module's entries from its manifest record: per zone on 服务, always on 我的.
import { routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'

const servicesPage = () => import('@/pages/services')
const minePage = () => import('@/pages/mine')

test('服务 lists 政务服务 with its tools and theme grids, and its entries open their pages', async () => {
  const page = await renderPage(servicesPage)
  await page.waitForText('高频城市特色服务')
  for (const text of [
    '个人服务',
    '法人服务',
    '按部门',
    '一件事主题',
    '办事工具',
    '我的预约',
    '办件查询',
    '个人服务 · 按主题'
  ])
    expect(page.text()).toContain(text)
  await page.tap('法人服务')
  await page.tap('生育收养')
  expect(page.navigations).toEqual([routes.catalogue({ audience: 'legal' }), routes.catalogue({ theme: 'p-birth' })])
})

test('an entry limited to some zones is not shown in the others', async () => {
  const page = await renderPage(servicesPage, {
    storage: { 'wst:zone': JSON.stringify({ state: { zoneId: 'shenjiang' }, version: 1 }) }
  })
  await page.waitForText('个人服务')
  expect(page.text()).not.toContain('高频城市特色服务')
})

test('我的 lists the modules’ records in manifest order', async () => {
  const page = await renderPage(minePage)
  await page.waitForText('我的收藏')
  const text = page.text()
  const order = ['我的收藏', '最近浏览', '我的预约', '我的诉求'].map((label) => text.indexOf(label))
  expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]))).toBe(true)
  await page.tap('我的诉求')
  expect(page.navigations).toEqual([routes.appeals()])
})
