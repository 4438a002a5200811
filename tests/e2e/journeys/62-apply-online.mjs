// 在线申办 a certificate from its guide: a wrong ID number gets its message, the draft survives a reload, the
// application is submitted offline and sent once when the network is back; the office asks for 补正, the user
// amends, the office decides, and the user rates 差评 with a reason and sees the follow-up it starts.
import {
  assert,
  choose,
  currentPage,
  expectNoText,
  expectText,
  fill,
  open,
  reload,
  setStorage,
  shot,
  storage,
  tap,
  tapText,
  until,
  waitForRoute
} from '../lib.mjs'

export const name = 'apply-online'

const APPLY_ROUTE = '/features/gov-services/pages/apply/index'
const PROGRESS_ROUTE = '/features/gov-services/pages/progress/index'
const DETAIL_ROUTE = '/features/gov-services/pages/application/index'
const AMEND_NOTE = '请写明证明提交单位的全称（与劳动合同一致）'
const RECIPIENT = '江门市某某科技有限公司'
const REASON = '证明上的单位名称少了“有限”两个字'

// GB 11643 check character of a mainland resident ID
function mainlandId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

async function storedApplications(page) {
  return (await storage(page))['wst:applications']?.items ?? []
}

/**
 * What the office would have done (its console is the server's, not the app's): one step on the stored
 * application, as the workflow writes it, just after its last step.
 */
async function officeStep(page, reference, event, to, extra = {}) {
  const envelope = (await storage(page))['wst:applications']
  assert.equal(envelope?.v, 1, 'the applications are stored as a version-1 envelope')
  const now = await page.evaluate(() => Date.now())
  const items = envelope.items.map((a) => {
    if (a.reference !== reference) return a
    const at = Math.min(Math.max(a.updatedAt, a.timeline[a.timeline.length - 1].at) + 1000, now - 1)
    const note = extra.note
    return {
      ...a,
      ...(extra.patch ? extra.patch(a, at) : {}),
      status: to,
      updatedAt: at,
      timeline: [...a.timeline, { event, actor: 'office', at, from: a.status, to, ...(note ? { note } : {}) }]
    }
  })
  await setStorage(page, 'wst:applications', { ...envelope, items })
}

