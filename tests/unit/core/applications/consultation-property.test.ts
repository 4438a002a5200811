// Property: whatever the office and the applicant send to a consultation, in whatever order and at whatever times
// (a clock that may even go backwards), it stays within its own statuses, is never concluded without a meeting
// (对接) after 受理, is rated only once closed, keeps its timeline in time order, and allowedEvents says exactly
// which events its status and workflow refuse.
import fc from 'fast-check'
import {
  allowedEvents,
  applyApplicationEvent,
  createApplication,
  isClosedApplication,
  type Application,
  type ApplicationCommand,
  type ApplicationForm
} from '@/core/applications'

const T0 = Date.parse('2026-11-23T09:00:00+08:00')
const HOUR = 60 * 60 * 1000

const form: ApplicationForm = {
  matterId: 'investment/test-consult',
  version: 1,
  title: '测试投资咨询',
  applicant: 'legal',
  workflow: 'consultation',
  fields: [{ id: 'message', label: '留言', kind: 'textarea', required: false }],
  materials: [{ id: 'plan', name: '项目计划书', exempt: false, required: false, maxFiles: 3 }],
  promisedDays: 3,
  delivery: '招商部门电话联系'
}

const STATUSES = ['submitted', 'accepted', 'amending', 'connected', 'decided', 'returned']
const text = '双方达成投资意向，择期签约'
const COMMANDS: ApplicationCommand[] = [
  { event: 'accept', actor: 'office' },
  { event: 'connect', actor: 'office', note: '招商部李经理与企业面谈并考察园区' },
  { event: 'connect', actor: 'office', note: '已联系' },
  { event: 'decide', actor: 'office', outcome: 'approved', text },
  { event: 'decide', actor: 'office', outcome: 'denied', text: '企业暂缓投资计划' },
  { event: 'return', actor: 'office', note: '企业已通过线下渠道对接' },
  { event: 'requestAmend', actor: 'office', note: '请补充项目计划书', fields: ['message'], materials: ['plan'] },
  { event: 'amend', actor: 'applicant', answers: { message: '已补充' }, attachments: {} },
  { event: 'rate', actor: 'applicant', level: 1, reason: '对接后迟迟没有下文' },
  { event: 'rate', actor: 'applicant', level: 5 },
  { event: 'callBack', actor: 'office', note: '已电话回访企业负责人' },
  { event: 'rectify', actor: 'office', note: '已安排专人跟进项目' },
  // other workflows' steps, and the applicant sending what only the office may
  { event: 'review', actor: 'office' },
  { event: 'publicize', actor: 'office' },
  { event: 'pay', actor: 'office' },
  { event: 'connect', actor: 'applicant', note: '我们已经见过面了' } as unknown as ApplicationCommand,
  { event: 'decide', actor: 'applicant', outcome: 'approved', text } as unknown as ApplicationCommand
]
const REFUSED_BY_STATE = ['application.transition.invalid', 'application.actor.notAllowed']

const gap = fc.oneof(
  fc.integer({ min: 0, max: 3 * HOUR }),
  fc.integer({ min: 1, max: 20 }).map((d) => d * 24 * HOUR),
  fc.integer({ min: -48 * HOUR, max: 0 })
)
/** a command from all of them or (biased, seven in eight) from those allowed now that do not close it */
const step = fc.record({ pick: fc.nat(), biased: fc.nat(7).map((n) => n > 0), dt: gap })
type Step = { pick: number; biased: boolean; dt: number }
const closes = (c: ApplicationCommand) => c.event === 'return' || (c.event === 'decide' && c.outcome === 'denied')

function create(): Application {
  return createApplication(
    {
      idempotencyKey: 'k',
      matterId: form.matterId,
      formVersion: 1,
      zone: 'shenjiang',
      applicant: {
        name: '陈晓明',
        idType: 'mainland',
        idNumber: '11010519491231002X',
        phoneRegion: 'cn',
        phone: '13800138000',
        company: { name: '深圳市示例储能科技有限公司', creditCode: '91440700MA4UQ2XX3Q' }
      },
      answers: {},
      attachments: {}
    },
    form,
    { id: 'a', reference: 'JM20261123500001', matterName: form.title, at: T0 }
  )
}

function walk(steps: Step[], each: (before: Application, c: ApplicationCommand, after: Application) => void) {
  let a = create()
  let clock = T0
  for (const { pick, biased, dt } of steps) {
    clock += dt
    const allowed = COMMANDS.filter((c) => !closes(c) && allowedEvents(a, c.actor).includes(c.event))
    const pool = biased && allowed.length ? allowed : COMMANDS
    const command = pool[pick % pool.length]
    const result = applyApplicationEvent(a, command, clock)
    // allowedEvents and the table agree: what it offers is never refused for the status, the rest always is
    const offered = allowedEvents(a, command.actor).includes(command.event)
    if (offered) expect(result.ok || !REFUSED_BY_STATE.includes(result.reason)).toBe(true)
    else expect(result.ok ? 'ok' : result.reason).toMatch(/^application\.(transition\.invalid|actor\.notAllowed)$/)
    const next = result.ok ? result.application : a
    each(a, command, next)
    a = next
  }
}

function holds(before: Application, command: ApplicationCommand, a: Application): void {
  expect(STATUSES).toContain(a.status)
  const times = a.timeline.map((s) => s.at)
  expect([...times].sort((x, y) => x - y)).toEqual(times)
  const events = a.timeline.map((s) => s.event)
  if (a.decision) {
    // concluded only from 已对接, which only a 受理 leads to
    const decided = events.lastIndexOf('decide')
    expect(events.slice(0, decided)).toContain('connect')
    expect(events.indexOf('accept')).toBeLessThan(events.indexOf('connect'))
  }
  if (a.status === 'connected' || a.status === 'decided') {
    expect(a.deadline.metAt).toBe(a.timeline.find((s) => s.event === 'connect')!.at)
    expect(Array.from(a.timeline.find((s) => s.event === 'connect')!.note ?? '').length).toBeGreaterThanOrEqual(5)
  }
  if (a.ratings.length > before.ratings.length) {
    expect(isClosedApplication(before.status)).toBe(true)
    expect(command.event).toBe('rate')
  }
  expect(a.ratings.length).toBeLessThanOrEqual(1)
}

test('within its statuses, never concluded without a meeting, rated once closed, timelines in order', () => {
  fc.assert(
    fc.property(fc.array(step, { maxLength: 40, size: 'max' }), (steps) => walk(steps, holds)),
    { numRuns: 400 }
  )
})

test('the walks reach every consultation status and a rating, so the property above is not vacuous', () => {
  const reached = new Set<string>()
  fc.assert(
    fc.property(fc.array(step, { minLength: 10, maxLength: 40, size: 'max' }), (steps) =>
      walk(steps, (_b, _c, a) => {
        reached.add(a.status)
        if (a.ratings.length) reached.add(`rated-${a.status}`)
      })
    ),
    { numRuns: 300, seed: 20261201 }
  )
  expect([...reached].sort()).toEqual([...STATUSES, 'rated-decided', 'rated-returned'].sort())
})
