// 人才服务's policy pages and self-check: the list filters and marks what is expired, a policy page leads to its
// online application while it is open, and the self-check shows the deciding conditions, a near miss with what is
// missing, both cities side by side in a fusion zone, and keeps the answers in 我的信息 when asked.
import { waitFor } from '@testing-library/react'
import { pageUrl } from '@/routes'
import data from '@/data/talent/policies.json'
import type { TalentAnswers } from '@/core/talent/eligibility'
import { renderPage } from '../../../helpers/render-page'
import { graduate } from '../../../helpers/talent-answers'

const policiesPage = () => import('@/features/talent/pages/policies')
const policyPage = () => import('@/features/talent/pages/policy')
const checkPage = () => import('@/features/talent/pages/check')
const homePage = () => import('@/features/talent/pages/home')
const favouritesPage = () => import('@/features/account/pages/favourites')
const historyPage = () => import('@/features/account/pages/history')
const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })
const stored = (answers: TalentAnswers) => ({ 'wst:talent-check': JSON.stringify({ state: { answers }, version: 1 }) })
const title = (id: string) => data.find((p) => p.id === id)!.title

// the policies' windows and validity are read on a fixed Beijing day
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-01T10:00:00+08:00')))
afterEach(() => jest.restoreAllMocks())

test('the Jiangmen zone lists Jiangmen policies only; a benefit filter narrows them; expired ones on request', async () => {
  const page = await renderPage(policiesPage)
  await page.waitForText(title('jm-graduate-living'))
  expect(page.text()).not.toContain(title('sz-talent-housing'))
  expect(page.text()).not.toContain(title('jm-phd-senior-housing'))
  await page.tap('租房补贴')
  await page.waitForText(title('pj-graduate-rent'))
  expect(page.text()).not.toContain(title('jm-graduate-living'))
  await page.tap('全部')
  await page.tap('显示已失效政策（2）')
  await page.waitForText(title('jm-phd-senior-housing'))
  expect(page.text()).toMatch(/已失效 · 2020-06-30 到期/)
})

test('the 深江 zone lists both cities and filters by city', async () => {
  const page = await renderPage(policiesPage, { storage: zone('shenjiang') })
  await page.waitForText(title('sz-talent-housing'))
  expect(page.text()).toContain(title('jm-graduate-living'))
  await page.tap('深圳')
  await page.waitForText(title('sz-talent-housing'))
  expect(page.text()).not.toContain(title('jm-graduate-living'))
})

test('a policy open for online applications leads to its form; its issuer, number and validity are shown', async () => {
  const page = await renderPage(policyPage, { params: { id: 'jm-graduate-living' } })
  await page.waitForText('江人社〔2024〕示例12号')
  expect(page.text()).toContain('2024-06-01 至 2028-05-31')
  expect(page.text()).toMatch(/示例数据/)
  await page.tap('在线申请')
  expect(page.navigations).toEqual([pageUrl('gov-services', 'apply', { matter: 'talent/jm-graduate-living' })])
})

test('an expired policy says so and offers no application', async () => {
  const page = await renderPage(policyPage, { params: { id: 'jm-phd-senior-housing' } })
  await page.waitForText('该政策已失效，不再受理申请。')
  expect(page.queryByText('在线申请')).toBeNull()
})

test('a favourite policy is kept under the module and kind policy, the visit in history; 我的收藏 and 我的足迹 list it', async () => {
  const id = 'pj-graduate-rent'
  const route = pageUrl('talent', 'policy', { id })
  const page = await renderPage(policyPage, { params: { id } })
  await page.waitForText('☆ 收藏')
  await page.tap('☆ 收藏')
  await page.waitForText('★ 已收藏')
  const { userApi } = require('@/backend/user') as typeof import('@/backend/user')
  const ref = { module: 'talent', kind: 'policy', id, route, title: title(id) }
  expect(await userApi.listFavourites()).toEqual([expect.objectContaining(ref)])
  // opening it was recorded in 我的足迹 too
  expect(await userApi.listHistory()).toEqual([expect.objectContaining(ref)])
  page.unmount()

  for (const list of [favouritesPage, historyPage]) {
    const saved = await renderPage(list)
    await saved.waitForText(title(id))
    await saved.tap(title(id))
    expect(saved.navigations).toEqual([route])
    saved.unmount()
  }
})

