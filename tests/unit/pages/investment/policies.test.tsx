// 招商服务's policy pages: the list filters by city, benefit, mode and words and marks what is expired; a policy
// page shows every field, its change history and the 117 entry; the 企业画像 is kept on the device only with
// consent, filled from 我的信息 and saved back to it; matching shows the policies met with the conditions that
// decided them, near misses with what is missing and both cities side by side, on the device unless the user asks
// for the server; and the home's notice lists a matched policy changed since, until it is marked seen.
import { pageUrl } from '@/routes'
import data from '@/data/investment/policies.json'
import type { CompanyProfile } from '@/core/investment/types'
import { renderPage } from '../../../helpers/render-page'

const homePage = () => import('@/features/investment/pages/home')
const policiesPage = () => import('@/features/investment/pages/policies')
const policyPage = () => import('@/features/investment/pages/policy')
const profilePage = () => import('@/features/investment/pages/profile')
const matchPage = () => import('@/features/investment/pages/match')

const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })
const consent = { 'wst:settings': JSON.stringify({ state: { privacyConsent: 1 }, version: 1 }) }
const PROFILE_KEY = 'wst:investment-profile'
const MATCHED_KEY = 'wst:investment-matched'
const stored = (profile: CompanyProfile) => ({
  [PROFILE_KEY]: JSON.stringify({ state: { profile, identity: { companyName: '', creditCode: '' } }, version: 1 })
})
const snapshot = (policies: { id: string; revision: number; expiresOn: string; title?: string }[]) => ({
  [MATCHED_KEY]: JSON.stringify({
    state: { snapshot: { at: Date.parse('2024-06-01T10:00:00+08:00'), policies } },
    version: 1
  })
})
const policy = (id: string) => data.find((p) => p.id === id)!
const title = (id: string) => policy(id).title
const read = (page: { device: Map<string, unknown> }, key: string) => {
  const raw = page.device.get(key)
  return raw === undefined ? undefined : JSON.parse(String(raw)).state
}

/** a Jiangmen 高新技术企业 with 4,000 万元 of revenue: R&D of 220 万元 is 5.5% of it */
const hightech = (rdSpendWan: number): CompanyProfile => ({
  industry: 'electronics',
  registeredOn: '2020-05-01',
  district: 'jianghai',
  headcount: 100,
  techStaff: 20,
  revenueWan: 4000,
  rdSpendWan,
  inventionPatents: 2,
  utilityPatents: 0,
  designPatents: 0,
  softwareCopyrights: 1,
  qualifications: ['high_tech', 'above_scale'],
  taxCredit: 'A',
  hkmoInvested: false,
  fromFusionCity: false,
  upgradeInvestmentWan: 300
})

// the policies' validity is read on a fixed Beijing day
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-01T10:00:00+08:00')))
afterEach(() => jest.restoreAllMocks())

test('the Jiangmen zone lists Jiangmen policies; benefit, mode and words narrow them; expired ones on request', async () => {
  const page = await renderPage(policiesPage)
  await page.waitForText(title('jm-high-tech-recognition'))
  expect(page.text()).not.toContain(title('sz-little-giant'))
  expect(page.text()).not.toContain(title('jm-digital-transform'))
  expect(page.text()).toContain('快申快享')
  await page.tap('免申即享')
  await page.waitForText(title('jm-specialized-sme'))
  expect(page.text()).not.toContain(title('jm-high-tech-recognition'))
  expect(page.text()).toContain('符合条件的企业无需申请')
  await page.tap('[role="radiogroup"][aria-label="申报方式"] [role="radio"]:first-child')
  await page.input('#policy-search', '贴息', { leave: false })
  await page.waitForText(title('jm-loan-interest'))
  expect(page.text()).not.toContain(title('jm-high-tech-recognition'))
  await page.input('#policy-search', '', { leave: false })
  const expired = data.filter((p) => p.city === 'jiangmen' && p.expiresOn < '2026-12-01').length
  await page.tap(`显示已失效政策（${expired}）`)
  await page.waitForText(title('jm-digital-transform'))
  expect(page.text()).toMatch(/已失效 · 2025-12-31 到期/)
})

