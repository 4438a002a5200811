// Property: whatever the office and the applicant send, in whatever order and at whatever times (a clock that may
// even go backwards), no instalment is ever paid before the approval or before its due date, no subsidy is approved
// before its publicity period has ended, and every timeline stays in time order.
import fc from 'fast-check'
import {
  allowedEvents,
  applyApplicationEvent,
  createApplication,
  type Application,
  type ApplicationCommand,
  type ApplicationForm
} from '@/core/applications'
import { endOfShanghaiDay, startOfShanghaiDay } from '@/core/calendar'

const T0 = Date.parse('2026-11-23T09:00:00+08:00')
const HOUR = 60 * 60 * 1000

const baseForm: ApplicationForm = {
  matterId: 'talent/test-subsidy',
  version: 1,
  title: '测试补贴',
  applicant: 'personal',
  fields: [{ id: 'note', label: '说明', kind: 'text', required: false }],
  materials: [{ id: 'contract', name: '劳动合同', exempt: false, required: false, maxFiles: 3 }],
  promisedDays: 15,
  delivery: '发放至本人银行卡'
}

const forms: ApplicationForm[] = [
  baseForm,
  { ...baseForm, workflow: 'subsidy' },
  {
    ...baseForm,
    workflow: 'subsidy',
    payout: [0, 1, 12, 24].map((m, i) => ({ label: `第 ${i + 1} 期`, amountYuan: 1000, monthsAfterApproval: m }))
  },
  // one step in kind, handed over the day of approval (人才卡制发)
  { ...baseForm, workflow: 'subsidy', payout: [{ label: '制发', monthsAfterApproval: 0 }] }
]

const text = '经审核符合条件，予以办理'
const COMMANDS: ApplicationCommand[] = [
  { event: 'accept', actor: 'office' },
  { event: 'review', actor: 'office' },
  { event: 'publicize', actor: 'office' },
  { event: 'decide', actor: 'office', outcome: 'approved', text },
  { event: 'decide', actor: 'office', outcome: 'denied', text },
  { event: 'pay', actor: 'office', note: '已转账' },
  { event: 'return', actor: 'office', note: '申请人撤回申请' },
  { event: 'requestAmend', actor: 'office', note: '请补充劳动合同', fields: ['note'], materials: ['contract'] },
  { event: 'amend', actor: 'applicant', answers: { note: '已补充' }, attachments: {} },
  { event: 'rate', actor: 'applicant', level: 1, reason: '办理时间太长了' },
  { event: 'callBack', actor: 'office', note: '已电话回访申请人' },
  { event: 'rectify', actor: 'office', note: '已优化审核流程' },
  // the applicant sending what only the office may
  { event: 'decide', actor: 'applicant', outcome: 'approved', text } as unknown as ApplicationCommand,
  { event: 'pay', actor: 'applicant' } as unknown as ApplicationCommand
]
// steps a few minutes to several months apart, now and then a clock set back
const gap = fc.oneof(
  fc.integer({ min: 0, max: 3 * HOUR }),
  fc.integer({ min: 1, max: 40 }).map((d) => d * 24 * HOUR),
  fc.integer({ min: 1, max: 14 }).map((m) => m * 30 * 24 * HOUR),
  fc.integer({ min: -48 * HOUR, max: 0 })
)

function create(form: ApplicationForm): Application {
  return createApplication(
    {
      idempotencyKey: 'k',
      matterId: form.matterId,
      formVersion: 1,
      zone: 'jiangmen',
      applicant: {
        name: '陈晓明',
        idType: 'mainland',
        idNumber: '11010519491231002X',
        phoneRegion: 'cn',
        phone: '13800138000'
      },
      answers: {},
      attachments: {}
    },
    form,
    { id: 'a', reference: 'JM20261123500001', matterName: form.title, at: T0 }
  )
}

/**
 * a step: a command picked from all of them, or (biased, seven steps in eight) from those the table allows in the
 * current status that move on rather than close (退回, 不予通过), so walks get far (to 已发放) as well as trying what
 * is refused; then the time that passes before it
 */
const step = fc.record({ pick: fc.nat(), biased: fc.nat(7).map((n) => n > 0), dt: gap })
const closes = (c: ApplicationCommand) => c.event === 'return' || (c.event === 'decide' && c.outcome === 'denied')
type Step = { pick: number; biased: boolean; dt: number }

function walk(form: ApplicationForm, steps: Step[], each: (a: Application) => void): void {
  let a = create(form)
  let clock = T0
  for (const { pick, biased, dt } of steps) {
    clock += dt
    const allowed = COMMANDS.filter((c) => !closes(c) && allowedEvents(a, c.actor).includes(c.event))
    const pool = biased && allowed.length ? allowed : COMMANDS
    const result = applyApplicationEvent(a, pool[pick % pool.length], clock)
    if (result.ok) a = result.application
    each(a)
  }
}

function holds(a: Application): void {
  const times = a.timeline.map((s) => s.at)
  expect([...times].sort((x, y) => x - y)).toEqual(times)
  const decision = a.decision
  const paid = (a.payments ?? []).filter((p) => p.paidAt !== undefined)
  if (paid.length > 0) {
    expect(decision?.outcome).toBe('approved')
    for (const p of paid) {
      expect(p.paidAt!).toBeGreaterThanOrEqual(decision!.at)
      // never before the day it falls due
      expect(p.paidAt!).toBeGreaterThanOrEqual(startOfShanghaiDay(p.dueOn))
    }
  }
  const events = a.timeline.map((s) => s.event)
  const firstPay = events.indexOf('pay')
  if (firstPay >= 0) expect(events.slice(0, firstPay)).toContain('decide')
  if (a.workflow === 'subsidy' && decision?.outcome === 'approved') {
    expect(a.publicity).toBeDefined()
    expect(decision.at).toBeGreaterThan(a.publicity!.endsAt)
    expect(a.publicity!.endsAt).toBeGreaterThanOrEqual(endOfShanghaiDay('2026-11-30'))
    expect(events.indexOf('publicize')).toBeLessThan(events.indexOf('decide'))
  }
  if (a.status === 'paid') expect(a.payments!.every((p) => p.paidAt !== undefined)).toBe(true)
  if (a.status === 'paying') expect(a.payments!.some((p) => p.paidAt === undefined)).toBe(true)
}

test('no payment before approval or due date, no approval before the publicity ends, timelines in order', () => {
  fc.assert(
    fc.property(fc.constantFrom(...forms), fc.array(step, { maxLength: 40, size: 'max' }), (form, steps) =>
      walk(form, steps, holds)
    ),
    { numRuns: 400 }
  )
})

test('the walks reach every subsidy status, so the property above is not vacuous', () => {
  const reached = new Set<string>()
  fc.assert(
    fc.property(fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }), (steps) =>
      walk(forms[3], steps, (a) => void reached.add(a.status))
    ),
    { numRuns: 400, seed: 20261123 }
  )
  expect([...reached].sort()).toEqual(
    ['accepted', 'amending', 'decided', 'paid', 'paying', 'publicizing', 'returned', 'reviewing', 'submitted'].sort()
  )
})
