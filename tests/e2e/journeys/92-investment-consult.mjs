// 投资咨询 (我要对接) from a project page of 招商服务 (a consultation-workflow application in 在线申办): the project is
// preset on the form, a 统一社会信用代码 with a wrong check character gets its message and the right one none, the
// consultation is submitted offline, confirmed in place and sent once when the network is back. The office (its
// console is in development builds only) acts through the stored application, each step made by the workflow's own
// applyApplicationEvent: 受理, 对接 with its note of the meeting, 办结 with the result; the user sees 已对接, then
// 已办结, and rates it 非常满意.
import {
  assert,
  choose,
  currentPage,
  expectFieldError,
  expectNoText,
  expectText,
  fill,
  messages,
  open,
  reload,
  settle,
  shot,
  storage,
  tap,
  tapText,
  until,
  waitForRoute
} from '../lib.mjs'
import { creditCode, expectStatus, mainlandId, office, storedApplications, wrongLast } from '../applications.mjs'

export const name = 'investment-consult'

const t = messages['zh-Hans']
const PROJECT_ID = 'proj-001'
const PROJECT = '年产 10 GWh 储能电池 pack 及系统集成项目'
const PROJECT_ROUTE = `/features/investment/pages/project/index?id=${PROJECT_ID}`
const APPLY_ROUTE = '/features/gov-services/pages/apply/index'
const PROGRESS_ROUTE = '/features/gov-services/pages/progress/index'
const DETAIL_ROUTE = '/features/gov-services/pages/application/index'
const MATTER = 'investment/consult'
const TITLE = '投资咨询（我要对接）'
const COMPANY = '深圳市示例储能科技有限公司'
const MESSAGE = '计划在江门建设储能电池 pack 生产线，想了解用地、厂房和配套政策。'
const MEETING = '12 月 2 日上午深江经济合作区招商部李经理与企业面谈，并实地考察银湖湾园区'
const RESULT = '双方达成投资意向，拟在银湖湾园区用地 150 亩，下月签订投资协议'

const fmt = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))

const outboxItems = async (page) => Object.keys((await storage(page))['wst:application-outbox']?.state?.items ?? {})