test('the 深江 zone lists both cities and filters by city', async () => {
  const page = await renderPage(policiesPage, { storage: zone('shenjiang') })
  await page.waitForText(title('jm-high-tech-recognition'))
  await page.tap('深圳')
  await page.waitForText(title('sz-little-giant'))
  expect(page.text()).not.toContain(title('jm-high-tech-recognition'))
})

test('a policy shows its issuer, 文号, validity, 兑现时限, change history and leads to 117', async () => {
  const p = policy('jm-high-tech-recognition')
  const page = await renderPage(policyPage, { params: { id: p.id } })
  await page.waitForText(p.docNumber)
  expect(page.text()).toContain(p.issuer)
  expect(page.text()).toContain('2024-04-01 至 2027-12-31')
  expect(page.text()).toContain('40 个工作日')
  expect(page.text()).toContain('第 2 版 · 2025-03-10 修订：首次认定奖励由 10 万元提高至 20 万元')
  expect(page.text()).toContain('现行第 2 版')
  expect(page.text()).toMatch(/示例数据/)
  expect(page.text()).toContain('营业执照（免提交）')
  await page.tap('拨打 0750-12345')
  expect(page.calls.some((c) => c.api === 'makePhoneCall')).toBe(true)
  await page.tap('#investment-appeal')
  expect(page.navigations).toEqual([
    pageUrl('appeals', 'file', { channel: 'enterprise', type: 'help', category: '090201' })
  ])
  await page.tap('☆ 收藏')
  await page.waitForText('★ 已收藏')
})

test('an expired policy says so and offers no channel', async () => {
  const page = await renderPage(policyPage, { params: { id: 'jm-digital-transform' } })
  await page.waitForText('该政策已失效，不再受理申报。')
  expect(page.queryByText(/^前往/)).toBeNull()
})

test('the profile is kept on the device only once consent is given, and says why a number is refused', async () => {
  const page = await renderPage(profilePage)
  await page.waitForText('从业人数')
  expect(page.text()).toContain('只有您点“在服务器上匹配”时')
  await page.input('从业人数', '12.5')
  expect(page.fieldError('从业人数')).toBe('请填写整数（单位：人），如 120，不要带逗号、空格或文字')
  await page.input('上年营业收入', '12.345')
  expect(page.fieldError('上年营业收入')).toMatch(/^请填写数字（单位：万元），最多两位小数/)
  await page.input('上年营业收入', '4000')
  expect(page.fieldError('上年营业收入')).toBeUndefined()
  expect(page.device.has(PROFILE_KEY)).toBe(false)
  await page.tap('[role="checkbox"][aria-label^="我已阅读并同意"]')
  await page.settle()
  expect(read(page, PROFILE_KEY).profile).toEqual({ revenueWan: 4000 })
  await page.input('上年研发费用', '220')
  expect(read(page, PROFILE_KEY).profile).toEqual({ revenueWan: 4000, rdSpendWan: 220 })
  expect(page.text()).toContain('研发费用占营业收入比例：5.5%（由上面两项计算）')
  // consent withdrawn: nothing stays on the device
  await page.tap('[role="checkbox"][aria-label^="我已阅读并同意"]')
  await page.settle()
  expect(page.device.has(PROFILE_KEY)).toBe(false)
  await page.tap('[role="checkbox"][aria-label^="我已阅读并同意"]')
  await page.settle()
  page.unmount()
  // a reload, or the app killed: the draft is back
  const again = await renderPage(profilePage)
  await again.waitForText('从业人数')
  expect(again.value('上年营业收入')).toBe('4000')
})

