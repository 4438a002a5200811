// Rating a handled appeal: the unit's reply is shown; 不满意 asks for a reason (and says so when it is
// missing), then sends the appeal back for 重办; after the unit replies again, 满意 closes it and both
// rounds are listed (第1次评价 · 不满意, 第2次评价 · 满意).
// The unit's side is seeded into device storage, as the embedded backend keeps it (wst:appeals).
import {
  assert,
  currentPage,
  expectText,
  expectToast,
  expectVisible,
  open,
  reload,
  setStorage,
  shot,
  storage,
  tap,
  tapText,
  until
} from '../lib.mjs'
import { DETAIL_ROUTE, detailReference, FILE_ROUTE, fillAppeal, submitWithConsent, t } from './70-appeal-file.mjs'

export const name = 'appeal-rate'

const UNIT = 'jm-urban'
const REPLY_1 = '经核查，我局已于当日对占道经营摊贩进行劝离，并安排执法队员每晚巡查。'
const REPLY_2 = '重办结果：已在该路段设置固定疏导点并张贴告示，连续一周夜间巡查未再发现占道经营。'
const REASON = '劝离后第二天摊贩又回来了，问题没有解决'

/**
 * What the centre and the unit would have done: accept and dispatch (first round only), start, reply,
 * revisit — leaving the appeal awaiting the citizen's rating. Times are just after the last entry.
 */
async function seedAwaitingRating(page, reference, reply) {
  const envelope = (await storage(page))['wst:appeals']
  assert.equal(envelope?.v, 1, 'the appeals are stored as a version-1 envelope')
  const now = await page.evaluate(() => Date.now())
  const items = envelope.items.map((a) => {
    if (a.reference !== reference) return a
    let at = Math.max(a.timeline[a.timeline.length - 1].at, a.updatedAt)
    const step = (event, actor, from, to, extra = {}) => ({
      event,
      actor,
      at: (at = Math.min(at + 1000, now - 1)),
      from,
      to,
      ...extra
    })
    const timeline = [...a.timeline]
    if (a.status === 'submitted') {
      timeline.push(
        step('accept', 'center', 'submitted', 'accepted'),
        step('dispatch', 'center', 'accepted', 'dispatched', { unitId: UNIT }),
        step('start', 'unit', 'dispatched', 'processing', { unitId: UNIT })
      )
    }
    timeline.push(step('reply', 'unit', 'processing', 'replied', { unitId: UNIT, note: reply }))
    const replied = at
    timeline.push(step('revisit', 'center', 'replied', 'awaiting_rating'))
    return {
      ...a,
      status: 'awaiting_rating',
      unitId: UNIT,
      timeline,
      replies: [...a.replies, { at: replied, unitId: UNIT, text: reply, attachments: [] }],
      deadlines: a.deadlines.map((d) => (d.metAt || d.kind === 'close' ? d : { ...d, metAt: replied })),
      updatedAt: at
    }
  })
  await setStorage(page, 'wst:appeals', { v: 1, items })
  await reload(page)
  await expectText(page, t['appeal.status.awaiting_rating'], { exact: true })
}

async function rate(page, level) {
  await tapText(page, t[`rating.level.${level}`], { exact: true })
  await until(
    () =>
      currentPage(page)
        .locator('[role=radio][aria-checked=true]')
        .filter({ hasText: new RegExp(`^${t[`rating.level.${level}`]}$`) })
        .count(),
    { message: `the ${t[`rating.level.${level}`]} chip is chosen` }
  )
}

export default async function (page) {
  await open(page, FILE_ROUTE)
  await fillAppeal(page)
  await submitWithConsent(page)
  const reference = await detailReference(page)

  // first round: the unit replied; the citizen is not satisfied
  await seedAwaitingRating(page, reference, REPLY_1)
  await expectText(page, REPLY_1)
  await expectText(page, '江门市城市管理和综合执法局')
  await expectText(page, t['appeal.rate'], { exact: true })
  await rate(page, 2)
  await expectVisible(page, '#appeal-rate-reason')
  await expectText(page, t['appeal.rate.reasonHint'])
  await tap(page, '#appeal-rate-submit')
  await expectText(page, t['rating.reasonRequired'])
  await shot(page, 'reason-required')
  // the reason is not a .wst-field, and Taro repeats the placeholder on the textarea's host element
  const reason = currentPage(page).locator('#appeal-rate-reason textarea')
  assert.equal(await reason.getAttribute('placeholder'), t['rating.reasonPlaceholder'])
  await reason.fill(REASON)
  await reason.blur()
  await tap(page, '#appeal-rate-submit')
  await expectToast(page, t['appeal.rate.sentBack'])
  await expectText(page, t['appeal.status.processing'], { exact: true })
  await expectText(page, t['appeal.detail.redo'].replace('{count}', '1'))
  await expectText(page, `${t['appeal.rate.round'].replace('{round}', '1')} · ${t['rating.level.2']}`)
  await expectText(page, REASON)
  assert.equal(await currentPage(page).locator('#appeal-rate-submit').count(), 0, 'no rating form while it is redone')

  // second round: after 重办 the unit replies again; now satisfied
  await seedAwaitingRating(page, reference, REPLY_2)
  await expectText(page, REPLY_2)
  await expectText(page, t['appeal.rate.again'], { exact: true })
  await rate(page, 4)
  assert.equal(await currentPage(page).locator('#appeal-rate-reason').count(), 0, 'a good rating asks for no reason')
  await tap(page, '#appeal-rate-submit')
  await expectToast(page, t['appeal.rate.done'])
  await expectText(page, t['appeal.status.closed'], { exact: true })
  await expectText(page, `${t['appeal.rate.round'].replace('{round}', '1')} · ${t['rating.level.2']}`)
  await expectText(page, `${t['appeal.rate.round'].replace('{round}', '2')} · ${t['rating.level.4']}`)
  assert.equal(await currentPage(page).locator('#appeal-rate-submit').count(), 0, 'rated once, the form is gone')
  await shot(page, 'closed')

  // and it stays so
  await reload(page)
  await expectText(page, t['appeal.status.closed'], { exact: true })
  const stored = (await storage(page))['wst:appeals'].items.find((a) => a.reference === reference)
  assert.deepEqual(
    stored.ratings.map((r) => [r.round, r.level]),
    [
      [1, 2],
      [2, 4]
    ]
  )
  assert.equal(stored.status, 'closed')
  assert.ok((await page.evaluate(() => location.hash)).includes(DETAIL_ROUTE))
}
