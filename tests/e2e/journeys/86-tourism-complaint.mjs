// 旅游投诉 from a sight's page: 自力村碉楼群 shows its 客流 for the day as 通常 (typical, sample data) with each hour's
// level in words; 旅游投诉 opens 我要诉求 with 文化旅游 › 旅游投诉 › 景区服务, the sight as the place and 开平市 chosen;
// described and filed, it goes to 江门市文化广电旅游体育局 and its detail shows the 2-hour contact and the
// 24-hour answer counting down.
import {
  assert,
  currentPage,
  expectText,
  fill,
  messages,
  open,
  shot,
  tap,
  textOf,
  until,
  waitForRoute
} from '../lib.mjs'
import { detailReference, FILE_ROUTE } from './70-appeal-file.mjs'

export const name = 'tourism-complaint'

const t = messages['zh-Hans']
const SIGHT = '自力村碉楼群'
const CONTENT = '跟团到自力村，导游把我们带进购物店一个多小时，不买东西不让走，这是强制购物，请文旅部门处理。'

/**
 * the consent block and 提交诉求 each have their own place on the page once the layout is done (the routing preview
 * above them may still be growing after the last field): their boxes never overlap, or the check says where they are
 */
async function submitUncovered(page) {
  const scope = currentPage(page)
  let boxes = []
  await until(
    async () => {
      boxes = await Promise.all(['#appeal-submit-consent', '#appeal-submit'].map((s) => scope.locator(s).boundingBox()))
      const [c, b] = boxes
      return c && b && c.y + c.height <= b.y + 0.5
    },
    { message: () => Promise.resolve(`the consent block and 提交诉求 overlap: ${JSON.stringify(boxes)}`) }
  )
}

export default async function (page) {
  await open(page, '/features/tourism/pages/sight/index?id=zili-village')
  await expectText(page, SIGHT)
  await expectText(page, t['tourism.crowd.title'], { exact: true })
  await expectText(page, t['tourism.crowd.typical'], { exact: true })
  const bars = await textOf(page, '.crowd__bars')
  assert.match(bars, /较空|适中|较挤|拥挤/, `the bars say their level in words: ${bars}`)
  await shot(page, 'sight-crowd')

  await tap(page, '#tourism-complaint')
  await waitForRoute(page, FILE_ROUTE)
  await expectText(page, '景区服务 ▾')
  assert.equal(await currentPage(page).locator('#appeal-address input').inputValue(), SIGHT)
  await expectText(page, '开平市')

  await fill(page, t['appeal.content'], CONTENT)
  await expectText(page, '拟派往江门市文化广电旅游体育局（由12345最终确认）')
  await fill(page, t['appeal.contact.name'], '陈小明')
  await fill(page, t['appeal.contact.phone'], '13800138000')
  await shot(page, 'file')

  // the consent box first (70-appeal-file walks the refusal without it), then 提交诉求 once
  await submitUncovered(page)
  await tap(page, '#appeal-submit-consent [role=checkbox]')
  await until(
    async () =>
      (await currentPage(page).locator('#appeal-submit-consent [role=checkbox]').getAttribute('aria-checked')) ===
      'true',
    { message: 'the consent box is ticked' }
  )
  await submitUncovered(page)
  await tap(page, '#appeal-submit')
  await detailReference(page)
  await expectText(page, `${t['appeal.deadline.contact']} · 2小时内`)
  await expectText(page, `${t['appeal.deadline.reply']} · 24小时内`)
  await expectText(page, /^剩余 /)
  // clock hours: the answer is due 22 hours after the contact, at the same minute, whatever the night or the day
  const dues = await currentPage(page).locator('.appeal-deadlines__due').allInnerTexts()
  const instants = dues.map((d) => Date.parse(d.replace(/^截止 /, '').replace(' ', 'T') + ':00+08:00'))
  assert.deepEqual(
    instants.slice(1).map((x) => (x - instants[0]) / 3600_000),
    [22, 70],
    `contact, answer and close are 2, 24 and 72 hours after filing: ${dues.join(' / ')}`
  )
  await shot(page, 'filed')
}