test('the name and credit code come from 我的信息, and the answers are saved back to it', async () => {
  const enterprise = { companyName: '江门示例科技有限公司', creditCode: '91440703MA51XW123Y' }
  const profileStore = {
    'wst:profile': JSON.stringify({ state: { parts: { enterprise: { ...enterprise, savedAt: 1 } } }, version: 1 })
  }
  const page = await renderPage(profilePage, { storage: { ...consent, ...profileStore, ...stored(hightech(220)) } })
  await page.waitForText('已用“我的信息”中的企业名称和信用代码填写')
  expect(page.value('企业名称')).toBe(enterprise.companyName)
  await page.tap('保存到我的信息')
  expect(page.toasts).toContain('已保存到我的信息，下次可直接带入')
  const saved = read(page, 'wst:profile').parts
  expect(saved.company.answers.rdSpendWan).toBe(220)
  expect(saved.enterprise.companyName).toBe(enterprise.companyName)
  await page.tap('清空画像')
  page.unmount()
  const again = await renderPage(profilePage, { storage: {} })
  await again.waitForText(/已用“我的信息”中保存的企业画像填写/)
  expect(again.value('上年研发费用')).toBe('220')
})

test('a wrong credit code is refused with the reason, and not saved to 我的信息', async () => {
  const page = await renderPage(profilePage, { storage: consent })
  await page.waitForText('统一社会信用代码')
  await page.input('统一社会信用代码', '91440703MA51XW1230')
  expect(page.fieldError('统一社会信用代码')).toMatch(/校验码/)
  await page.tap('保存到我的信息')
  expect(page.toasts).toContain('信用代码有误，请先改正或清空后再保存')
  expect(read(page, 'wst:profile')?.parts?.company).toBeUndefined()
})

test('matching shows the policies met with their deciding conditions and the near misses with what is missing', async () => {
  const page = await renderPage(matchPage, { storage: { ...consent, ...stored(hightech(220)) } })
  await page.waitForText(/符合条件（\d+）/)
  expect(page.text()).toContain(title('jm-high-tech-recognition'))
  expect(page.text()).toContain('✓ 研发费用占营业收入比例：5.5%')
  expect(page.text()).toContain('✗ 本年度技改投资还差 200万元')
  expect(page.text()).toContain('匹配在本机进行，企业画像不会离开本机。')
  // what the company meets is kept for the change notice
  const kept = read(page, MATCHED_KEY).snapshot.policies.map((p: { id: string }) => p.id)
  expect(kept).toContain('jm-high-tech-recognition')
  expect(kept).not.toContain('jm-tech-upgrade')

  const near = await renderPage(matchPage, { storage: { ...consent, ...stored(hightech(180)) } })
  await near.waitForText(/差一点（\d+）/)
  expect(near.text()).toContain('✗ 研发费用占营业收入比例还差 0.5%')
})

test('去回答 opens the profile at the first question a result still needs', async () => {
  const partial: CompanyProfile = { ...hightech(220), taxCredit: undefined }
  const page = await renderPage(matchPage, { storage: { ...consent, ...stored(partial) } })
  await page.waitForText('去回答')
  await page.tap('去回答')
  const [url] = page.navigations
  const question = new URL(url, 'https://x').searchParams.get('question')!
  expect(url).toBe(pageUrl('investment', 'profile', { question }))
  expect(question).toBe('taxCredit')

  const profile = await renderPage(profilePage, { storage: { ...consent, ...stored(partial) }, params: { question } })
  await profile.waitForText('纳税信用等级')
  expect(profile.calls.filter((c) => c.api === 'pageScrollTo').map((c) => c.options)).toContainEqual(
    expect.objectContaining({ selector: '#profile-q-taxCredit' })
  )
  expect(profile.container.querySelector('#profile-q-taxCredit')).not.toBeNull()
})

test('without answers, matching asks for the profile first; answers kept without consent are not read', async () => {
  const page = await renderPage(matchPage, { storage: stored(hightech(220)) })
  await page.waitForText('还没有填写企业画像，先回答几个问题再来匹配。')
  expect(page.device.has(PROFILE_KEY)).toBe(false)
  await page.tap('填写企业画像')
  expect(page.navigations).toEqual([pageUrl('investment', 'profile')])
})

