// The application workflow table: the standard rows as they were, and the subsidy workflow a form chooses by data
// (初审 → 补正 → 复审 → 公示 → 通过 / 不予通过 → 发放), with its refusals and their HTTP classes.
import {
  APPLICATION_CODES,
  APPLICATION_MESSAGES,
  PUBLICITY_WORKING_DAYS,
  allowedEvents,
  applyApplicationEvent,
  createApplication,
  isClosedApplication,
  isStateConflict,
  paymentSchedule,
  type Application,
  type ApplicationCommand,
  type ApplicationForm
} from '@/core/applications'
import { addWorkingDaysAt, endOfShanghaiDay, shanghaiDate } from '@/core/calendar'
import hantMessages from '@/core/applications/messages.zh-Hant.json'

// Monday 23 November 2026, 09:00 in Jiangmen
const T0 = Date.parse('2026-11-23T09:00:00+08:00')
const MIN = 60_000
const DAY = 24 * 60 * MIN

const form = (over: Partial<ApplicationForm> = {}): ApplicationForm => ({
  matterId: 'talent/test-subsidy',
  version: 1,
  title: '测试生活补贴',
  applicant: 'personal',
  fields: [
    {
      id: 'degree',
      label: '学历',
      kind: 'select',
      required: true,
      options: [
        { value: 'master', label: '硕士' },
        { value: 'doctor', label: '博士' }
      ]
    }
  ],
  materials: [{ id: 'contract', name: '劳动合同', exempt: false, required: true, maxFiles: 3 }],
  promisedDays: 15,
  delivery: '发放至本人银行卡',
  workflow: 'subsidy',
  payout: [
    { label: '第 1 年补贴', amountYuan: 12000, monthsAfterApproval: 0 },
    { label: '第 2 年补贴', amountYuan: 12000, monthsAfterApproval: 12 },
    { label: '博士加发', amountYuan: 6000, monthsAfterApproval: 12, showWhen: { field: 'degree', values: ['doctor'] } }
  ],
  ...over
})

const create = (f: ApplicationForm = form(), answers: Record<string, string> = { degree: 'master' }, at = T0) =>
  createApplication(
    {
      idempotencyKey: 'k1',
      matterId: f.matterId,
      formVersion: f.version,
      zone: 'jiangmen',
      applicant: {
        name: '陈晓明',
        idType: 'mainland',
        idNumber: '11010519491231002X',
        phoneRegion: 'cn',
        phone: '13800138000'
      },
      answers,
      attachments: { contract: [{ path: 'data:image/gif;base64,AA', size: 2 }] }
    },
    f,
    { id: 'JM20261123500001', reference: 'JM20261123500001', matterName: f.title, at }
  )

const accept: ApplicationCommand = { event: 'accept', actor: 'office' }
const review: ApplicationCommand = { event: 'review', actor: 'office' }
const publicize: ApplicationCommand = { event: 'publicize', actor: 'office', note: '在江门人才网公示' }
const approve: ApplicationCommand = {
  event: 'decide',
  actor: 'office',
  outcome: 'approved',
  text: '公示无异议，予以通过'
}
const deny: ApplicationCommand = { event: 'decide', actor: 'office', outcome: 'denied', text: '社保缴纳未满 6 个月' }
const pay = (note?: string): ApplicationCommand => ({ event: 'pay', actor: 'office', note })

function run(a: Application, commands: ApplicationCommand[], at = a.updatedAt + MIN): Application {
  return commands.reduce((x, c, i) => {
    const r = applyApplicationEvent(x, c, at + i * MIN)
    if (!r.ok) throw new Error(`${c.event} refused: ${r.reason}`)
    return r.application
  }, a)
}

const refusal = (a: Application, c: ApplicationCommand, at = a.updatedAt + MIN) => {
  const r = applyApplicationEvent(a, c, at)
  return r.ok ? 'accepted' : r.reason
}

/** 初审, 复审 and 公示 started on the Monday */
const publicized = () => run(create(), [accept, review, publicize])

describe('the workflow a form chooses', () => {
  test('an application keeps the workflow and payout plan of the form it was filed under', () => {
    const a = create()
    expect(a.workflow).toBe('subsidy')
    expect(a.payout).toHaveLength(3)
    const standard = create(form({ workflow: undefined, payout: undefined }))
    expect(standard).not.toHaveProperty('workflow')
    expect(standard).not.toHaveProperty('payout')
  })

  test('a standard application knows neither 公示 nor 发放, and is decided as before', () => {
    const a = run(create(form({ workflow: undefined, payout: undefined })), [accept])
    expect(refusal(a, publicize)).toBe('application.transition.invalid')
    expect(refusal(a, pay())).toBe('application.transition.invalid')
    expect(allowedEvents(a, 'office').sort()).toEqual(['decide', 'requestAmend', 'return', 'review'])
    const decided = run(a, [approve])
    expect(decided.status).toBe('decided')
    expect(decided).not.toHaveProperty('payments')
  })
})

