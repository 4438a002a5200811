// 我的信息: the answers other modules saved here (the 人才资格自测's, the 企业画像's) shown with their labels, opening
// their page again, and deleted alone after asking again in place.
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'

const profilePage = () => import('@/features/account/pages/profile')
// 2026-03-15 12:00 in Beijing
const SAVED_AT = Date.UTC(2026, 2, 15, 4)
const COMPANY = {
  industry: 'electronics',
  registeredOn: '2019-05-20',
  district: 'pengjiang',
  headcount: 120,
  revenueWan: 3000.5,
  qualifications: ['high_tech', 'little_giant'],
  taxCredit: 'A',
  hkmoInvested: false,
  // not of the vocabulary: left out, never shown wrong
  rdRatio: 12,
  unknownFact: 'x'
}
const TALENT = { person: { education: 'master', age: 30 }, cities: { jiangmen: { socialInsuranceMonths: 12 } } }

const open = (parts: Record<string, unknown>, options: RenderOptions = {}) =>
  renderPage(profilePage, {
    ...options,
    storage: { 'wst:profile': JSON.stringify({ state: { parts, unreadable: {} }, version: 1 }) }
  })
const storedParts = (page: RenderedPage) => {
  const raw = page.device.get('wst:profile')
  return typeof raw === 'string' ? JSON.parse(raw).state.parts : undefined
}
const row = (page: RenderedPage, label: string) =>
  page.getByText(label).closest('.wst-facts__row')?.querySelector('.wst-facts__value')?.textContent

test('the 企业画像 answers are shown with their labels and values; tapping the summary opens 企业画像', async () => {
  const page = await open({ company: { answers: COMPANY, savedAt: SAVED_AT } })
  await page.waitForText('企业画像')
  expect(page.getByText('已保存 8 项答案，点击修改企业画像')).toBeTruthy()
  expect(page.text()).toContain('保存于 2026-03-15；惠企政策匹配时可用来填写')
  expect(row(page, '所属产业')).toBe('新一代电子信息')
  expect(row(page, '成立日期')).toBe('2019-05-20')
  expect(row(page, '所在区（市）')).toBe('蓬江区')
  expect(row(page, '从业人数')).toBe('120人')
  expect(row(page, '上年营业收入')).toBe('3000.5万元')
  expect(row(page, '企业资质')).toBe('高新技术企业、专精特新“小巨人”企业')
  expect(row(page, '纳税信用等级')).toBe('A 级')
  expect(row(page, '港澳资企业')).toBe('否')
  expect(page.text()).not.toContain('unknownFact')
  expect(page.queryByText('研发费用占营业收入比例')).toBeNull()
  // nothing else saved: the empty profile still offers to fill it in
  expect(page.text()).toContain('还没有保存我的信息。')

  await page.tap('已保存 8 项答案，点击修改企业画像')
  expect(page.navigations.at(-1)).toMatch(/features\/investment\/pages\/profile\/index$/)
})

test('deleting the 企业画像 asks again in place and leaves the other parts', async () => {
  const page = await open({
    company: { answers: COMPANY, savedAt: SAVED_AT },
    talent: { answers: TALENT, savedAt: SAVED_AT }
  })
  await page.waitForText('删除企业画像')
  await page.tap('删除企业画像')
  expect(page.getByText('删除后，惠企政策匹配需要重新填写企业画像。确定删除吗？')).toBeTruthy()
  await page.tap('保留')
  expect(storedParts(page).company).toBeDefined()

  await page.tap('删除企业画像')
  await page.tap('确认删除')
  expect(page.toasts).toContain('企业画像已删除')
  expect(storedParts(page).company).toBeUndefined()
  expect(storedParts(page).talent).toBeDefined()
  expect(page.queryByText('删除企业画像')).toBeNull()
  expect(page.queryByText('所属产业')).toBeNull()
  // the talent part stays, as it was
  expect(page.getByText('已保存 3 项答案，点击查看自测结果')).toBeTruthy()
})

test('the talent answers: how many and since when; they open the self-check and are deleted alone', async () => {
  const page = await open({
    company: { answers: COMPANY, savedAt: SAVED_AT },
    talent: { answers: TALENT, savedAt: SAVED_AT }
  })
  await page.waitForText('人才资格自测答案')
  expect(page.text()).toContain('保存于 2026-03-15；申请人才卡和人才补贴时可用来填写')
  await page.tap('已保存 3 项答案，点击查看自测结果')
  expect(page.navigations.at(-1)).toMatch(/features\/talent\/pages\/check\/index$/)

  await page.tap('删除自测答案')
  await page.tap('确认删除')
  expect(page.toasts).toContain('自测答案已删除')
  expect(storedParts(page).talent).toBeUndefined()
  expect(storedParts(page).company).toBeDefined()
})

test('繁體 and elder mode: the 企业画像 labels and values in the user’s script', async () => {
  const page = await open(
    { company: { answers: COMPANY, savedAt: SAVED_AT } },
    { settings: { elderMode: true, locale: 'zh-Hant' } }
  )
  await page.waitForText('企業畫像')
  expect(page.container.querySelector('.wst-page--elder')).not.toBeNull()
  expect(page.getByText('已保存 8 項答案，點擊修改企業畫像')).toBeTruthy()
  expect(row(page, '所屬產業')).toBe('新一代電子信息')
  expect(row(page, '所在區（市）')).toBe('蓬江區')
  expect(row(page, '上年營業收入')).toBe('3000.5萬元')
  expect(row(page, '企業資質')).toBe('高新技術企業、專精特新“小巨人”企業')
  await page.tap('刪除企業畫像')
  expect(page.getByText('刪除後，惠企政策匹配需要重新填寫企業畫像。確定刪除嗎？')).toBeTruthy()
})