test('a favourite that storage cannot take says so, and the policy stays not favourited', async () => {
  const page = await renderPage(policyPage, { params: { id: 'pj-graduate-rent' } })
  await page.waitForText('☆ 收藏')
  // the device refuses every write, as WeChat does when its storage is full
  const Taro = require('@tarojs/taro') as { setStorageSync(key: string, value: unknown): void }
  const full = jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
    throw new Error('setStorageSync:fail exceed storage max size 10MB')
  })
  try {
    await page.tap('☆ 收藏')
    await waitFor(() => expect(page.toasts).toContain('手机存储空间已满，未能收藏。请清理手机存储空间后再试。'))
    expect(page.text()).toContain('☆ 收藏')
  } finally {
    full.mockRestore()
  }
  const { userApi } = require('@/backend/user') as typeof import('@/backend/user')
  expect(await userApi.listFavourites()).toEqual([])
})

test('the self-check shows what qualifies with its deciding conditions, and a near miss with what is missing', async () => {
  const page = await renderPage(checkPage, { storage: stored(graduate(2)) })
  await page.waitForText(/差一点（\d）/)
  expect(page.text()).toContain(title('jm-graduate-living'))
  expect(page.text()).toContain('✗ 还差 4 个月社保')
  const qualified = await renderPage(checkPage, { storage: stored(graduate(8)) })
  await qualified.waitForText(/符合条件（/)
  expect(qualified.text()).toContain('✓ 学历：硕士研究生')
  expect(qualified.text()).toContain('✓ 社保：8 个月')
})

test('the questions come first when nothing is answered, and 查看结果 shows the result', async () => {
  const page = await renderPage(checkPage)
  await page.waitForText('最高学历')
  expect(page.text()).toContain('在江门的情况')
  await page.tap('硕士研究生')
  await page.tap('查看结果')
  await page.waitForText(/符合 \d+ 项 · 差一点 \d+ 项/)
})

test('in the 中江 zone both cities are checked side by side', async () => {
  const page = await renderPage(checkPage, { storage: { ...zone('zhongjiang'), ...stored(graduate(8)) } })
  await page.waitForText('两地对比')
  expect(page.text()).toContain('中山')
  expect(page.text()).toMatch(/生活补贴/)
  await page.tap('.check__cities [role="tab"]:nth-child(2)')
  await page.waitForText('在中山')
})

test('saved to 我的信息, the answers fill the self-check again after they were cleared', async () => {
  const page = await renderPage(checkPage, { storage: stored(graduate(8)) })
  await page.waitForText('保存到我的信息')
  await page.tap('保存到我的信息')
  expect(page.toasts).toContain('已保存到我的信息，申请人才卡和补贴时可直接填写')
  await page.tap('清空答案')
  page.unmount()
  const again = await renderPage(checkPage)
  await again.waitForText(/已用我的信息中保存的答案填写/)
})

test('the home leads to the self-check, the policies, the talent card and 我的申请', async () => {
  const page = await renderPage(homePage)
  await page.waitForText('侨都人才卡申领')
  await page.tap('侨都人才卡申领')
  await page.tap('我的申请')
  expect(page.navigations).toEqual([
    pageUrl('gov-services', 'apply', { matter: 'talent/talent-card' }),
    pageUrl('gov-services', 'progress')
  ])
})

test('answers saved to 我的信息 fill a new talent-card application, and the form says which', async () => {
  const check = await renderPage(checkPage, { storage: stored(graduate(8)) })
  await check.waitForText('保存到我的信息')
  await check.tap('保存到我的信息')
  check.unmount()
  const apply = await renderPage(() => import('@/features/gov-services/pages/apply'), {
    params: { matter: 'talent/talent-card' }
  })
  await apply.waitForText('已用我的信息中保存的人才资格自测答案填写：学历。请核对后再提交。')
})
