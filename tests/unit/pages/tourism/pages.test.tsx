// 文旅服务: the home links to the sights; the sights page lists every sight and opens one; a sight's page shows
// its facts, navigates there and can be favourited, and the favourite is found under 我的收藏.
import { pageUrl } from '@/routes'
import sights from '@/data/tourism/sights.json'
import { renderPage } from '../../../helpers/render-page'

const homePage = () => import('@/features/tourism/pages/home')
const sightsPage = () => import('@/features/tourism/pages/sights')
const sightPage = () => import('@/features/tourism/pages/sight')
const favouritesPage = () => import('@/features/account/pages/favourites')
const zili = sights.find((s) => s.id === 'zili-village')!

test('the home counts the sights and opens their list', async () => {
  const page = await renderPage(homePage)
  await page.waitForText(`${sights.length} 个景点`)
  await page.tap('景点')
  expect(page.navigations).toEqual([pageUrl('tourism', 'sights')])
})

test('the sights page lists every sight, and opening one goes to its page', async () => {
  const page = await renderPage(sightsPage)
  await page.waitForText(`共 ${sights.length} 个景点`)
  for (const s of sights) expect(page.text()).toContain(s.name)
  await page.tap(zili.name)
  expect(page.navigations).toEqual([pageUrl('tourism', 'sight', { id: zili.id })])
})

test("a sight's page shows its facts and, on H5, opens the web map at its coordinates", async () => {
  const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
  const page = await renderPage(sightPage, { params: { id: zili.id } })
  await page.waitForText(zili.address)
  expect(page.text()).toContain('世界文化遗产')
  expect(page.text()).toContain('国家 5A 级景区')
  await page.tap('导航到这里')
  expect(opened).toHaveBeenCalledWith(expect.stringContaining(`position=${zili.longitude},${zili.latitude}`), '_blank')
  expect(page.calls.find((c) => c.api === 'openLocation')).toBeUndefined()
  opened.mockRestore()
})

test('a favourite sight is kept under its module and kind, and 我的收藏 lists it', async () => {
  const page = await renderPage(sightPage, { params: { id: zili.id } })
  await page.waitForText('☆ 收藏')
  await page.tap('☆ 收藏')
  await page.waitForText('★ 已收藏')
  expect(page.toasts).toEqual(['已收藏，可在“我的收藏”中找到'])
  page.unmount()
  const favourites = await renderPage(favouritesPage)
  await favourites.waitForText(zili.name)
})

test('an unknown sight says so', async () => {
  const page = await renderPage(sightPage, { params: { id: 'no-such-sight' } })
  await page.waitForText('没有找到这个景点，可能已下线或链接有误。')
})