test('in the 深江 zone both cities are matched side by side; the server is asked only on request', async () => {
  const page = await renderPage(matchPage, { storage: { ...consent, ...zone('shenjiang'), ...stored(hightech(220)) } })
  await page.waitForText('两地对比')
  expect(page.text()).toContain('深圳')
  const { investmentBackend } = require('@/backend/investment') as typeof import('@/backend/investment')
  const asked = jest.spyOn(investmentBackend, 'matchPolicies')
  await page.tap('.match__cities [role="tab"]:nth-child(2)')
  await page.waitForText('在深圳')
  expect(asked).not.toHaveBeenCalled()
  await page.tap('在服务器上匹配')
  await page.waitForText(/以下是服务器的匹配结果/)
  expect(asked).toHaveBeenCalledTimes(1)
  expect(asked.mock.calls[0][0]).toEqual({ profile: hightech(220), cities: ['jiangmen', 'shenzhen'] })
})

test('the home shows a changed policy the company matched, with the change, until it is marked seen', async () => {
  const p = policy('jm-high-tech-recognition')
  const page = await renderPage(homePage, {
    storage: { ...consent, ...snapshot([{ id: p.id, revision: 1, expiresOn: p.expiresOn, title: p.title }]) }
  })
  await page.waitForText('政策变动提醒')
  expect(page.text()).toContain('已修订')
  expect(page.text()).toContain('2025-03-10 第 2 版：首次认定奖励由 10 万元提高至 20 万元')
  await page.tap('全部标为已读')
  await page.settle()
  expect(page.queryByText('政策变动提醒')).toBeNull()
  expect(read(page, MATCHED_KEY).snapshot.policies[0].revision).toBe(2)
})

test('a withdrawn policy and an extended one are named in the notice', async () => {
  const page = await renderPage(homePage, {
    storage: {
      ...consent,
      ...snapshot([
        { id: 'jm-gone', revision: 1, expiresOn: '2027-01-01', title: '已废止的示例政策' },
        { id: 'jm-specialized-sme', revision: 1, expiresOn: '2026-05-31' }
      ])
    }
  })
  await page.waitForText('政策变动提醒')
  expect(page.text()).toContain('已废止的示例政策')
  expect(page.text()).toContain('该政策已从政策库中撤下，不再兑现')
  expect(page.text()).toContain('有效期由 2026-05-31 延至 2027-05-31')
})

test('the home in the 深江 zone speaks of 深圳研发 + 江门生产 and 深中通道, and leads to the profile', async () => {
  const page = await renderPage(homePage, { storage: zone('shenjiang') })
  await page.waitForText(/深圳研发 \+ 江门生产/)
  expect(page.text()).toContain('深中通道')
  expect(page.text()).toMatch(/示例数据/)
  expect(page.queryByText('政策变动提醒')).toBeNull()
  await page.tap('企业画像')
  expect(page.navigations).toEqual([pageUrl('investment', 'profile')])
})

test('matching again keeps the notice of a changed policy until it is marked seen', async () => {
  const p = policy('jm-high-tech-recognition')
  const storage = {
    ...consent,
    ...stored(hightech(220)),
    ...snapshot([{ id: p.id, revision: 1, expiresOn: p.expiresOn }])
  }
  const match = await renderPage(matchPage, { storage })
  await match.waitForText(/符合条件（\d+）/)
  const kept = read(match, MATCHED_KEY).snapshot.policies
  expect(kept.find((x: { id: string }) => x.id === p.id).revision).toBe(1)
  expect(kept.map((x: { id: string }) => x.id)).toContain('jm-rd-subsidy')
  match.unmount()
  const home = await renderPage(homePage)
  await home.waitForText('政策变动提醒')
  expect(home.text()).toContain('2025-03-10 第 2 版：首次认定奖励由 10 万元提高至 20 万元')
})
