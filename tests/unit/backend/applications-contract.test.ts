/**
 * @jest-environment node
 */
// 在线申办 on both implementations of the data boundary: the form, exactly-once submission, the office's
// 受理 / 补正 / 审核 / 办结 / 退回, the applicant's amendment and 好差评 with the follow-up of a 差评; and a talent
// subsidy on the subsidy workflow: 初审, 补正, 复审, 公示 for 5 working days, 通过, each instalment paid, 好差评.
import type { ApplicationRequest } from '@/core/applications'
import type { Backend } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import { addWorkingDaysAt, endOfShanghaiDay } from '@/core/calendar'
import { mainlandIdCheckChar } from '@/core/validators'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'

// Monday 23 November 2026, 08:00 in Jiangmen
const NOW = Date.parse('2026-11-23T08:00:00+08:00')
const DAY = 24 * 60 * 60 * 1000
const validId = (() => {
  const first17 = '44070319900101123'
  return first17 + mainlandIdCheckChar(first17)
})()

const CERTIFICATE = 'gov-services/svc-0001'
/** 高技能人才购房补贴: 3 万元 in 3 yearly instalments, on the subsidy workflow */
const HOUSING_SUBSIDY = 'talent/jm-high-skill-housing'
const PAGE = { path: 'data:image/jpeg;base64,AAAA', size: 3 }
const REGISTRY = 'gov-services/svc-0027'

function request(key: string, patch: Partial<ApplicationRequest> = {}): ApplicationRequest {
  return {
    idempotencyKey: key,
    matterId: CERTIFICATE,
    formVersion: 1,
    zone: 'jiangmen',
    applicant: { name: '陈晓明', idType: 'mainland', idNumber: validId, phoneRegion: 'cn', phone: '13800138000' },
    answers: { insurance: 'insurance-1', from: '2020-01', to: '2026-10', purpose: 'purpose-1' },
    attachments: {},
    ...patch
  }
}

function subsidyRequest(key: string): ApplicationRequest {
  return request(key, {
    matterId: HOUSING_SUBSIDY,
    answers: {
      skillLevel: '1',
      occupation: '数控车工',
      certificateNo: 'S4407002023001234',
      employer: '江门市某某机械制造有限公司',
      employerCreditCode: '91440700MA4UQ2XX3Q',
      insuranceFrom: '2021-03',
      houseAddress: '江门市蓬江区某某路 8 号 3 座 1201',
      purchasedOn: '2026-06-18',
      bank: '中国工商银行江门分行'
    },
    attachments: { bankCard: [PAGE] }
  })
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; reason: string }> {
  try {
    await p
  } catch (e) {
    if (isBackendError(e)) return { code: e.code, reason: e.reason }
    throw e
  }
  throw new Error('expected a refusal')
}