describe('the subsidy workflow', () => {
  test('受理 starts 初审 and the promised clock; 初审通过 → 复审; 补正 from 初审 or 复审 returns to 复审', () => {
    const accepted = run(create(), [accept])
    expect(accepted.status).toBe('accepted')
    expect(accepted.deadline.dueAt).toBe(addWorkingDaysAt(accepted.updatedAt, 15))
    const amendAsk: ApplicationCommand = {
      event: 'requestAmend',
      actor: 'office',
      note: '请上传完整的劳动合同',
      fields: [],
      materials: ['contract']
    }
    const amend: ApplicationCommand = { event: 'amend', actor: 'applicant', answers: {}, attachments: {} }
    expect(run(accepted, [amendAsk, amend]).status).toBe('reviewing')
    const reviewing = run(accepted, [review])
    expect(reviewing.status).toBe('reviewing')
    expect(run(reviewing, [amendAsk]).status).toBe('amending')
    // 公示 only after 复审
    expect(refusal(accepted, publicize)).toBe('application.transition.invalid')
  })

  test('公示 records a period ending at 24:00 of the 5th working day after today', () => {
    const a = publicized()
    expect(a.status).toBe('publicizing')
    expect(PUBLICITY_WORKING_DAYS).toBe(5)
    // Monday 23 → Monday 30 November, end of day Beijing time
    expect(a.publicity).toEqual({ startedAt: a.updatedAt, endsAt: endOfShanghaiDay('2026-11-30') })
    expect(a.timeline.at(-1)).toMatchObject({ event: 'publicize', to: 'publicizing', note: '在江门人才网公示' })
    expect(allowedEvents(a, 'office').sort()).toEqual(['decide'])
  })

  test('公示 over a holiday runs longer: the period counts working days on the official calendar', () => {
    // Monday 28 September 2026: National Day week follows
    const start = Date.parse('2026-09-28T10:00:00+08:00')
    const a = run(create(form(), { degree: 'master' }, start), [accept, review, publicize], start)
    expect(a.publicity!.endsAt).toBe(addWorkingDaysAt(start, 5))
    expect(shanghaiDate(a.publicity!.endsAt) > '2026-10-07').toBe(true)
  })

  test('通过 only from 公示 and once its period has ended; 不予通过 from 初审, 复审 or 公示', () => {
    const accepted = run(create(), [accept])
    expect(refusal(accepted, approve)).toBe('application.decide.publicityFirst')
    expect(refusal(run(accepted, [review]), approve)).toBe('application.decide.publicityFirst')
    const a = publicized()
    expect(refusal(a, approve)).toBe('application.decide.publicityRunning')
    // the last instant of the period still belongs to it
    expect(refusal(a, approve, a.publicity!.endsAt)).toBe('application.decide.publicityRunning')
    expect(refusal(a, approve, a.publicity!.endsAt + 1)).toBe('accepted')
    // what is wrong with the command itself comes first (400, not 409)
    expect(refusal(a, { ...approve, text: '可' } as ApplicationCommand)).toBe('application.decide.textRequired')

    for (const x of [accepted, run(accepted, [review]), a]) {
      const denied = run(x, [deny])
      expect(denied.status).toBe('decided')
      expect(denied.decision).toMatchObject({ outcome: 'denied', text: '社保缴纳未满 6 个月' })
      expect(denied).not.toHaveProperty('payments')
    }
    // nothing is decided while the applicant amends
    const amending = run(accepted, [
      { event: 'requestAmend', actor: 'office', note: '请上传劳动合同', fields: [], materials: ['contract'] }
    ])
    expect(refusal(amending, deny)).toBe('application.transition.invalid')
  })

  test('an approval sets the schedule from the plan (months after the Beijing approval date) and goes 发放中', () => {
    const a = publicized()
    const at = a.publicity!.endsAt + 9 * 60 * MIN // Tuesday 1 December 09:00
    const approved = run(a, [approve], at)
    expect(approved.status).toBe('paying')
    expect(approved.decision).toMatchObject({ outcome: 'approved', at })
    expect(approved.deadline.metAt).toBe(at)
    expect(approved.payments).toEqual([
      { label: '第 1 年补贴', amountYuan: 12000, dueOn: '2026-12-01' },
      { label: '第 2 年补贴', amountYuan: 12000, dueOn: '2027-12-01' }
    ])
    // a doctor's application gets the step only doctors have
    const doctor = run(create(form(), { degree: 'doctor' }), [accept, review, publicize])
    expect(run(doctor, [approve], at).payments?.map((p) => p.label)).toEqual(['第 1 年补贴', '第 2 年补贴', '博士加发'])
  })

  test('the approval date is the Beijing one, and a month end is kept within the month', () => {
    const plan = { payout: [{ label: '次月', monthsAfterApproval: 1 }], answers: {} }
    // 31 January 2027, 23:30 Beijing is 15:30 UTC the same day; 1 month later is 28 February
    expect(paymentSchedule(plan, Date.parse('2027-01-31T23:30:00+08:00'))).toEqual([
      { label: '次月', dueOn: '2027-02-28' }
    ])
    // 00:30 Beijing on 1 February is still 31 January in UTC
    expect(paymentSchedule(plan, Date.parse('2027-02-01T00:30:00+08:00'))[0].dueOn).toBe('2027-03-01')
  })

  test('an approval without a payout is 通过 (decided) at once', () => {
    const a = run(create(form({ payout: undefined })), [accept, review, publicize])
    const approved = run(a, [approve], a.publicity!.endsAt + MIN)
    expect(approved.status).toBe('decided')
    expect(approved).not.toHaveProperty('payments')
  })

  test('发放 marks the next instalment paid on or after its due date; after the last one 已发放', () => {
    const a = publicized()
    const at = a.publicity!.endsAt + 9 * 60 * MIN
    const approved = run(a, [approve], at)
    const first = run(approved, [pay('已转入尾号 1234 的银行卡')])
    expect(first.status).toBe('paying')
    expect(first.payments![0]).toMatchObject({ paidAt: first.updatedAt, note: '已转入尾号 1234 的银行卡' })
    expect(first.payments![1].paidAt).toBeUndefined()
    expect(first.timeline.at(-1)).toMatchObject({
      event: 'pay',
      from: 'paying',
      to: 'paying',
      note: '第 1 年补贴 · 已转入尾号 1234 的银行卡'
    })
    // the second year is not due yet: nothing to pay (a state conflict, 409)
    expect(refusal(first, pay())).toBe('application.pay.nothingDue')
    expect(isStateConflict('application.pay.nothingDue')).toBe(true)
    const second = run(first, [pay()], Date.parse('2027-12-01T08:00:00+08:00'))
    expect(second.status).toBe('paid')
    expect(second.payments!.every((p) => p.paidAt !== undefined)).toBe(true)
    expect(second.timeline.at(-1)).toMatchObject({ note: '第 2 年补贴' })
    expect(refusal(second, pay())).toBe('application.transition.invalid')
  })

  test('好差评 and its follow-up once closed for the applicant: 发放中 and 已发放 too', () => {
    const a = publicized()
    expect(refusal(a, { event: 'rate', actor: 'applicant', level: 5 })).toBe('application.transition.invalid')
    const paying = run(a, [approve], a.publicity!.endsAt + MIN)
    expect(isClosedApplication('paying')).toBe(true)
    expect(isClosedApplication('paid')).toBe(true)
    expect(isClosedApplication('publicizing')).toBe(false)
    const rated = run(paying, [{ event: 'rate', actor: 'applicant', level: 1, reason: '公示期满后迟迟不发放' }])
    expect(rated.status).toBe('paying')
    expect(rated.ratings[0].followUp).toBeDefined()
    const followed = run(rated, [
      { event: 'callBack', actor: 'office', note: '已电话回访，说明发放安排' },
      { event: 'rectify', actor: 'office', note: '已优化发放流程，按月发放' },
      pay()
    ])
    expect(followed.status).toBe('paying')
    expect(run(followed, [pay()], Date.parse('2027-12-02T10:00:00+08:00')).status).toBe('paid')
    expect(followed.ratings[0].followUp).toMatchObject({ callbackNote: '已电话回访，说明发放安排' })
  })

  test('退回 from the open statuses, never during 公示 or after the approval', () => {
    const ret: ApplicationCommand = { event: 'return', actor: 'office', note: '申请人已在窗口申请' }
    expect(run(create(), [accept, ret]).status).toBe('returned')
    expect(refusal(publicized(), ret)).toBe('application.transition.invalid')
  })

  test('the applicant cannot act as the office', () => {
    const a = publicized()
    expect(refusal(a, { ...approve, actor: 'applicant' } as ApplicationCommand)).toBe('application.actor.notAllowed')
    expect(refusal(a, { event: 'nope', actor: 'office' } as unknown as ApplicationCommand)).toBe(
      'application.command.invalid'
    )
  })

  test('every step is on the timeline, at the time it was taken', () => {
    const a = publicized()
    const done = run(a, [approve, pay()], a.publicity!.endsAt + DAY)
    expect(done.timeline.map((s) => [s.event, s.to])).toEqual([
      ['submit', 'submitted'],
      ['accept', 'accepted'],
      ['review', 'reviewing'],
      ['publicize', 'publicizing'],
      ['decide', 'paying'],
      ['pay', 'paying']
    ])
    expect(done.timeline.at(-2)!.at).toBe(a.publicity!.endsAt + DAY)
  })
})

describe('codes', () => {
  test('every code has its text in both scripts, the new ones too', () => {
    for (const code of APPLICATION_CODES) {
      expect(APPLICATION_MESSAGES[code]).toBeTruthy()
      expect((hantMessages as Record<string, string>)[code]).toBeTruthy()
    }
    expect(APPLICATION_CODES).toEqual(
      expect.arrayContaining([
        'application.decide.publicityFirst',
        'application.decide.publicityRunning',
        'application.pay.nothingDue'
      ])
    )
    expect(isStateConflict('application.decide.publicityRunning')).toBe(true)
    expect(isStateConflict('application.decide.publicityFirst')).toBe(true)
    expect(isStateConflict('application.decide.textRequired')).toBe(false)
  })
})
