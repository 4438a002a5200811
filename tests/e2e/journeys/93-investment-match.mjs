// 惠企政策匹配 from 招商服务: the 企业画像 is answered as a user would (consent first, then chips, the date picker, the
// number fields), and matching on the device finds the 高新技术企业认定奖励 with the conditions that decided it
// (✓ 研发费用占营业收入比例：5.5%) and a near miss that says what is missing (✗ 本年度技改投资还差 200万元). A reload
// keeps the answers: the profile is kept on the device once consent is given.
import {
  assert,
  currentPage,
  expectText,
  fill,
  messages,
  open,
  pickerSelect,
  reload,
  settle,
  shot,
  storage,
  tapText,
  until,
  waitForRoute
} from '../lib.mjs'

export const name = 'investment-match'

const t = messages['zh-Hans']
const HOME_ROUTE = '/features/investment/pages/home/index'
const PROFILE_ROUTE = '/features/investment/pages/profile/index'
const MATCH_ROUTE = '/features/investment/pages/match/index'
const HIGH_TECH = '高新技术企业认定奖励'
const UPGRADE = '工业企业技术改造事后奖补'

/** the chip `item` of the question `question` (a radio, or a checkbox of a several-at-once question) */
async function answer(page, question, item, role = 'radio') {
  await settle(page)
  const group = currentPage(page).getByRole(role === 'radio' ? 'radiogroup' : 'group', { name: question, exact: true })
  const chip = group.getByRole(role, { name: item, exact: true })
  await chip.click()
  await until(async () => (await chip.getAttribute('aria-checked')) === 'true', {
    message: `${question}: ${item} is chosen`
  })
}

/** the result group (符合条件, 差一点 …) as a section, by its title */
const group = (page, title) =>
  currentPage(page)
    .locator('.wst-section')
    .filter({ has: page.locator('.wst-section__title', { hasText: new RegExp(`^${title}（\\d+）$`) }) })
    .first()

async function expectInCard(page, where, title, text) {
  await until(
    async () =>
      (await where.locator('.wst-rule-result').filter({ hasText: title }).filter({ hasText: text }).count()) > 0,
    {
      message: async () =>
        `expected ${JSON.stringify(text)} in the result of ${title}; it shows: ${(
          await where
            .locator('.wst-rule-result')
            .filter({ hasText: title })
            .first()
            .innerText()
            .catch(() => '(no such result)')
        ).replace(/\s+/g, ' ')}`
    }
  )
}

const FIELDS = {
  从业人数: '100',
  其中科技人员人数: '20',
  上年营业收入: '4000',
  上年研发费用: '220',
  本年度设备购置与技术改造投资: '300',
  有效发明专利: '2',
  有效实用新型专利: '0',
  有效外观设计专利: '0',
  软件著作权: '1'
}

export default async function (page) {
  const thisYear = Number(
    await page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4))
  )

  await open(page, HOME_ROUTE)
  await tapText(page, t['investment.home.profile'], { exact: true })
  await waitForRoute(page, PROFILE_ROUTE)
  await expectText(page, t['investment.profile.consentNeeded'])

  // consent first: only then is anything kept on the device
  await settle(page)
  const consent = currentPage(page).locator('[role=checkbox][aria-label^="我已阅读并同意"]').first()
  await consent.click()
  await until(async () => (await consent.getAttribute('aria-checked')) === 'true', { message: 'consent is given' })
  await expectText(page, t['investment.profile.consentGiven'])

  await answer(page, '所属产业', t['investment.chain.electronics'])
  // founded six years ago: the year column of the date picker is enough
  const founded = currentPage(page).locator('[role=button][aria-label^="成立日期"]')
  await pickerSelect(page, founded, `${thisYear - 6}年`)
  await until(async () => (await founded.innerText()).startsWith(`${thisYear - 6}-`), {
    message: 'the registration date is shown'
  })
  await answer(page, '企业所在区（市）', '江海区')
  await answer(page, '是否港澳资企业', '否')
  for (const [label, value] of Object.entries(FIELDS)) await fill(page, label, value)
  await expectText(page, '研发费用占营业收入比例：5.5%（由上面两项计算）')
  await answer(page, '已获企业资质', '高新技术企业', 'checkbox')
  await answer(page, '已获企业资质', '规模以上工业企业', 'checkbox')
  await answer(page, '纳税信用等级', 'A 级')
  await shot(page, 'profile')

  // a wrong number says why in Chinese, and counts as no answer
  await fill(page, '从业人数', '12.5')
  await expectText(page, '请填写整数（单位：人），如 120，不要带逗号、空格或文字')
  await fill(page, '从业人数', '100')

  await tapText(page, t['investment.profile.see'], { exact: true })
  await waitForRoute(page, MATCH_ROUTE)
  await expectText(page, t['investment.match.local'])
  const qualified = group(page, t['investment.match.qualified'])
  await expectInCard(page, qualified, HIGH_TECH, '✓ 研发费用占营业收入比例：5.5%')
  await expectInCard(page, qualified, HIGH_TECH, '✓ 上年营业收入：4000万元')
  const near = group(page, t['investment.match.near'])
  await expectInCard(page, near, UPGRADE, '✗ 本年度技改投资还差 200万元')

  // a reload of the results: matched again from the answers kept on the device
  await reload(page)
  await expectInCard(page, group(page, t['investment.match.qualified']), HIGH_TECH, '✓ 研发费用占营业收入比例：5.5%')
  await expectInCard(page, group(page, t['investment.match.near']), UPGRADE, '✗ 本年度技改投资还差 200万元')
  await shot(page, 'match')

  // the snapshot of what was met is kept for the change notice
  const kept = (await storage(page))['wst:investment-matched']?.state?.snapshot?.policies ?? []
  assert.ok(
    kept.some((p) => p.id === 'jm-high-tech-recognition'),
    `the matched policies are kept: ${JSON.stringify(kept)}`
  )

  // the profile after a reload: the answers are still there
  await open(page, PROFILE_ROUTE)
  await reload(page)
  await expectText(page, t['investment.profile.consentGiven'])
  await settle(page)
  for (const [label, value] of Object.entries(FIELDS)) {
    const input = currentPage(page)
      .locator('.wst-field')
      .filter({ has: page.locator('.wst-field__label', { hasText: new RegExp(`^${label}$`) }) })
      .locator('input')
      .first()
    await until(async () => (await input.inputValue()) === value, { message: `${label} is still ${value}` })
  }
  const chosen = currentPage(page)
    .getByRole('group', { name: '已获企业资质', exact: true })
    .getByRole('checkbox', { name: '高新技术企业', exact: true })
  assert.equal(await chosen.getAttribute('aria-checked'), 'true', '高新技术企业 is still chosen')
  await shot(page, 'reloaded')
}
