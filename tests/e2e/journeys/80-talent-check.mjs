// 人才资格自测 from 首页 → 人才服务, answered through the questions as a user would (chips, the number fields, the
// date picker): a policy is found with the conditions that decided it (✓ …), the 百名硕博 living subsidy is a near
// miss that says what is missing (✗ 还差 4 个月社保); 修改答案 with 8 months of 社保 moves it under 符合条件 with
// ✓ 社保：8 个月. In the 深江 zone the same answers are compared for 江门 and 深圳 (两地对比).
import {
  assert,
  currentPage,
  expectText,
  fill,
  messages,
  open,
  pickerSelect,
  settle,
  shot,
  tap,
  tapText,
  textOf,
  until,
  waitForRoute
} from '../lib.mjs'

export const name = 'talent-check'

const t = messages['zh-Hans']
const HOME_ROUTE = '/pages/home/index'
const TALENT_ROUTE = '/features/talent/pages/home/index'
const CHECK_ROUTE = '/features/talent/pages/check/index'
const GRADUATE_LIVING = '“百名硕博引进工程”新引进硕博生活补贴'
const APARTMENT = '江门人才岛人才公寓'
const INSURANCE = '在本市连续缴纳社保月数'

/** the chip `item` of the single-choice question `question` */
async function answer(page, question, item) {
  await settle(page)
  const chip = currentPage(page)
    .getByRole('radiogroup', { name: question, exact: true })
    .getByRole('radio', { name: item, exact: true })
  await chip.click()
  await until(async () => (await chip.getAttribute('aria-checked')) === 'true', {
    message: `${question}: ${item} is chosen`
  })
}

/** the result card of a policy, on the page on screen */
const card = (page, title) => currentPage(page).locator('.wst-rule-result').filter({ hasText: title }).first()

/** the result group (符合条件, 差一点 …) as a section, by its title */
const group = (page, title) =>
  currentPage(page)
    .locator('.wst-section')
    .filter({ has: page.locator('.wst-section__title', { hasText: new RegExp(`^${title}（\\d+）$`) }) })
    .first()

async function expectInCard(page, title, text, where = currentPage(page)) {
  await until(
    async () =>
      (await where.locator('.wst-rule-result').filter({ hasText: title }).filter({ hasText: text }).count()) > 0,
    {
      message: async () =>
        `expected ${JSON.stringify(text)} in the result of ${title}; it shows: ${(
          await card(page, title)
            .innerText()
            .catch(() => '(no such result)')
        ).replace(/\s+/g, ' ')}`
    }
  )
}

