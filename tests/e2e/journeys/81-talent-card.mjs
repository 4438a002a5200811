// 侨都人才卡申领 from 人才服务 (a subsidy-workflow application in 在线申办): a wrong ID number and a credit code with a
// wrong check character get their messages, the draft (with its photo and PDF) survives a reload, the application is
// submitted offline and sent once when the network is back. The office (its console is in development builds only)
// acts through the stored application, each step made by the workflow's own applyApplicationEvent: 初审 (受理), a
// 补正 of the employer's name that the user answers in the app (复审), 公示 until its period has ended, 通过 with the
// card's issue on the payment schedule (发放中), the issue recorded (已发放); the user then rates it 非常满意.
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
import {
  creditCode,
  expectStatus,
  mainlandId,
  office,
  rewrite,
  storedApplications,
  wrongLast
} from '../applications.mjs'

export const name = 'talent-card'

const t = messages['zh-Hans']
const HOME_ROUTE = '/pages/home/index'
const TALENT_ROUTE = '/features/talent/pages/home/index'
const APPLY_ROUTE = '/features/gov-services/pages/apply/index'
const PROGRESS_ROUTE = '/features/gov-services/pages/progress/index'
const DETAIL_ROUTE = '/features/gov-services/pages/application/index'
const MATTER = 'talent/talent-card'
const CARD = '侨都人才卡申领'
const CATEGORY = 'C 卡：高层次人才（博士、副高级职称、高级技师等）'
const EMPLOYER_SHORT = '江门某某科技'
const EMPLOYER = '江门市某某智能科技有限公司'
const AMEND_NOTE = '用人单位请填写与劳动合同一致的单位全称'
const DAY = 24 * 3600 * 1000

const fmt = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]))

/** YYYY-MM-DD in Beijing time, as the app writes dates */
const beijingDate = (ms) => new Date(ms).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })

/** the application's whole history moved `days` earlier, as if it had all happened that long ago */
function earlier(a, days) {
  const by = (ms) => (typeof ms === 'number' ? ms - days * DAY : ms)
  return {
    ...a,
    createdAt: by(a.createdAt),
    updatedAt: by(a.updatedAt),
    timeline: a.timeline.map((s) => ({ ...s, at: by(s.at) })),
    deadline: { ...a.deadline, dueAt: by(a.deadline.dueAt), metAt: by(a.deadline.metAt) },
    ...(a.publicity ? { publicity: { startedAt: by(a.publicity.startedAt), endsAt: by(a.publicity.endsAt) } } : {})
  }
}

/** a picture the browser can decode, as a phone photo would be */
async function photoPng(page) {
  const dataUrl = await page.evaluate(() => {
    const c = document.createElement('canvas')
    c.width = 300
    c.height = 400
    const g = c.getContext('2d')
    g.fillStyle = '#ffffff'
    g.fillRect(0, 0, 300, 400)
    g.fillStyle = '#1f5fa8'
    g.beginPath()
    g.arc(150, 150, 70, 0, Math.PI * 2)
    g.fill()
    g.fillRect(60, 250, 180, 150)
    return c.toDataURL('image/png')
  })
  return Buffer.from(dataUrl.split(',')[1], 'base64')
}

const CONTRACT_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n'
)

/** tap an upload tile and give the browser's file chooser this file */
async function upload(page, tile, file) {
  const chooser = page.waitForEvent('filechooser')
  await tap(page, tile)
  await (await chooser).setFiles(file)
}

