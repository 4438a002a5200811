// 政策变动提醒: the device remembers that the company matched 高新技术企业认定奖励 in its first version; the data
// has it in its second. The 招商服务 home shows the notice with the change in the policy's words, the policy page
// says the same and marks it seen, and then the notice is gone (and the snapshot holds the second version).
import {
  assert,
  currentPage,
  expectNoText,
  expectText,
  open,
  settle,
  setStorage,
  shot,
  storage,
  tapText,
  waitForRoute
} from '../lib.mjs'

export const name = 'investment-notice'

const HOME_ROUTE = '/features/investment/pages/home/index'
const POLICY_ROUTE = '/features/investment/pages/policy/index'
const ID = 'jm-high-tech-recognition'
const TITLE = '高新技术企业认定奖励'
const CHANGE = '2025-03-10 第 2 版：首次认定奖励由 10 万元提高至 20 万元，重新认定奖励 10 万元保持不变'

export default async function (page) {
  await open(page, '/pages/home/index')
  const at = Date.parse('2024-06-01T10:00:00+08:00')
  await setStorage(page, 'wst:settings', JSON.stringify({ state: { privacyConsent: 1 }, version: 1 }))
  await setStorage(
    page,
    'wst:investment-matched',
    JSON.stringify({
      state: { snapshot: { at, policies: [{ id: ID, revision: 1, expiresOn: '2027-12-31', title: TITLE }] } },
      version: 1
    })
  )

  await open(page, HOME_ROUTE)
  await expectText(page, '政策变动提醒', { exact: true })
  await expectText(page, CHANGE)
  await expectText(page, '已修订', { exact: true })
  await shot(page, 'notice')

  // the policy, from the notice: the same change, marked seen there
  await settle(page)
  await currentPage(page).locator('.policy-notice__item').filter({ hasText: TITLE }).first().click()
  await waitForRoute(page, POLICY_ROUTE)
  await expectText(page, '这项政策在您上次匹配之后有变动：')
  await expectText(page, CHANGE)
  await shot(page, 'policy')
  await tapText(page, '我已了解，标为已读', { exact: true })
  await expectNoText(page, '这项政策在您上次匹配之后有变动：')

  await open(page, HOME_ROUTE)
  await expectText(page, '惠企政策匹配', { exact: true })
  await expectNoText(page, '政策变动提醒')
  const kept = (await storage(page))['wst:investment-matched']?.state?.snapshot?.policies ?? []
  assert.deepEqual(
    kept.map((p) => [p.id, p.revision]),
    [[ID, 2]],
    'the snapshot holds the version seen'
  )
  await shot(page, 'seen')
}