export default async function (page) {
  const context = page.context()
  const rightId = mainlandId('44070319850612003')
  const wrongId = rightId.slice(0, 17) + (rightId.endsWith('0') ? '1' : '0')

  // 办件查询 first (its page is then loaded in this document, as after any earlier visit), then the guide
  await open(page, PROGRESS_ROUTE)
  await expectText(page, '还没有在线申办的事项')
  await page.evaluate(() => {
    location.hash = '#/features/gov-services/pages/guide/index?id=svc-0069'
  })
  await expectText(page, '无犯罪记录证明开具')
  await tapText(page, '在线申办', { exact: true })
  await waitForRoute(page, APPLY_ROUTE)
  await expectText(page, '受理后 1 个工作日内办结')
  await expectText(page, '其中 2 项免证办')

  await fill(page, '姓名', '陈小明')
  await fill(page, '证件号码', wrongId)
  await expectText(page, '身份证号码校验位不正确')
  await fill(page, '手机号码', '13800138000')
  await choose(page, '证明用途', '就业')
  await fill(page, '证明提交单位', '某')
  await expectText(page, '内容太短，请再写详细一些')
  await tap(page, '#apply-submit')
  await expectText(page, '还有内容需要修改')
  await shot(page, 'wrong-input')

  // the draft is kept on the device: a reload restores it
  await reload(page)
  await expectText(page, '已恢复您上次未提交的申请')
  assert.equal(await currentPage(page).locator('#apply-name input').inputValue(), '陈小明')
  await fill(page, '证件号码', rightId)
  await expectNoText(page, '身份证号码校验位不正确')
  await fill(page, '证明提交单位', RECIPIENT.slice(0, 4))
  await choose(page, '证明语种', '中文')
  await tap(page, '#apply-submit-consent [role=checkbox]')
  // 办件查询 once more in this document (the reload dropped it), then back to the form
  await page.evaluate(() => {
    location.hash = '#/features/gov-services/pages/progress/index'
  })
  await expectText(page, '还没有在线申办的事项')
  await page.goBack()
  await waitForRoute(page, APPLY_ROUTE)
  await expectText(page, '已恢复您上次未提交的申请')

  try {
    await context.setOffline(true)
    await until(() => page.evaluate(() => navigator.onLine === false), { message: 'the browser went offline' })
    await tap(page, '#apply-submit')
    // offline the form says so in place (another page may not load without the network); 我的办件 from there
    await expectText(page, '没有网络，申请已保存在本机')
    await tapText(page, '查看我的办件', { exact: true })
    await waitForRoute(page, PROGRESS_ROUTE)
    await expectText(page, '1 件申请待发送')
    await expectText(page, '无犯罪记录证明开具')
    await expectNoText(page, '还没有在线申办的事项')
    assert.equal((await storedApplications(page)).length, 0, 'nothing is stored by the backend while offline')
    await shot(page, 'queued')
  } finally {
    await context.setOffline(false)
  }
  await until(() => page.evaluate(() => navigator.onLine === true), { message: 'the browser is back online' })
  // coming back online sends it; 立即发送 would too, and either way only once
  await until(async () => (await storedApplications(page)).length === 1, { message: 'the application is sent' })
  await expectNoText(page, '件申请待发送')
  assert.deepEqual(Object.keys((await storage(page))['wst:application-outbox']?.state?.items ?? {}), [])
  assert.equal((await storedApplications(page)).length, 1, 'sent exactly once')
  const [application] = await storedApplications(page)
  assert.match(application.reference, /^JM\d{14}$/)
  await expectText(page, application.reference)

  // the office accepts it and asks for 补正
  await officeStep(page, application.reference, 'accept', 'accepted', {
    patch: (a, at) => ({ deadline: { ...a.deadline, dueAt: at + 2 * 24 * 3600 * 1000 } })
  })
  await officeStep(page, application.reference, 'requestAmend', 'amending', {
    note: AMEND_NOTE,
    patch: (_a, at) => ({ amendRequest: { note: AMEND_NOTE, fields: ['recipient'], materials: [], at } })
  })
  await open(page, `${DETAIL_ROUTE}?id=${application.id}`)
  await expectText(page, '待补正')
  await expectText(page, AMEND_NOTE)
  await expectText(page, '补正期间暂停计时')
  await fill(page, '证明提交单位', RECIPIENT)
  await tap(page, '#application-amend-submit')
  await expectText(page, '审核中')
  await expectText(page, '提交补正 → 审核中')
  assert.equal((await storedApplications(page))[0].answers.recipient, RECIPIENT)
  await shot(page, 'amended')

  // the office decides; the user rates 差评 with a reason and sees the follow-up
  await officeStep(page, application.reference, 'decide', 'decided', {
    note: '经核查，未发现犯罪记录，准予出具证明',
    patch: (a, at) => ({
      decision: { outcome: 'approved', text: '经核查，未发现犯罪记录，准予出具证明', at },
      deadline: { ...a.deadline, metAt: at }
    })
  })
  await reload(page)
  await expectText(page, '办理结果：准予')
  await tapText(page, '不满意', { exact: true })
  await tap(page, '#application-rate-submit')
  await expectText(page, '选择“不满意”或“非常不满意”时请说明原因')
  await fill(page, '不满意的原因', REASON)
  await tap(page, '#application-rate-submit')
  await expectText(page, '您的评价：不满意')
  await expectText(page, `原因：${REASON}`)
  await expectText(page, '回访：')
  await expectText(page, '整改：')
  const rated = (await storedApplications(page))[0]
  assert.ok(rated.ratings[0].followUp.callbackDueAt < rated.ratings[0].followUp.rectifyDueAt)
  await shot(page, 'rated')
}