export default async function (page) {
  const context = page.context()
  const rightId = mainlandId('44070319980615002')
  const wrongId = wrongLast(rightId, '0', '1')
  const code = creditCode('91440703MA4UABCD1')
  const wrongCode = wrongLast(code, '0', '1')
  const thisYear = Number(beijingDate(await page.evaluate(() => Date.now())).slice(0, 4))

  // 首页 → 人才服务 → 侨都人才卡申领
  await open(page, HOME_ROUTE)
  await tapText(page, t['module.talent'], { exact: true })
  await waitForRoute(page, TALENT_ROUTE)
  // 我的申请 first: its page is then loaded in this document, as after any earlier visit (a page never opened
  // cannot load while offline, and the offline submit below ends there)
  await tapText(page, t['talent.home.mine'], { exact: true })
  await waitForRoute(page, PROGRESS_ROUTE)
  await expectText(page, t['application.mine.empty'])
  await page.goBack()
  await waitForRoute(page, TALENT_ROUTE)
  await tapText(page, t['talent.home.card'], { exact: true })
  await waitForRoute(page, `${APPLY_ROUTE}?matter=${MATTER}`)
  await expectText(page, CARD, { exact: true })
  await expectText(page, fmt(t['application.steps.subsidy'], { days: 5 }))
  await expectText(page, fmt(t['application.materials.exemptCount'], { count: 2 }))

  await fill(page, '姓名', '李思远')
  await fill(page, '证件号码', wrongId)
  await expectFieldError(page, '证件号码', t['id.mainland.checkDigit'])
  await fill(page, '手机号码', '13800138000')
  await choose(page, '人才类别', CATEGORY)
  await choose(page, '学历', '硕士研究生')
  await fill(page, '毕业院校', '五邑大学')
  await choose(page, '专业技术职称', '副高级')
  // the title's name is asked once there is a title
  await fill(page, '职称名称', '高级工程师')
  await fill(page, '用人单位', EMPLOYER_SHORT)
  await fill(page, '单位统一社会信用代码', wrongCode)
  await expectFieldError(page, '单位统一社会信用代码', t['creditCode.checkChar'])
  await fill(page, '单位统一社会信用代码', code)
  await expectFieldError(page, '单位统一社会信用代码', '')
  await choose(page, '在江门社保起始月', `${thisYear - 1}年`)
  // the two materials that are not 免证办: the contract as a PDF, the photo as a picture
  await upload(page, '#apply-m-contract-document', {
    name: '劳动合同.pdf',
    mimeType: 'application/pdf',
    buffer: CONTRACT_PDF
  })
  await expectText(page, '劳动合同.pdf（PDF，1 KB）')
  await upload(page, '#apply-m-photo-add', { name: 'photo.png', mimeType: 'image/png', buffer: await photoPng(page) })
  await until(async () => (await currentPage(page).locator('#apply-m-photo .wst-photo').count()) === 1, {
    message: 'the photo is added'
  })
  await expectText(page, '白色背景、正面免冠，用于制作人才卡；已上传 1 / 1 张')
  await tap(page, '#apply-submit')
  await expectText(page, t['application.fixErrors'])
  await shot(page, 'wrong-input')

  // the draft is kept on the device, the photo and the PDF with it: a reload restores them
  await reload(page)
  await expectText(page, t['application.draftRestored'])
  assert.equal(await currentPage(page).locator('#apply-name input').inputValue(), '李思远')
  assert.equal(await currentPage(page).locator('#apply-f-employerCreditCode input').inputValue(), code)
  await expectText(page, '劳动合同.pdf（PDF，1 KB）')
  await until(async () => (await currentPage(page).locator('#apply-m-photo .wst-photo').count()) === 1, {
    message: 'the photo is restored'
  })
  await fill(page, '证件号码', rightId)
  await expectFieldError(page, '证件号码', '')
  await tap(page, '#apply-submit-consent [role=checkbox]')
  // 我的申请 once more in this document (the reload dropped it), then back to the form
  await page.evaluate(() => {
    location.hash = '#/features/gov-services/pages/progress/index'
  })
  await expectText(page, t['application.mine.empty'])
  await page.goBack()
  await waitForRoute(page, APPLY_ROUTE)
  await expectText(page, t['application.draftRestored'])

  try {
    await context.setOffline(true)
    await until(() => page.evaluate(() => navigator.onLine === false), { message: 'the browser went offline' })
    await tap(page, '#apply-submit')
    // offline the form says so in place (another page may not load without the network); 我的办件 from there
    await expectText(page, t['application.queuedHere'])
    await tapText(page, t['application.queuedOpen'], { exact: true })
    await waitForRoute(page, PROGRESS_ROUTE)
    await expectText(page, fmt(t['application.outbox.pending'], { count: 1 }))
    await expectText(page, CARD)
    assert.equal((await storedApplications(page)).length, 0, 'nothing is stored by the backend while offline')
    await shot(page, 'queued')
  } finally {
    await context.setOffline(false)
  }
  await until(() => page.evaluate(() => navigator.onLine === true), { message: 'the browser is back online' })
  await until(async () => (await storedApplications(page)).length === 1, { message: 'the application is sent' })
  await expectNoText(page, '件申请待发送')
  assert.deepEqual(Object.keys((await storage(page))['wst:application-outbox']?.state?.items ?? {}), [])
  assert.equal((await storedApplications(page)).length, 1, 'sent exactly once')
  const [application] = await storedApplications(page)
  assert.match(application.reference, /^JM\d{14}$/)
  assert.equal(application.matterId, MATTER)
  assert.equal(application.workflow, 'subsidy')
  assert.equal(application.answers.employerCreditCode, code)
  assert.deepEqual(
    Object.keys(application.attachments)
      .filter((k) => application.attachments[k].length)
      .sort(),
    ['contract', 'photo']
  )
  await expectText(page, application.reference)
  const { reference } = application

  // 初审: the office accepts it
  await office(page, reference, { event: 'accept' })
  await open(page, `${DETAIL_ROUTE}?id=${application.id}`)
  await expectStatus(page, t['application.status.subsidy.accepted'])
  await expectText(page, '受理 → 初审中')

  // 补正: the employer's full name; the user gives it in the app, and 复审 begins
  await office(page, reference, { event: 'requestAmend', note: AMEND_NOTE, fields: ['employer'], materials: [] })
  await reload(page)
  await expectStatus(page, t['application.status.amending'])
  await expectText(page, AMEND_NOTE)
  await expectText(page, t['application.deadline.paused'])
  await fill(page, '用人单位', EMPLOYER)
  await tap(page, '#application-amend-submit')
  await expectStatus(page, t['application.status.subsidy.reviewing'])
  await expectText(page, '提交补正 → 复审中')
  assert.equal((await storedApplications(page))[0].answers.employer, EMPLOYER)
  await shot(page, 'amended')

  // 公示: 5 working days of publicity, then (a month later) it has ended
  const publicized = await office(page, reference, { event: 'publicize' })
  await reload(page)
  await expectStatus(page, t['application.status.publicizing'])
  await expectText(page, fmt(t['application.publicity.until'], { end: beijingDate(publicized.publicity.endsAt) }))
  const ended = await rewrite(page, reference, (a) => earlier(a, 28))
  assert.ok(ended.publicity.endsAt < (await page.evaluate(() => Date.now())), 'the publicity period is over')
  await reload(page)
  await expectStatus(page, t['application.status.publicizing'])
  await expectText(page, fmt(t['application.publicity.ended'], { end: beijingDate(ended.publicity.endsAt) }))
  await shot(page, 'publicity-ended')

  // 通过: the card is to be issued (发放中), then issued (已发放)
  const approved = await office(page, reference, {
    event: 'decide',
    outcome: 'approved',
    text: '经审核，符合侨都人才卡 C 卡认定条件，公示期满无异议，准予通过'
  })
  assert.equal(approved.status, 'paying')
  assert.deepEqual(
    approved.payments.map((p) => p.label),
    ['人才卡制发']
  )
  await reload(page)
  await expectStatus(page, t['application.status.paying'])
  await expectText(page, fmt(t['application.decision'], { outcome: t['application.status.subsidy.approved'] }))
  await expectText(page, fmt(t['application.payments.progress'], { paid: 0, count: 1 }))
  await expectText(page, fmt(t['application.payment.dueOn'], { due: approved.payments[0].dueOn }))
  await expectText(page, t['application.payment.pending'], { exact: true })
  await shot(page, 'approved')

  const paid = await office(page, reference, { event: 'pay', note: '实体卡已寄出' })
  assert.equal(paid.status, 'paid')
  await reload(page)
  await expectStatus(page, t['application.status.paid'])
  await expectText(page, fmt(t['application.payments.progress'], { paid: 1, count: 1 }))
  await expectText(page, /^已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 发放 · 实体卡已寄出$/)
  await expectText(page, '记录发放 → 已发放')
  await expectText(page, '人才卡制发 · 实体卡已寄出')

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
  await settle(page)
  await tap(page, '#application-rate-submit')
  await expectText(page, fmt(t['rating.given'], { level: t['rating.level.5'] }))
  await expectNoText(page, t['rating.followUp'])
  const rated = (await storedApplications(page))[0]
  assert.equal(rated.ratings.length, 1)
  assert.equal(rated.ratings[0].level, 5)
  assert.equal(rated.ratings[0].followUp, undefined)
  assert.equal(rated.status, 'paid', 'a rating leaves the status as it is')
  await shot(page, 'rated')
}
