// 办事指南: a service's guide shows what to bring and where to go, and leads on to booking.
import { routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'

const guidePage = () => import('@/features/gov-services/pages/guide')

test('?id=svc-0004 shows the service name and the materials to bring', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  expect(page.title()).toBe('办事指南')

  expect(page.getByText('申请材料')).toBeTruthy()
  for (const material of ['居民身份证', '居民户口簿', '数码照片回执']) expect(page.getByText(material)).toBeTruthy()
  expect(page.getByText('原件1份；照相馆或窗口现场拍摄')).toBeTruthy()
  // two of the three are fetched as electronic licences, and the note says what that means
  expect(page.getAllByText('免证办')).toHaveLength(2)
  expect(page.text()).toContain('标“免证办”的材料可由系统调取电子证照')
})

test('the guide leads to booking this service', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  await page.tap('预约办理')
  expect(page.navigations).toEqual([routes.booking('svc-0004')])
})

test('a place can be opened on the map and an enquiry line called', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('办理地点与时间')
  const called = (api: string) => page.calls.filter((c) => c.api === api).map((c) => c.options)

  await page.tap('江门市行政服务中心')
  expect(called('openLocation')).toEqual([expect.objectContaining({ name: '江门市行政服务中心' })])

  const enquiry = page.getByText(/^咨询电话：/)
  await page.tap(enquiry)
  const shownNumber = enquiry.textContent?.replace('咨询电话：', '')
  expect(called('makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: shownNumber })])
})

test('a favourite is kept on the device and shown on the next visit', async () => {
  const first = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await first.waitForText('☆ 收藏')
  await first.tap('☆ 收藏')
  await first.waitForText('★ 已收藏')
  expect(first.toasts).toEqual(['已加入收藏'])
  first.unmount()

  const again = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await again.waitForText('★ 已收藏')
  await again.tap('★ 已收藏')
  await again.waitForText('☆ 收藏')
  expect(again.toasts).toEqual(['已取消收藏'])
})

test('sharing shares this guide under the service name', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  expect(await page.fire('share')).toEqual({ title: '居民身份证换领', path: routes.guide('svc-0004') })
})

test('an unknown service says so instead of a blank page', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-9999' } })
  await page.waitForText('该事项不存在或已下线。')
  expect(page.getByText('重试')).toBeTruthy()
})

test('in 繁體 the guide reads in traditional characters', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' }, settings: { locale: 'zh-Hant' } })
  await page.waitForText('居民身份證換領')
  expect(page.title()).toBe('辦事指南')
  expect(page.text()).toContain('申請材料')
})
