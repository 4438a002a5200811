// The consultation workflow (投资咨询, 我要对接): 已提交 → 已受理 → (补正 →) 已对接, with the office's note of who met the
// company, when and in which park, → 已办结 with the result; 退回 from any open status; 好差评 once closed.
import {
  allowedEvents,
  applyApplicationEvent,
  createApplication,
  isClosedApplication,
  isStateConflict,
  type Application,
  type ApplicationCommand,
  type ApplicationForm
} from '@/core/applications'
import { addWorkingDaysAt } from '@/core/calendar'

// Monday 23 November 2026, 09:00 in Jiangmen
const T0 = Date.parse('2026-11-23T09:00:00+08:00')
const MIN = 60_000
const DAY = 24 * 60 * MIN

const form: ApplicationForm = {
  matterId: 'investment/test-consult',
  version: 1,
  title: '测试投资咨询',
  applicant: 'legal',
  workflow: 'consultation',
  fields: [{ id: 'message', label: '留言', kind: 'textarea', required: true }],
  materials: [{ id: 'plan', name: '项目计划书', exempt: false, required: false, maxFiles: 3 }],
  promisedDays: 3,
  delivery: '招商部门电话联系'
}

const create = (f: ApplicationForm = form) =>
  createApplication(
    {
      idempotencyKey: 'k1',
      matterId: f.matterId,
      formVersion: f.version,
      zone: 'shenjiang',
      applicant: {
        name: '陈晓明',
        idType: 'mainland',
        idNumber: '11010519491231002X',
        phoneRegion: 'cn',
        phone: '13800138000',
        company: { name: '深圳市示例储能科技有限公司', creditCode: '91440700MA4UQ2XX3Q' }
      },
      answers: { message: '想了解深江经济合作区的用地' },
      attachments: {}
    },
    f,
    { id: 'a1', reference: 'JM20261123500001', matterName: f.title, at: T0 }
  )

const accept: ApplicationCommand = { event: 'accept', actor: 'office' }
const connectNote = '12 月 2 日上午深江经济合作区招商部李经理与企业面谈，并实地考察银湖湾园区'
const connect: ApplicationCommand = { event: 'connect', actor: 'office', note: `  ${connectNote} ` }
const conclude: ApplicationCommand = {
  event: 'decide',
  actor: 'office',
  outcome: 'approved',
  text: '双方达成投资意向，拟在银湖湾园区用地 150 亩'
}
const ret: ApplicationCommand = { event: 'return', actor: 'office', note: '企业已通过线下渠道对接' }
const askAmend: ApplicationCommand = {
  event: 'requestAmend',
  actor: 'office',
  note: '请补充项目计划书，便于安排对接',
  fields: ['message'],
  materials: ['plan']
}
const amend: ApplicationCommand = {
  event: 'amend',
  actor: 'applicant',
  answers: { message: '计划投资 5 亿元建设储能电池生产线' },
  attachments: { plan: [{ path: 'data:application/pdf;base64,AA', size: 2, name: '计划书.pdf' }] }
}

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

test('an application keeps the consultation workflow of its form', () => {
  expect(create().workflow).toBe('consultation')
  expect(create().status).toBe('submitted')
  expect(allowedEvents(create(), 'office').sort()).toEqual(['accept', 'return'])
})

test('受理 starts the clock; then the office connects, asks for 补正 or returns, and nothing else', () => {
  const accepted = run(create(), [accept])
  expect(accepted.status).toBe('accepted')
  expect(accepted.deadline.dueAt).toBe(addWorkingDaysAt(accepted.updatedAt, 3))
  expect(allowedEvents(accepted, 'office').sort()).toEqual(['connect', 'requestAmend', 'return'])
  // no review, no decision before the meeting, none of a subsidy's steps
  for (const c of [
    { event: 'review', actor: 'office' },
    conclude,
    { event: 'publicize', actor: 'office' },
    { event: 'pay', actor: 'office' }
  ] as ApplicationCommand[])
    expect(refusal(accepted, c)).toBe('application.transition.invalid')
})

test('对接 carries the note of who met the company, when and where, and meets the time limit', () => {
  const accepted = run(create(), [accept])
  expect(refusal(accepted, { event: 'connect', actor: 'office', note: '  已联系 ' })).toBe(
    'application.connect.noteRequired'
  )
  expect(refusal(accepted, { event: 'connect', actor: 'office' } as ApplicationCommand)).toBe(
    'application.connect.noteRequired'
  )
  // a note too short is what the command says wrong (400), not the state (409)
  expect(isStateConflict('application.connect.noteRequired')).toBe(false)
  const at = accepted.updatedAt + DAY
  const connected = run(accepted, [connect], at)
  expect(connected.status).toBe('connected')
  expect(connected.timeline.at(-1)).toEqual({
    event: 'connect',
    actor: 'office',
    at,
    from: 'accepted',
    to: 'connected',
    note: connectNote
  })
  expect(connected.deadline.metAt).toBe(at)
  expect(isClosedApplication('connected')).toBe(false)
  expect(allowedEvents(connected, 'office').sort()).toEqual(['decide', 'return'])
  expect(allowedEvents(connected, 'applicant')).toEqual([])
})