export default async function (page) {
  const context = page.context()
  const agentId = mainlandId('44070319880615002')
  const code = creditCode('91440300MA5FABCD1')
  const wrongCode = wrongLast(code, '0', '1')

  // a project page → 我要对接, with the project chosen on the consultation
  await open(page, PROJECT_ROUTE)
  await expectText(page, PROJECT)
  await tap(page, '#investment-consult')
  await waitForRoute(page, `${APPLY_ROUTE}?matter=${MATTER}`)
  await expectText(page, TITLE, { exact: true })
  await expectText(page, fmt(t['application.deadline.consultation.afterAccept'], { days: 3 }))
  await expectText(page, t['application.steps.consultation'])
  await expectText(page, PROJECT)

  // the company: a credit code with a wrong check character first, then the right one
  await fill(page, t['application.companyName'], COMPANY)
  await fill(page, t['application.creditCode'], wrongCode)
  await expectFieldError(page, t['application.creditCode'], t['creditCode.checkChar'])
  await shot(page, 'wrong-credit-code')
  await fill(page, t['application.creditCode'], code)
  await expectFieldError(page, t['application.creditCode'], '')
  // the contact: the 经办人 and the phone the office calls
  await fill(page, t['application.agentName'], '李思远')
  await fill(page, '证件号码', agentId)
  await fill(page, '手机号码', '13800138000')
  await fill(page, '计划投资额（万元）', '50000')
  await fill(page, '用地需求（亩）', '150')
  await choose(page, '意向合作方式', '深圳研发 + 江门生产')
  await fill(page, '留言', MESSAGE)
  await tap(page, '#apply-submit-consent [role=checkbox]')
  await settle(page)
  await shot(page, 'filled')
  assert.equal((await storedApplications(page)).length, 0, 'nothing is sent before 提交申请')

  try {
    await context.setOffline(true)
    await until(() => page.evaluate(() => navigator.onLine === false), { message: 'the browser went offline' })
    await tap(page, '#apply-submit')
    // queued and said so in place: it goes once the network is back, and only once
    await expectText(page, t['application.queuedHere'])
    assert.equal((await storedApplications(page)).length, 0, 'nothing is stored by the backend while offline')
    assert.equal((await outboxItems(page)).length, 1, 'the consultation waits in the outbox')
    await shot(page, 'queued')
  } finally {
    await context.setOffline(false)
  }
  await until(() => page.evaluate(() => navigator.onLine === true), { message: 'the browser is back online' })
  await until(async () => (await storedApplications(page)).length === 1, { message: 'the consultation is sent' })
  await until(async () => (await outboxItems(page)).length === 0, { message: 'the outbox is empty' })
  await tapText(page, t['application.queuedOpen'], { exact: true })
  await waitForRoute(page, PROGRESS_ROUTE)
  await expectNoText(page, '件申请待发送')
  assert.equal((await storedApplications(page)).length, 1, 'sent exactly once')
  const [application] = await storedApplications(page)
  assert.match(application.reference, /^JM\d{14}$/)
  assert.equal(application.matterId, MATTER)
  assert.equal(application.workflow, 'consultation')
  assert.deepEqual(application.applicant.company, { name: COMPANY, creditCode: code })
  assert.equal(application.answers.project, PROJECT_ID)
  assert.equal(application.answers.model, 'sz_rd_jm_production')
  await expectText(page, application.reference)
  await expectText(page, TITLE)
  const { reference } = application

  // 受理: the time limit to the meeting starts
  await office(page, reference, { event: 'accept' })
  await open(page, `${DETAIL_ROUTE}?id=${application.id}`)
  await expectStatus(page, t['application.status.accepted'])
  await expectText(page, /应于 \d{4}-\d{2}-\d{2} 前完成对接，还剩 \d 个工作日/)

  // 对接: who met the company, when, and where
  await office(page, reference, { event: 'connect', note: MEETING })
  await reload(page)
  await expectStatus(page, t['application.status.connected'])
  await expectText(page, `${t['application.event.connect']} → ${t['application.status.connected']}`)
  await expectText(page, MEETING)
  await expectText(page, /^已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 完成对接$/)
  // not closed yet: nothing to rate
  await expectNoText(page, t['application.rate.title'])
  await shot(page, 'connected')

  // 办结, with the result
  const done = await office(page, reference, { event: 'decide', outcome: 'approved', text: RESULT })
  assert.equal(done.status, 'decided')
  await reload(page)
  await expectStatus(page, t['application.status.decided'])
  await expectText(page, fmt(t['application.decision'], { outcome: t['application.outcome.consultation.approved'] }))
  await expectText(page, RESULT)
  await expectText(page, `${t['application.event.consultation.decide']} → ${t['application.status.decided']}`)
  await shot(page, 'concluded')

  // 好差评: 非常满意, no reason asked, no follow-up
  await tapText(page, t['rating.level.5'], { exact: true })
  await until(
    () =>
      currentPage(page)
        .locator('[role=radio][aria-checked=true]')
        .filter({ hasText: new RegExp(`^${t['rating.level.5']}$`) })
        .count(),
    { message: 'the 非常满意 chip is chosen' }
  )
  await tap(page, '#application-rate-submit')
  await expectText(page, fmt(t['rating.given'], { level: t['rating.level.5'] }))
  await expectNoText(page, t['rating.followUp'])
  const rated = (await storedApplications(page))[0]
  assert.equal(rated.ratings.length, 1)
  assert.equal(rated.ratings[0].level, 5)
  assert.equal(rated.status, 'decided', 'a rating leaves the status as it is')
  await shot(page, 'rated')
}