export default async function (page) {
  // the years the answers are given in follow today's date: graduated last year, 28 years old
  const thisYear = Number(
    await page.evaluate(() => new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }).slice(0, 4))
  )
  const graduated = thisYear - 1
  const born = thisYear - 28

  // 首页 → 人才服务 → 人才资格自测, as a user finds it
  await open(page, HOME_ROUTE)
  await tapText(page, t['module.talent'], { exact: true })
  await waitForRoute(page, TALENT_ROUTE)
  await tapText(page, t['talent.home.check'], { exact: true })
  await waitForRoute(page, CHECK_ROUTE)
  await expectText(page, t['talent.check.about'], { exact: true })

  await answer(page, '最高学历', '硕士研究生')
  await answer(page, '是否全日制学历', '是')
  await fill(page, '毕业年份', String(graduated))
  // the date picker opens at today: the year column is enough (a birthday this very day, 28 years ago)
  const birth = currentPage(page).locator('[role=button][aria-label^="出生日期"]')
  await pickerSelect(page, birth, `${born}年`)
  await until(async () => (await birth.innerText()).startsWith(`${born}-`), { message: 'the birth date is shown' })
  await answer(page, '用人单位所在城市', '江门')
  // the district is asked of a Jiangmen employer only
  await answer(page, '用人单位所在区（市）', '蓬江区')
  const island = currentPage(page)
    .getByRole('group', { name: '用人单位所属平台', exact: true })
    .getByRole('checkbox', { name: '江门人才岛', exact: true })
  await settle(page)
  await island.click()
  await until(async () => (await island.getAttribute('aria-checked')) === 'true', { message: '江门人才岛 is chosen' })
  await fill(page, INSURANCE, '2')
  await answer(page, '本人及配偶在本市是否已有住房', '否')
  await expectText(page, /^已回答 \d+\/\d+ 题$/)
  await shot(page, 'answers')

  await tapText(page, t['talent.check.see'], { exact: true })
  await expectText(page, '在江门', { exact: true })
  // a policy found, with the conditions that decided it
  await expectInCard(page, APARTMENT, t['talent.check.decidedBy'], group(page, t['talent.check.qualified']))
  const met = await card(page, APARTMENT).locator('.wst-rule-result__reason--met').allInnerTexts()
  assert.ok(met.length >= 2, `the deciding conditions are listed: ${met.join(' | ')}`)
  for (const line of met) assert.match(line, /^✓ /, `a deciding condition reads ✓ …: ${line}`)
  assert.ok(met.includes('✓ 所属平台：江门人才岛'), `the platform decided it: ${met.join(' | ')}`)
  // the near miss, with what is missing
  const near = group(page, t['talent.check.near'])
  await expectInCard(page, GRADUATE_LIVING, '✗ 还差 4 个月社保', near)
  assert.equal(
    (await card(page, GRADUATE_LIVING).locator('.wst-tag').first().innerText()).trim(),
    t['talent.check.near'],
    'the graduate subsidy is tagged 差一点'
  )
  await shot(page, 'near-miss')

  // 修改答案: 8 months of 社保, and the subsidy is granted, decided by it
  await tapText(page, t['talent.check.edit'], { exact: true })
  await expectText(page, t['talent.check.about'], { exact: true })
  await fill(page, INSURANCE, '8')
  await tapText(page, t['talent.check.see'], { exact: true })
  const qualified = group(page, t['talent.check.qualified'])
  await expectInCard(page, GRADUATE_LIVING, '✓ 社保：8 个月', qualified)
  await expectInCard(page, GRADUATE_LIVING, `✓ 毕业年份：${graduated} 年`, qualified)
  await expectInCard(page, GRADUATE_LIVING, '✓ 学历：硕士研究生', qualified)
  assert.equal(await near.count(), 0, 'nothing is a near miss any more')
  await shot(page, 'qualified')

  // the 深江 zone: the same answers, checked in 江门 and 深圳 side by side
  await open(page, HOME_ROUTE)
  await tap(page, '.home__zone-switch')
  await tapText(page, t['zone.shenjiang.name'], { exact: true })
  await until(async () => (await textOf(page, '.home__zone-name')) === t['zone.shenjiang.name'], {
    message: 'the zone is 深江'
  })
  await tapText(page, t['talent.entry.check'], { exact: true })
  await waitForRoute(page, CHECK_ROUTE)
  await expectText(page, t['talent.check.compare'], { exact: true })
  await settle(page)
  const head = currentPage(page).locator('.wst-compare__row--head [role=columnheader]')
  await until(async () => (await head.count()) === 3, { message: 'the comparison has a column per city' })
  assert.deepEqual(
    (await head.allInnerTexts()).map((s) => s.trim()),
    [t['talent.check.compareBenefit'], t['city.jiangmen'], t['city.shenzhen']]
  )
  const living = currentPage(page).locator('.wst-compare__row').filter({ hasText: t['talent.benefit.living'] })
  assert.deepEqual(
    (await living.first().locator('[role=cell]').allInnerTexts()).map((s) => s.trim()),
    ['符合 1 项', t['talent.check.noneCell']],
    'the living subsidy: granted in 江门, nothing in 深圳 (its questions are not answered)'
  )
  await shot(page, 'compare')
  await currentPage(page).getByRole('tab', { name: t['city.shenzhen'], exact: true }).click()
  await expectText(page, '在深圳', { exact: true })
  // the employer is in 江门: nothing in 深圳 is granted or nearly granted
  await expectText(page, t['talent.check.noneQualified'])
  await expectText(page, /^查看暂不符合的 \d+ 项$/)
  await shot(page, 'shenzhen')
}