test('办结 only after 对接, with a text that says the result; the time limit stays met at the meeting', () => {
  expect(refusal(create(), connect)).toBe('application.transition.invalid')
  const connected = run(create(), [accept, connect])
  expect(refusal(connected, { ...conclude, text: '好' } as ApplicationCommand)).toBe('application.decide.textRequired')
  expect(refusal(connected, { ...conclude, outcome: 'maybe' } as unknown as ApplicationCommand)).toBe(
    'application.decide.outcome'
  )
  const done = run(connected, [conclude], connected.updatedAt + 2 * DAY)
  expect(done.status).toBe('decided')
  expect(done.decision).toMatchObject({ outcome: 'approved', text: '双方达成投资意向，拟在银湖湾园区用地 150 亩' })
  expect(done.deadline.metAt).toBe(connected.deadline.metAt)
  expect(done.timeline.map((s) => [s.event, s.to])).toEqual([
    ['submit', 'submitted'],
    ['accept', 'accepted'],
    ['connect', 'connected'],
    ['decide', 'decided']
  ])
  // a meeting that led to nothing is concluded too, and says so
  const notAgreed = run(connected, [{ ...conclude, outcome: 'denied', text: '企业暂缓投资计划，保持联系' }])
  expect(notAgreed.decision?.outcome).toBe('denied')
  expect(refusal(done, connect)).toBe('application.transition.invalid')
})

test('补正 from 已受理 returns the consultation to 已受理, with the days spent added to the time limit', () => {
  const accepted = run(create(), [accept])
  const amending = run(accepted, [askAmend])
  expect(amending.status).toBe('amending')
  expect(refusal(amending, connect)).toBe('application.transition.invalid')
  // amended two working days later (Wednesday)
  const amended = run(amending, [amend], amending.updatedAt + 2 * DAY)
  expect(amended.status).toBe('accepted')
  expect(amended.answers.message).toBe('计划投资 5 亿元建设储能电池生产线')
  expect(amended.deadline.pausedDays).toBe(2)
  expect(amended.deadline.dueAt).toBe(addWorkingDaysAt(accepted.updatedAt, 5))
  expect(run(amended, [connect]).status).toBe('connected')
  // no 补正 after the meeting
  expect(refusal(run(amended, [connect]), askAmend)).toBe('application.transition.invalid')
})

test('退回 from every open status, never once concluded; a return after the meeting keeps its time', () => {
  const opens = [create(), run(create(), [accept]), run(create(), [accept, askAmend]), run(create(), [accept, connect])]
  for (const a of opens) expect(run(a, [ret]).status).toBe('returned')
  const connected = opens[3]
  expect(run(connected, [ret]).deadline.metAt).toBe(connected.deadline.metAt)
  expect(run(opens[0], [ret]).deadline.metAt).toBe(opens[0].updatedAt + MIN)
  expect(refusal(run(connected, [conclude]), ret)).toBe('application.transition.invalid')
})

test('好差评 once closed (办结 or 退回), never while connected; a 差评 is followed up', () => {
  const connected = run(create(), [accept, connect])
  expect(refusal(connected, { event: 'rate', actor: 'applicant', level: 5 })).toBe('application.transition.invalid')
  const done = run(connected, [conclude])
  expect(allowedEvents(done, 'applicant')).toEqual(['rate'])
  const rated = run(done, [{ event: 'rate', actor: 'applicant', level: 2, reason: '对接后迟迟没有下文' }])
  expect(rated.status).toBe('decided')
  expect(rated.ratings[0].followUp).toBeDefined()
  expect(
    run(rated, [{ event: 'callBack', actor: 'office', note: '已电话回访企业负责人' }]).ratings[0].followUp
  ).toMatchObject({ callbackNote: '已电话回访企业负责人' })
  expect(run(run(create(), [ret]), [{ event: 'rate', actor: 'applicant', level: 4 }]).ratings).toHaveLength(1)
})

test('only the office connects; a standard or subsidy application knows no 对接', () => {
  const accepted = run(create(), [accept])
  expect(refusal(accepted, { ...connect, actor: 'applicant' } as ApplicationCommand)).toBe(
    'application.actor.notAllowed'
  )
  for (const workflow of [undefined, 'subsidy'] as const) {
    const other = run(create({ ...form, workflow }), [accept])
    expect(refusal(other, connect)).toBe('application.transition.invalid')
    expect(allowedEvents(other, 'office')).not.toContain('connect')
    expect(allowedEvents(other, 'office')).toContain('review')
  }
})
