// 旅游投诉 from a sight's page: the link presets the tourism category, the sight as the place and its district, so
// the visitor only describes what happened; the complaint goes to the city tourism bureau under its 24-hour rule.
import type { Deadline } from '@/core/appeals/types'
import { routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'
import { storedAppeals } from './seed-appeals'

const filePage = () => import('@/features/appeals/pages/file')
const SIGHT = '开平碉楼文化旅游区（自力村）'
const COMPLAINT = '跟团到自力村，导游把我们带去购物店一个多小时，不买东西不让走，请文旅部门处理。'

test('the route presets the tourism leaf, the sight as the place and its district', async () => {
  const url = routes.fileAppeal({ type: 'complaint', category: '140101', subject: SIGHT, district: 'kaiping' })
  const params = Object.fromEntries(new URLSearchParams(url.split('?')[1]))
  const page = await renderPage(filePage, { params })
  await page.waitForText('提交诉求')
  expect(page.container.querySelector('#appeal-category-1')?.textContent).toBe('文化旅游 ▾')
  expect(page.container.querySelector('#appeal-category-2')?.textContent).toBe('旅游投诉 ▾')
  expect(page.container.querySelector('#appeal-category-3')?.textContent).toBe('景区服务 ▾')
  expect(page.value('#appeal-address')).toBe(SIGHT)
  expect(page.container.querySelector('#appeal-district')?.textContent).toContain('开平市')
})

test('filed as preset, it goes to 江门市文化广电旅游体育局 with 2 hours to contact and 24 to answer', async () => {
  const page = await renderPage(filePage, {
    params: { category: '140103', subject: SIGHT, district: 'kaiping' },
    settings: { privacyConsent: 1 }
  })
  await page.waitForText('提交诉求')
  await page.input('#appeal-content', COMPLAINT)
  await page.waitForText('拟派往江门市文化广电旅游体育局（由12345最终确认）')
  await page.input('姓名', '陈大明')
  await page.input('手机号码', '13800138000')
  await page.tap('提交诉求')

  const [appeal] = storedAppeals(page.device)
  expect(appeal).toMatchObject({
    type: 'complaint',
    categoryCode: '140103',
    classifiedBy: 'hand',
    location: { city: 'jiangmen', district: 'kaiping', address: SIGHT }
  })
  expect(appeal.deadlines.map((d: Deadline) => [d.kind, d.dueAt - appeal.createdAt, d.policy])).toEqual([
    ['contact', 2 * 3600_000, 'tourism'],
    ['reply', 24 * 3600_000, 'tourism'],
    ['close', 72 * 3600_000, 'tourism']
  ])
  expect(page.navigations).toEqual([routes.appeal(appeal.id)])
})

test('a subject or district the link garbles is not taken: an unknown district is left to choose', async () => {
  const page = await renderPage(filePage, {
    params: { category: '140104', subject: `  ${'某'.repeat(120)}`, district: 'atlantis' }
  })
  await page.waitForText('提交诉求')
  expect(page.value('#appeal-address')).toBe('某'.repeat(100))
  expect(page.container.querySelector('#appeal-district')?.textContent).not.toContain('开平市')
  expect(page.container.querySelector('#appeal-category-3')?.textContent).toBe('旅游住宿 ▾')
})
