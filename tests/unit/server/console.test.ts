/**
 * @jest-environment node
 */
// The office console (/console/) in Chromium against the server on 127.0.0.1: a resident files a confidential
// appeal and a 社保 application through the API; the 12345 centre sees the appeal without its contact, accepts and
// dispatches it; the unit sees it with the contact, signs for it and replies (a short reply refused with the
// workflow's own Chinese message); the 社保 department accepts and decides the application, which the 公积金
// department never sees; the centre reads the audit log, which names no person; a session the server ended goes
// back to the login. Every wait is on a locator; screenshots at a phone's and a desktop's width go to
// /tmp/console-shots/. The page runs under its strict CSP: a violation would be a console error, and fails the test.
import { mkdirSync } from 'node:fs'
import { chromium, type Browser, type Locator, type Page } from 'playwright-core'
import {
  applyApplicationEvent,
  createApplication,
  type Application,
  type ApplicationCommand
} from '@/core/applications'
import { applicationsDatasets } from '@/backend/embedded/applications-data'
import { CHROMIUM_FLAGS } from '../../../scripts/chromium-flags.mjs'
import { CONSOLE_CSP, SECURITY_HEADERS } from '../../../server/http/security'
import { scanDeadlines } from '../../../server/jobs/deadlines'
import { departmentAccount, OFFICE_PASSWORD, startTestServer, unitAccount, type TestServer } from './harness'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'
import { APPLICANT, appealRequest, applicationRequest, storedApplicationRequest } from './requests'

const SHOTS = '/tmp/console-shots'
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1280, height: 800 }

let server: TestServer
let browser: Browser
const problems: string[] = []

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startTestServer()
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS
  })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function post(path: string, token: string, body: unknown, key: string) {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body)
  })
  expect(res.status).toBe(200)
  return (await res.json()) as { id: string; reference: string }
}