describe.each(BACKEND_IMPLEMENTATIONS)('applications contract: %s', (_name, make) => {
  let backend: Backend
  let close: () => Promise<void>
  let clock: ReturnType<typeof testClock>
  beforeEach(async () => {
    clock = testClock(NOW)
    const made = await make(clock.now)
    backend = made.backend
    close = made.close
  })
  afterEach(() => close())

  test('at least 12 matters take online applications, each with a form in both scripts', async () => {
    const forms = await backend.applications.listForms('zh-Hans')
    expect(forms.length).toBeGreaterThanOrEqual(12)
    const form = await backend.applications.getForm(CERTIFICATE, 'zh-Hant')
    expect(form.title).toBe('社會保險個人權益記錄查詢打印')
    // answers do not change with the script
    expect(form.fields.find((f) => f.id === 'insurance')?.options?.[0].value).toBe('insurance-1')
    expect(await refusal(backend.applications.getForm('gov-services/svc-9999', 'zh-Hans'))).toEqual({
      code: 'not_found',
      reason: 'application.matter.unknown'
    })
  })

  test('submit checks the form, answers once per key, and masks the applicant', async () => {
    expect(
      await refusal(backend.applications.submit(request('k0', { answers: { insurance: 'insurance-1' } })))
    ).toEqual({ code: 'invalid', reason: 'application.field.required' })
    expect(
      await refusal(
        backend.applications.submit(
          request('k0', { applicant: { ...request('k0').applicant, idNumber: '440703199001011230' } })
        )
      )
    ).toMatchObject({ code: 'invalid', reason: expect.stringMatching(/^id\.mainland\./) })
    expect(await refusal(backend.applications.submit(request('k0', { formVersion: 0 })))).toEqual({
      code: 'conflict',
      reason: 'application.form.outdated'
    })
    // a future month
    expect(
      await refusal(
        backend.applications.submit(request('k0', { answers: { ...request('k0').answers, to: '2027-01' } }))
      )
    ).toEqual({ code: 'invalid', reason: 'application.field.dateFuture' })

    const first = await backend.applications.submit(request('k1'))
    const again = await backend.applications.submit(request('k1'))
    expect(again.id).toBe(first.id)
    expect(first.reference).toMatch(/^JM20261123\d{6}$/)
    expect(first.status).toBe('submitted')
    expect(first.applicant.idNumber).not.toContain('19900101')
    expect(first.applicant.phone).toBe('138****8000')
    expect(await backend.applications.list()).toHaveLength(1)
    const second = await backend.applications.submit(request('k2'))
    expect(second.reference).not.toBe(first.reference)
  })

  test('a required material must be uploaded; an exempt one must not', async () => {
    const registry = {
      matterId: REGISTRY,
      answers: { queryType: 'queryType-1', purpose: 'purpose-1' }
    }
    expect(await refusal(backend.applications.submit(request('r1', registry)))).toEqual({
      code: 'invalid',
      reason: 'application.material.required'
    })
    const page = { path: 'data:image/jpeg;base64,AAAA', size: 3 }
    expect(
      await refusal(backend.applications.submit(request('r1', { ...registry, attachments: { m1: [page] } })))
    ).toEqual({ code: 'invalid', reason: 'application.material.exempt' })
    const ok = await backend.applications.submit(request('r1', { ...registry, attachments: { m2: [page] } }))
    expect(ok.attachments.m2).toHaveLength(1)
  })

  test('受理 → 补正 → the applicant amends → 审核中 → 办结 准予, every step timestamped, 补正 days not counted', async () => {
    const { id } = await backend.applications.submit(
      request('f1', {
        matterId: 'gov-services/svc-0069',
        answers: { purpose: 'purpose-1', recipient: '某某有限公司', language: 'language-1' }
      })
    )
    const { office } = backend.applications
    // the applicant cannot act as the office
    expect(await refusal(office.act(id, { event: 'accept', actor: 'applicant' } as never))).toMatchObject({
      code: 'invalid'
    })
    const accepted = await office.act(id, { event: 'accept', actor: 'office' })
    expect(accepted.status).toBe('accepted')
    // 无犯罪记录证明: promised 1 working day after 受理 (Monday → Tuesday 24:00)
    expect(accepted.deadline.dueAt).toBe(addWorkingDaysAt(NOW, 1))
    expect(await backend.user.countApplicationUpdates()).toBe(1)

    expect(
      await refusal(office.act(id, { event: 'requestAmend', actor: 'office', note: '补', fields: [], materials: [] }))
    ).toEqual({
      code: 'invalid',
      reason: 'application.amend.noteRequired'
    })
    expect(
      await refusal(
        office.act(id, {
          event: 'requestAmend',
          actor: 'office',
          note: '请写明提交单位全称',
          fields: ['nope'],
          materials: []
        })
      )
    ).toEqual({ code: 'invalid', reason: 'application.field.unknown' })
    const amending = await office.act(id, {
      event: 'requestAmend',
      actor: 'office',
      note: '请写明证明提交单位的全称',
      fields: ['recipient'],
      materials: []
    })
    expect(amending.status).toBe('amending')
    expect(amending.amendRequest).toMatchObject({ fields: ['recipient'], note: '请写明证明提交单位的全称' })

    // two working days later the applicant amends; only what was asked may change, and it is checked
    clock.advance(2 * DAY)
    expect(
      await refusal(backend.applications.amend(id, { answers: { language: 'language-2' }, attachments: {} }))
    ).toMatchObject({
      reason: 'application.amend.notAsked'
    })
    expect(await refusal(backend.applications.amend(id, { answers: { recipient: 'x' }, attachments: {} }))).toEqual({
      code: 'invalid',
      reason: 'application.field.tooShort'
    })
    const amended = await backend.applications.amend(id, {
      answers: { recipient: '江门市某某科技有限公司' },
      attachments: {}
    })
    expect(amended.status).toBe('reviewing')
    expect(amended.answers.recipient).toBe('江门市某某科技有限公司')
    expect(amended.deadline.pausedDays).toBe(2)
    expect(amended.deadline.dueAt).toBe(addWorkingDaysAt(NOW, 3))
    expect(amended.amendRequest).toBeUndefined()

    expect(
      await refusal(
        office.act(id, { event: 'decide', actor: 'office', outcome: 'maybe' as never, text: '经审核符合条件' })
      )
    ).toEqual({
      code: 'invalid',
      reason: 'application.decide.outcome'
    })
    const decided = await office.act(id, {
      event: 'decide',
      actor: 'office',
      outcome: 'approved',
      text: '经核查，未发现犯罪记录，准予出具证明'
    })
    expect(decided.status).toBe('decided')
    expect(decided.decision).toMatchObject({ outcome: 'approved' })
    expect(decided.timeline.map((s) => s.event)).toEqual(['submit', 'accept', 'requestAmend', 'amend', 'decide'])
    const times = decided.timeline.map((s) => s.at)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    // nothing more can change a decided application
    expect(await refusal(office.act(id, { event: 'return', actor: 'office', note: '材料不齐全，退回' }))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })
  })

  test('好差评: a 差评 needs a reason, is taken once, and is followed up by a call-back and 整改', async () => {
    const { id } = await backend.applications.submit(request('g1'))
    const { office } = backend.applications
    expect(await refusal(backend.applications.rate(id, 5))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })
    await office.act(id, { event: 'accept', actor: 'office' })
    await office.act(id, { event: 'decide', actor: 'office', outcome: 'approved', text: '已出具参保证明电子件' })
    expect(await refusal(backend.applications.rate(id, 2))).toEqual({
      code: 'invalid',
      reason: 'application.rate.reasonRequired'
    })
    const rated = await backend.applications.rate(id, 2, '证明上的单位名称是旧名称')
    const follow = rated.ratings[0].followUp!
    expect(rated.ratings[0]).toMatchObject({ level: 2, reason: '证明上的单位名称是旧名称', round: 1 })
    expect(follow.callbackDueAt).toBeLessThan(follow.rectifyDueAt)
    expect(await refusal(backend.applications.rate(id, 5))).toEqual({
      code: 'conflict',
      reason: 'application.rate.already'
    })
    const called = await office.act(id, { event: 'callBack', actor: 'office', note: '已电话回访，说明单位更名情况' })
    expect(called.ratings[0].followUp?.calledBackAt).toBeDefined()
    expect(await refusal(office.act(id, { event: 'callBack', actor: 'office', note: '再次回访申请人' }))).toEqual({
      code: 'conflict',
      reason: 'application.followUp.done'
    })
    const fixed = await office.act(id, { event: 'rectify', actor: 'office', note: '已更新单位名称并重新出具证明' })
    expect(fixed.ratings[0].followUp?.rectifyNote).toBe('已更新单位名称并重新出具证明')
    // a good rating has nothing to follow up
    const other = await backend.applications.submit(request('g2'))
    await office.act(other.id, { event: 'return', actor: 'office', note: '申请人已在窗口办理，退回网上申请' })
    await backend.applications.rate(other.id, 4)
    expect(await refusal(office.act(other.id, { event: 'callBack', actor: 'office', note: '回访申请人' }))).toEqual({
      code: 'conflict',
      reason: 'application.followUp.none'
    })
  })

  test('the badge counts applications the office changed until the user opens them', async () => {
    const { id } = await backend.applications.submit(request('b1'))
    expect(await backend.user.countApplicationUpdates()).toBe(0)
    await backend.applications.office.act(id, { event: 'accept', actor: 'office' })
    expect(await backend.user.countApplicationUpdates()).toBe(1)
    expect((await backend.applications.get(id)).unseen).toBe(true)
    await backend.applications.markSeen(id)
    expect(await backend.user.countApplicationUpdates()).toBe(0)
    expect(await refusal(backend.applications.get('JM20261123999999'))).toEqual({
      code: 'not_found',
      reason: 'application.unknown'
    })
  })

  test('the talent module’s forms are served too, on the subsidy workflow, with their payout in both scripts', async () => {
    const ids = (await backend.applications.listForms('zh-Hans')).map((f) => f.matterId)
    expect(ids).toEqual(expect.arrayContaining(['talent/talent-card', 'talent/apartment', HOUSING_SUBSIDY]))
    const card = await backend.applications.getForm('talent/talent-card', 'zh-Hant')
    expect(card.title).toBe('僑都人才卡申領')
    expect(card.workflow).toBe('subsidy')
    expect(card.payout).toEqual([{ label: '人才卡製發', monthsAfterApproval: 0 }])
  })

  test('a subsidy: 初审 → 补正 → 复审 → 公示 → 通过 after 5 working days → every instalment paid → 好差评', async () => {
    const { office } = backend.applications
    const first = await backend.applications.submit(subsidyRequest('s1'))
    // exactly once by the idempotency key
    expect((await backend.applications.submit(subsidyRequest('s1'))).id).toBe(first.id)
    expect(await backend.applications.list()).toHaveLength(1)
    expect(first).toMatchObject({ status: 'submitted', workflow: 'subsidy' })
    const { id } = first

    // 受理 starts 初审 and the promised 20 working days
    const accepted = await office.act(id, { event: 'accept', actor: 'office' })
    expect(accepted.status).toBe('accepted')
    expect(accepted.deadline.dueAt).toBe(addWorkingDaysAt(NOW, 20))
    // 通过 is refused before 复审 and 公示, 公示 before 复审
    expect(
      await refusal(office.act(id, { event: 'decide', actor: 'office', outcome: 'approved', text: '初审通过予以补贴' }))
    ).toEqual({ code: 'conflict', reason: 'application.decide.publicityFirst' })
    expect(await refusal(office.act(id, { event: 'publicize', actor: 'office' }))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })

    const amending = await office.act(id, {
      event: 'requestAmend',
      actor: 'office',
      note: '银行卡照片不清晰，请重新拍摄卡号一面',
      fields: [],
      materials: ['bankCard']
    })
    expect(amending.status).toBe('amending')
    const amended = await backend.applications.amend(id, { answers: {}, attachments: { bankCard: [PAGE, PAGE] } })
    // after 补正 the application is in 复审
    expect(amended.status).toBe('reviewing')
    expect(amended.attachments.bankCard).toHaveLength(2)

    const publicized = await office.act(id, { event: 'publicize', actor: 'office', note: '在江门人才网公示' })
    expect(publicized.status).toBe('publicizing')
    // Monday 23 November: the 5th working day after it is Monday 30 November, to its end
    expect(publicized.publicity?.endsAt).toBe(endOfShanghaiDay('2026-11-30'))
    const approve = {
      event: 'decide',
      actor: 'office',
      outcome: 'approved',
      text: '经复审和公示无异议，准予发放购房补贴 3 万元'
    } as const
    expect(await refusal(office.act(id, approve))).toEqual({
      code: 'conflict',
      reason: 'application.decide.publicityRunning'
    })
    // still refused on the last day of the period
    clock.advance(7 * DAY)
    expect(await refusal(office.act(id, approve))).toMatchObject({ reason: 'application.decide.publicityRunning' })

    // Tuesday 1 December, 08:00: the period has ended
    clock.advance(DAY)
    const approved = await office.act(id, approve)
    expect(approved.status).toBe('paying')
    expect(approved.decision).toMatchObject({ outcome: 'approved' })
    expect(approved.payments).toEqual([
      { label: '第 1 期购房补贴', amountYuan: 10000, dueOn: '2026-12-01' },
      { label: '第 2 期购房补贴', amountYuan: 10000, dueOn: '2027-12-01' },
      { label: '第 3 期购房补贴', amountYuan: 10000, dueOn: '2028-12-01' }
    ])

    const paid1 = await office.act(id, { event: 'pay', actor: 'office', note: '已转入尾号 6789 的银行卡' })
    expect(paid1.status).toBe('paying')
    expect(paid1.payments?.[0]).toMatchObject({ note: '已转入尾号 6789 的银行卡', paidAt: expect.any(Number) })
    // the second instalment is not due for a year
    expect(await refusal(office.act(id, { event: 'pay', actor: 'office' }))).toEqual({
      code: 'conflict',
      reason: 'application.pay.nothingDue'
    })
    clock.advance(365 * DAY)
    expect((await office.act(id, { event: 'pay', actor: 'office' })).payments?.[1].paidAt).toBeDefined()
    clock.advance(366 * DAY)
    const paid = await office.act(id, { event: 'pay', actor: 'office' })
    expect(paid.status).toBe('paid')
    // a payment is news for the applicant (the badge on 我的)
    expect(paid.unseen).toBe(true)
    expect(paid.payments?.every((p) => p.paidAt !== undefined)).toBe(true)
    expect(await refusal(office.act(id, { event: 'pay', actor: 'office' }))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })

    // 好差评 once paid
    const rated = await backend.applications.rate(id, 5)
    expect(rated.ratings[0]).toMatchObject({ level: 5 })
    expect(await refusal(backend.applications.rate(id, 4))).toEqual({
      code: 'conflict',
      reason: 'application.rate.already'
    })
    expect(rated.timeline.map((s) => s.event)).toEqual([
      'submit',
      'accept',
      'requestAmend',
      'amend',
      'publicize',
      'decide',
      'pay',
      'pay',
      'pay',
      'rate'
    ])
    const times = rated.timeline.map((s) => s.at)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  test('subsidy refusals: 不予通过 from 初审, 公示 and 发放 only where the workflow has them, the office alone', async () => {
    const { office } = backend.applications
    const { id } = await backend.applications.submit(subsidyRequest('s2'))
    await office.act(id, { event: 'accept', actor: 'office' })
    const denied = await office.act(id, {
      event: 'decide',
      actor: 'office',
      outcome: 'denied',
      text: '职业技能等级未达到高级技师（一级）'
    })
    expect(denied).toMatchObject({ status: 'decided', decision: { outcome: 'denied' } })
    expect(denied).not.toHaveProperty('payments')
    expect(await refusal(office.act(id, { event: 'pay', actor: 'office' }))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })
    // 好差评 and a 差评's follow-up on a 不予通过 too
    await backend.applications.rate(id, 2, '没有说明可以补充哪些材料')
    expect(
      (await office.act(id, { event: 'callBack', actor: 'office', note: '已电话说明认定标准' })).ratings[0].followUp
    ).toMatchObject({ callbackNote: '已电话说明认定标准' })

    // a standard item knows neither 公示 nor 发放
    const standard = await backend.applications.submit(request('s3'))
    await office.act(standard.id, { event: 'accept', actor: 'office' })
    for (const event of ['publicize', 'pay'] as const)
      expect(await refusal(office.act(standard.id, { event, actor: 'office' }))).toEqual({
        code: 'conflict',
        reason: 'application.transition.invalid'
      })
    // only the office publicizes and pays; a note of the wrong shape is no server error
    const other = await backend.applications.submit(subsidyRequest('s4'))
    expect(await refusal(office.act(other.id, { event: 'pay', actor: 'applicant' } as never))).toMatchObject({
      code: 'invalid'
    })
    await office.act(other.id, { event: 'accept', actor: 'office' })
    await office.act(other.id, { event: 'review', actor: 'office' })
    const odd = await office.act(other.id, { event: 'publicize', actor: 'office', note: 42 } as never)
    expect(odd.status).toBe('publicizing')
    expect(odd.timeline.at(-1)).not.toHaveProperty('note')
  })
})