async function open(size: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport: size, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })
  const page = await context.newPage()
  page.setDefaultTimeout(WAIT_TIMEOUT_MS / 4)
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('console', (m) => {
    // a refusal's 4xx is logged by Chromium as a failed load: the page shows it, which is what is tested
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${m.text()}`)
  })
  await page.goto(`${server.origin}/console/`)
  await page.locator('body[data-ready="true"]').waitFor()
  return page
}

async function signIn(page: Page, username: string) {
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码', { exact: true }).fill(OFFICE_PASSWORD)
  // by keyboard: Enter in the password field submits the form
  await page.getByLabel('密码', { exact: true }).press('Enter')
  await page.getByRole('button', { name: '退出登录' }).waitFor()
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: '退出登录' }).click()
  await page.getByRole('heading', { name: '登录', exact: true }).waitFor()
  await page.context().close()
}

const see = (where: Page | Locator, text: string | RegExp) => where.getByText(text).first().waitFor()
/** the open record's own text (at a phone's width the list behind it is hidden, not gone) */
const detail = (page: Page) => page.locator('#detail')

async function step(page: Page, action: string, done: string) {
  await page.getByLabel('操作', { exact: true }).selectOption({ label: action })
  await page.getByRole('button', { name: '提交', exact: true }).click()
  await see(page, done)
}

async function shoot(page: Page, name: string) {
  for (const [width, size] of [
    ['390', PHONE],
    ['1280', DESKTOP]
  ] as const) {
    await page.setViewportSize(size)
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true })
  }
}

test('the page, its style, script and meta are served under the console’s CSP; the API keeps its own', async () => {
  const redirect = await fetch(`${server.origin}/console`, { redirect: 'manual' })
  expect(redirect.status).toBe(301)
  expect(redirect.headers.get('location')).toBe('/console/')
  for (const [path, type] of [
    ['/console/', 'text/html'],
    ['/console/console.css', 'text/css'],
    ['/console/console.js', 'text/javascript'],
    ['/console/meta.json', 'application/json']
  ]) {
    const res = await fetch(server.origin + path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain(type)
    expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP)
    for (const name of ['X-Frame-Options', 'X-Content-Type-Options', 'Referrer-Policy', 'Cache-Control'])
      expect(res.headers.get(name)).toBe(SECURITY_HEADERS[name])
    const body = await res.text()
    if (type === 'text/html') {
      // nothing inline for the CSP to refuse: every script is a file, no style attribute, no handler attribute
      expect(body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
      expect(body).not.toMatch(/\sstyle=|\son[a-z]+=/)
      expect(body).not.toMatch(/https?:\/\//)
    }
  }
  expect(CONSOLE_CSP).toMatch(/^default-src 'self';/)
  expect((await fetch(`${server.origin}/console/other.js`)).status).toBe(404)
  const api = await fetch(`${server.url}/appeals/catalogue`)
  expect(api.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy'])
})

test('the centre, a unit and the departments work their own records in the console', async () => {
  const resident = await server.login('resident')
  const appeal = await post(
    '/me/appeals',
    resident,
    appealRequest({ idempotencyKey: 'appeal-1', confidential: true }),
    'appeal-1'
  )
  const application = await post(
    '/me/applications',
    resident,
    applicationRequest({
      idempotencyKey: 'application-1',
      formVersion: applicationsDatasets['zh-Hans'].forms.find((f) => f.matterId === 'gov-services/svc-0001')!.version,
      applicant: { ...APPLICANT, phone: '13900139000' }
    }),
    'application-1'
  )
  await unitAccount(server.db, 'jm-urban')
  await departmentAccount(server.db, 'social-insurance')
  await departmentAccount(server.db, 'hpf')

  // ── the 12345 centre, on a phone ────────────────────────────────────────────────────────────────────────────
  const center = await open(PHONE)
  await shoot(center, 'login')
  await center.getByRole('button', { name: '登录', exact: true }).click()
  await see(center, '请填写用户名和密码')
  await center.getByLabel('用户名').fill('center')
  await center.getByLabel('密码', { exact: true }).fill('wrong-password')
  await center.getByRole('button', { name: '登录', exact: true }).click()
  await see(center, '用户名或密码不正确')
  await signIn(center, 'center')
  await see(center, 'center（12345 热线）')
  const appealItem = center.getByRole('button', { name: new RegExp(appeal.reference) })
  await appealItem.waitFor()
  await shoot(center, 'center-list')
  // the list's filters: nothing is overdue yet; 已提交 shows it
  await center.getByLabel('时限').selectOption({ label: '已超期' })
  await see(center, '共 0 件（全部 1 件）')
  await center.getByLabel('时限').selectOption({ label: '全部' })
  await center.getByLabel('状态').selectOption({ label: '已提交' })
  await see(center, '共 1 件')
  // opened by keyboard
  await appealItem.focus()
  await center.keyboard.press('Enter')
  await center.getByRole('heading', { name: `诉求 ${appeal.reference}` }).waitFor()
  await see(center, '只有承办单位可以看到联系方式')
  await see(detail(center), '（保密）')
  expect(await center.locator('#detail').innerText()).not.toContain('138****8000')
  await shoot(center, 'center-detail')
  await step(center, '受理', `已受理：${appeal.reference}`)
  await center.getByLabel('操作', { exact: true }).selectOption({ label: '派单' })
  // the classifier's unit comes preselected
  expect(await center.getByLabel('承办单位').locator('option:checked').innerText()).toMatch(/（建议）$/)
  await center.getByLabel('承办单位').selectOption('jm-urban')
  await center.getByRole('button', { name: '提交', exact: true }).click()
  await see(center, `已派单：${appeal.reference}`)
  await see(detail(center), '状态：已派单')
  // the applications are the departments' to work: the centre sees them, with no step to take
  await center.getByRole('button', { name: '申办（查看）' }).click()
  await center.getByRole('button', { name: new RegExp(application.reference) }).click()
  await center.getByRole('heading', { name: `申办 ${application.reference}` }).waitFor()
  expect(await center.locator('#actions').isHidden()).toBe(true)
  await signOut(center)

  // ── the unit holding it, on a desktop ──────────────────────────────────────────────────────────────────────
  const unit = await open(DESKTOP)
  await signIn(unit, 'unit-jm-urban')
  await unit.getByRole('button', { name: new RegExp(appeal.reference) }).click()
  await see(unit, '本单位承办，可以看到联系方式')
  await see(detail(unit), '陈*明 138****8000')
  await step(unit, '签收办理', `已签收办理：${appeal.reference}`)
  expect(await unit.getByLabel('操作', { exact: true }).locator('option').allInnerTexts()).toEqual([
    '退单',
    '联系诉求人',
    '答复'
  ])
  // a 退单 needs its reason: refused with the workflow's message, and the appeal stays
  await unit.getByLabel('操作', { exact: true }).selectOption({ label: '退单' })
  await unit.getByRole('button', { name: '提交', exact: true }).click()
  await see(unit, '退单需要说明理由（至少5个字），例如不属于本单位职责的依据')
  await see(detail(unit), '状态：办理中')
  await unit.getByLabel('操作', { exact: true }).selectOption({ label: '答复' })
  await unit.getByLabel('答复内容').fill('已处理')
  await unit.getByRole('button', { name: '提交', exact: true }).click()
  await see(unit, '答复内容至少需要10个字，请写明办理结果和依据')
  await unit.getByLabel('答复内容').fill('已联系市场管理方清理占道摊位，并安排每日早市巡查。')
  await unit.getByRole('button', { name: '提交', exact: true }).click()
  await see(unit, `已答复：${appeal.reference}`)
  await see(detail(unit), '状态：已答复')
  await shoot(unit, 'unit-detail')
  await signOut(unit)

  // ── the 社保 department steps its application; the 公积金 department does not see it ──────────────────────────
  const social = await open(PHONE)
  await signIn(social, 'dept-social-insurance')
  await see(social, '江门市社会保险基金管理局')
  expect(await social.getByRole('button', { name: '诉求', exact: true }).count()).toBe(0)
  await social.getByRole('button', { name: new RegExp(application.reference) }).click()
  await see(detail(social), '陈*明')
  await step(social, '受理', `已受理：${application.reference}`)
  await social.getByLabel('操作', { exact: true }).selectOption({ label: '作出决定' })
  await social.getByRole('radio', { name: '准予' }).check()
  await social.getByLabel('决定内容').fill('准予，已出具参保证明')
  await social.getByRole('button', { name: '提交', exact: true }).click()
  await see(social, `已作出决定：${application.reference}`)
  await see(detail(social), '状态：已办结')
  await shoot(social, 'department-detail')
  await signOut(social)

  const fund = await open(PHONE)
  await signIn(fund, 'dept-hpf')
  await see(fund, '共 0 件')
  expect(await fund.getByText(application.reference).count()).toBe(0)
  // the server ends the session: the next call goes back to the login
  await server.db.query('DELETE FROM office_sessions')
  await fund.getByRole('button', { name: '刷新' }).click()
  await see(fund, '登录已过期，请重新登录。')
  await fund.getByLabel('用户名').waitFor()
  expect(await fund.evaluate(() => sessionStorage.length)).toBe(0)
  await fund.context().close()

  // ── the centre's audit log ──────────────────────────────────────────────────────────────────────────────────
  const audit = await open(DESKTOP)
  await signIn(audit, 'center')
  await audit.getByRole('button', { name: '操作日志' }).click()
  const rows = audit.locator('#audit tr')
  await rows.nth(5).waitFor()
  expect(await rows.count()).toBe(6)
  const log = await audit.locator('#audit').innerText()
  for (const line of ['dept-social-insurance', 'jm-urban', 'center', '派单', '答复', '签收办理', '作出决定'])
    expect(log).toContain(line)
  for (const personal of ['陈大明', '陈晓明', '13800138000', '138****8000', '已联系市场', '准予，已出具']) {
    expect(log).not.toContain(personal)
  }
  await shoot(audit, 'audit')
  await signOut(audit)

  expect(problems).toEqual([])
})

/** an application of `matterId` stored as the server stores one, moved on by the office's `steps` at their times */
async function stored(
  userId: number,
  matterId: string,
  n: number,
  steps: [number, { event: ApplicationCommand['event'] } & Record<string, unknown>][] = []
): Promise<Application> {
  const form = applicationsDatasets['zh-Hans'].forms.find((f) => f.matterId === matterId)!
  const reference = `JM20261123${String(600000 + n).padStart(6, '0')}`
  const at = steps[0]?.[0] ?? Date.now()
  let a = createApplication(storedApplicationRequest(n, form), form, {
    id: reference,
    reference,
    matterName: form.title,
    at: at - 1
  })
  for (const [when, command] of steps) {
    const result = applyApplicationEvent(a, { actor: 'office', ...command } as ApplicationCommand, when)
    if (!result.ok) throw new Error(result.reason)
    a = result.application
  }
  await server.db.query(
    `INSERT INTO applications (id, user_id, reference, matter_id, status, created_at, updated_at, seen_at, record)
     VALUES ($1, $2, $1, $3, $4, $5, $6, $6, $7)`,
    [a.id, userId, matterId, a.status, a.createdAt, a.updatedAt, JSON.stringify(a)]
  )
  return a
}

const actions = (page: Page) => page.getByLabel('操作', { exact: true }).locator('option').allInnerTexts()

async function submit(page: Page, action: string) {
  await page.getByLabel('操作', { exact: true }).selectOption({ label: action })
  await page.getByRole('button', { name: '提交', exact: true }).click()
}

test('the departments’ steps: 补正 names what to change, a subsidy’s 公示 and 发放, a consultation’s 对接', async () => {
  await server.login('resident')
  const userId = (await server.db.query<{ id: number }>(`SELECT id FROM users WHERE subject = 'resident'`)).rows[0].id
  const now = Date.now()
  const DAY = 24 * 3600_000
  // 无犯罪记录证明开具 (公安局), just filed
  const certificate = await stored(userId, 'gov-services/svc-0069', 1)
  // 高技能人才购房补贴 (人社局): one at 复审, one approved after its 公示, its first year due
  const reviewing = await stored(userId, 'talent/jm-high-skill-housing', 2, [
    [now - 2000, { event: 'accept' }],
    [now - 1000, { event: 'review' }]
  ])
  const paying = await stored(userId, 'talent/jm-high-skill-housing', 3, [
    [now - 40 * DAY, { event: 'accept' }],
    [now - 39 * DAY, { event: 'review' }],
    [now - 30 * DAY, { event: 'publicize' }],
    [now - 10 * DAY, { event: 'decide', outcome: 'approved', text: '公示无异议，准予发放购房补贴' }]
  ])
  expect(paying.status).toBe('paying')
  // 投资咨询 (商务局), accepted
  const consultation = await stored(userId, 'investment/consult', 4, [[now - 1000, { event: 'accept' }]])
  for (const d of ['psb', 'hrss', 'commerce']) await departmentAccount(server.db, d)

  // ── 受理, then a 补正 that names a field; without a note or an item the office is told what is missing ────────
  const police = await open(DESKTOP)
  await signIn(police, 'dept-psb')
  await police.getByRole('button', { name: new RegExp(certificate.reference) }).click()
  expect(await actions(police)).toEqual(['受理', '退回'])
  await step(police, '受理', `已受理：${certificate.reference}`)
  expect(await actions(police)).toEqual(['要求补正', '开始审核', '作出决定', '退回'])
  await submit(police, '要求补正')
  await see(police, '请写明需要补正的内容（至少 5 个字）')
  await police.getByLabel('补正说明').fill('请写明提交单位全称')
  await police.getByRole('button', { name: '提交', exact: true }).click()
  await see(police, '请至少选择一项需要补正的字段或材料')
  await police.getByRole('checkbox', { name: '证明提交单位' }).check()
  await police.getByRole('button', { name: '提交', exact: true }).click()
  await see(detail(police), '状态：待补正')
  const asked = await server.db.query<{ record: Application }>('SELECT record FROM applications WHERE id = $1', [
    certificate.id
  ])
  expect(asked.rows[0].record.amendRequest).toMatchObject({ fields: ['recipient'], note: '请写明提交单位全称' })
  await signOut(police)

  // ── a subsidy: 公示 from 复审, 通过 refused while it runs, 不予通过; 记录发放 one instalment at a time ──────────────
  const hrss = await open(PHONE)
  await signIn(hrss, 'dept-hrss')
  await hrss.getByRole('button', { name: new RegExp(reviewing.reference) }).click()
  await see(detail(hrss), '状态：复审中')
  expect(await actions(hrss)).toEqual(['要求补正', '公示', '作出决定', '退回'])
  await step(hrss, '公示', `已公示：${reviewing.reference}`)
  await see(detail(hrss), '状态：公示中')
  expect(await actions(hrss)).toEqual(['作出决定'])
  await hrss.getByRole('radio', { name: '通过', exact: true }).check()
  await hrss.getByLabel('决定内容').fill('经复审符合条件，准予补贴')
  await hrss.getByRole('button', { name: '提交', exact: true }).click()
  await see(hrss, '公示期尚未结束，公示期满无异议后才能通过')
  await hrss.getByRole('radio', { name: '不予通过' }).check()
  await hrss.getByLabel('决定内容').fill('公示期间收到实名异议，经核实不符合条件')
  await hrss.getByRole('button', { name: '提交', exact: true }).click()
  await see(detail(hrss), '状态：不予通过')
  await hrss.getByRole('button', { name: '返回列表' }).click()
  await hrss.getByRole('button', { name: new RegExp(paying.reference) }).click()
  await see(detail(hrss), '状态：发放中')
  expect(await actions(hrss)).toEqual(['记录发放'])
  await see(hrss, `本次发放：第 1 期购房补贴（应于 ${paying.payments![0].dueOn} 起）`)
  await step(hrss, '记录发放', `已记录发放：${paying.reference}`)
  await see(hrss, `本次发放：第 2 期购房补贴（应于 ${paying.payments![1].dueOn} 起）`)
  // the second year is not due yet
  await hrss.getByRole('button', { name: '提交', exact: true }).click()
  await see(hrss, '目前没有到期待发放的款项')
  const paid = await server.db.query<{ record: Application }>('SELECT record FROM applications WHERE id = $1', [
    paying.id
  ])
  expect(paid.rows[0].record.payments!.map((p) => p.paidAt !== undefined)).toEqual([true, false, false])
  await shoot(hrss, 'subsidy')
  await signOut(hrss)

  // ── a consultation: 完成对接 needs its note, then 办结 with its result ─────────────────────────────────────────
  const commerce = await open(DESKTOP)
  await signIn(commerce, 'dept-commerce')
  await commerce.getByRole('button', { name: new RegExp(consultation.reference) }).click()
  expect(await actions(commerce)).toEqual(['要求补正', '完成对接', '退回'])
  await commerce.getByLabel('操作', { exact: true }).selectOption({ label: '完成对接' })
  await commerce.getByLabel('对接情况').fill('已联系')
  await commerce.getByRole('button', { name: '提交', exact: true }).click()
  await see(commerce, '请写明对接情况：谁在何时与企业见面、在哪个园区（至少 5 个字）')
  await commerce.getByLabel('对接情况').fill('深江经济合作区招商部李经理与企业面谈，并实地考察银湖湾园区')
  await commerce.getByRole('button', { name: '提交', exact: true }).click()
  await see(detail(commerce), '状态：已对接')
  expect(await actions(commerce)).toEqual(['办结', '退回'])
  await commerce.getByLabel('操作', { exact: true }).selectOption({ label: '办结' })
  await commerce.getByRole('radio', { name: '暂未达成' }).check()
  await commerce.getByLabel('决定内容').fill('企业暂缓投资计划，保持联系')
  await commerce.getByRole('button', { name: '提交', exact: true }).click()
  await see(detail(commerce), '状态：已办结')
  const done = await server.db.query<{ record: Application }>('SELECT record FROM applications WHERE id = $1', [
    consultation.id
  ])
  expect(done.rows[0].record.decision).toMatchObject({ outcome: 'denied', text: '企业暂缓投资计划，保持联系' })
  await signOut(commerce)

  expect(problems).toEqual([])
})

/** an office step on an appeal over the API; throws on a refusal */
async function appealStep(id: string, token: string, body: Record<string, unknown>, key: string) {
  return post(`/office/appeals/${id}/events`, token, body, key)
}

test('提醒与回访: a unit sees its reminders and 差评 tasks and records the 回访; an account changes its password', async () => {
  const resident = await server.login('resident-2')
  const center = await server.officeLogin('center')
  const urban = await server.officeLogin(await unitAccount(server.db, 'jm-urban'))
  const file = (n: number) =>
    post('/me/appeals', resident, appealRequest({ idempotencyKey: `tasks-${n}` }), `tasks-${n}`)
  const reply = { actor: 'unit', event: 'reply', text: '已联系市场管理方清理占道摊位，并安排每日早市巡查。' }
  // one appeal closed by its second 差评, one dispatched and waiting
  const closed = await file(1)
  await appealStep(closed.id, center, { actor: 'center', event: 'accept' }, 'c1')
  await appealStep(closed.id, center, { actor: 'center', event: 'dispatch', unitId: 'jm-urban' }, 'c2')
  await appealStep(closed.id, urban, { actor: 'unit', event: 'start' }, 'c3')
  await appealStep(closed.id, urban, reply, 'c4')
  await appealStep(closed.id, center, { actor: 'center', event: 'revisit' }, 'c5')
  await post(`/me/appeals/${closed.id}/rating`, resident, { level: 2, reason: '摊位第二天又回来了' }, 'c6')
  await appealStep(closed.id, urban, reply, 'c7')
  await appealStep(closed.id, center, { actor: 'center', event: 'revisit' }, 'c8')
  await post(`/me/appeals/${closed.id}/rating`, resident, { level: 1, reason: '仍然没有解决问题' }, 'c9')
  const waiting = await file(2)
  await appealStep(waiting.id, center, { actor: 'center', event: 'accept' }, 'w1')
  const dispatched = (await appealStep(
    waiting.id,
    center,
    { actor: 'center', event: 'dispatch', unitId: 'jm-urban' },
    'w2'
  )) as unknown as { deadlines: { kind: string; dueAt: number }[] }
  // the scan, run as if later: the first deadline (答复) passed (overdue), the next (办结) coming (reminded)
  const [passed, coming] = [...dispatched.deadlines].sort((a, b) => a.dueAt - b.dueAt)
  expect([passed.kind, coming.kind]).toEqual(['reply', 'close'])
  await scanDeadlines(server.db, passed.dueAt + 60_000)
  await scanDeadlines(server.db, coming.dueAt - 60_000)
  const tasks = (await (
    await fetch(`${server.url}/office/follow-ups`, { headers: { Authorization: `Bearer ${center}` } })
  ).json()) as { id: number; recordId: string; round: number }[]
  const second = tasks.find((t) => t.recordId === closed.id && t.round === 2)!

  const unit = await open(PHONE)
  await signIn(unit, 'unit-jm-urban')
  await unit.getByRole('button', { name: '提醒与回访' }).click()
  const reminders = unit.locator('#reminders')
  await see(reminders, `诉求 ${waiting.reference}`)
  const line = (text: string) => reminders.locator('li').filter({ hasText: text })
  await see(line('⚠ 已超期'), '事项：答复')
  await see(line('◷ 即将到期'), '事项：办结')
  // the closed appeal's deadlines no longer call for anything
  expect(await reminders.getByText(closed.reference).count()).toBe(0)
  const task = unit.locator(`[data-follow-up="${second.id}"]`)
  await see(task, '状态：待回访')
  await see(task, '第 2 次评价：非常不满意')
  await shoot(unit, 'unit-tasks')
  const noteField = task.getByLabel(/回访情况（必填/)
  await noteField.fill('已回访')
  await task.getByRole('button', { name: '记录回访' }).click()
  await see(task, '回访情况至少需要 5 个字')
  await noteField.fill('12月1日电话回访诉求人，说明已加派早市巡查')
  await task.getByRole('button', { name: '记录回访' }).click()
  await see(unit, `已记录回访：${closed.reference}`)
  await see(task, '✓ 状态：已完成')
  await see(task, /回访已记录：unit-jm-urban 于 .*：12月1日电话回访诉求人/)
  expect(await task.getByRole('button', { name: '记录回访' }).count()).toBe(0)
  await shoot(unit, 'unit-tasks-done')
  // each task links to its record
  await task.getByRole('button', { name: `诉求 ${closed.reference}` }).click()
  await unit.getByRole('heading', { name: `诉求 ${closed.reference}` }).waitFor()
  await see(detail(unit), '状态：已办结')
  await signOut(unit)

  // another unit sees none of it; the centre sees it all, with the 回访 in its audit log
  const housing = await open(PHONE)
  await signIn(housing, await unitAccount(server.db, 'jm-housing'))
  await housing.getByRole('button', { name: '提醒与回访' }).click()
  await see(housing, '暂无需要处理的时限提醒')
  await see(housing, '暂无差评回访任务')
  await signOut(housing)
  const centre = await open(DESKTOP)
  await signIn(centre, 'center')
  await centre.getByRole('button', { name: '提醒与回访' }).click()
  await see(centre.locator('#reminders'), '承办：江门市城市管理和综合执法局')
  await see(centre.locator(`[data-follow-up="${second.id}"]`), '✓ 状态：已完成')
  expect(await centre.getByRole('button', { name: '记录回访' }).count()).toBe(0)
  await shoot(centre, 'center-tasks')
  await centre.getByRole('button', { name: '操作日志' }).click()
  await see(centre.locator('#audit'), '记录差评回访')
  expect(await centre.locator('#audit').innerText()).not.toContain('电话回访诉求人')
  await signOut(centre)

  // 修改密码: the rules in Chinese, then the change; the account's other session ends, this one goes on
  const username = await unitAccount(server.db, 'jm-enping-urban')
  const elsewhere = await server.officeLogin(username)
  const own = await open(PHONE)
  await signIn(own, username)
  await own.getByRole('button', { name: '修改密码' }).click()
  await own.getByRole('heading', { name: '修改密码' }).waitFor()
  const fill = async (current: string, next: string, again = next) => {
    await own.getByLabel('当前密码（必填）').fill(current)
    await own.getByLabel(/^新密码（必填/).fill(next)
    await own.getByLabel('再次输入新密码（必填）').fill(again)
    await own.getByRole('button', { name: '保存新密码' }).click()
  }
  await fill(OFFICE_PASSWORD, 'short-pw')
  await see(own, '新密码至少需要 12 个字符')
  await fill(OFFICE_PASSWORD, username)
  await see(own, '新密码不能与用户名相同')
  await fill(OFFICE_PASSWORD, 'enping-new-password-1', 'enping-new-password-2')
  await see(own, '两次输入的新密码不一致，请重新输入')
  await fill('not-the-password', 'enping-new-password-1')
  await see(own, '当前密码不正确，请重新输入')
  await shoot(own, 'password')
  await fill(OFFICE_PASSWORD, 'enping-new-password-1')
  await see(own, '密码已修改。本账号在其他设备或浏览器上的登录已全部退出。')
  await own.getByRole('button', { name: '提醒与回访' }).waitFor()
  const other = await fetch(`${server.url}/office/follow-ups`, { headers: { Authorization: `Bearer ${elsewhere}` } })
  expect(other.status).toBe(401)
  await own.getByRole('button', { name: '提醒与回访' }).click()
  await see(own, '暂无差评回访任务')
  await signOut(own)
  const again = await fetch(`${server.url}/office/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'enping-new-password-1' })
  })
  expect(again.status).toBe(200)

  expect(problems).toEqual([])
})
