import fc from 'fast-check'
import { APPEAL_CODES } from '@/core/appeals/codes'
import { parseDeadlinePolicies } from '@/core/appeals/deadlines'
import { addDays, endOfShanghaiDay, shanghaiDate } from '@/core/calendar'
import { APPEAL_MESSAGES, appealMessage } from '@/core/appeals/messages'
import {
  TERMINAL_STATUSES,
  TRANSITIONS,
  allowedEvents,
  applyEvent,
  createAppeal,
  type AppealCommand
} from '@/core/appeals/workflow'
import type { Appeal, AppealActor, AppealRequest, AppealStatus } from '@/core/appeals/types'
import type { RatingLevel } from '@/core/domain'
import policyData from '@/data/appeals/deadline-policies.json'
import { beijing } from './fixtures/deadline-probe'

const policies = parseDeadlinePolicies(policyData)
const MIN = 60_000
const HOUR = 60 * MIN
const T0 = beijing(2026, 3, 6, 17, 30) // a Friday

const request = (over: Partial<AppealRequest> = {}): AppealRequest => ({
  idempotencyKey: 'k1',
  zone: 'jiangmen',
  type: 'complaint',
  channel: 'enterprise',
  urgent: false,
  categoryCode: '0301',
  tags: ['用电'],
  content: '园区内企业连续三天停电，影响生产，请尽快协调供电部门处理。',
  location: { city: 'jiangmen', district: 'jianghai', address: '江海区高新区某某路1号' },
  photos: [],
  contact: { name: '陈大文', phoneRegion: 'cn', phone: '13812345678' },
  enterprise: { name: '江门市某某科技有限公司', creditCode: '91440700MA4UQ2XX3Q' },
  confidential: false,
  subscriptions: [],
  ...over
})

const routing = {
  unitId: 'jm-power',
  city: 'jiangmen' as const,
  confidence: 0.9,
  evidence: [{ term: '停电', weight: 2 }]
}

const create = (over: Partial<AppealRequest> = {}) =>
  createAppeal(request(over), { id: 'a1', reference: 'SQ20260306000001', routing, at: T0, policies })

/** applies commands that must all be accepted, one minute apart from `from` */
function run(appeal: Appeal, commands: AppealCommand[], from = appeal.updatedAt + MIN): Appeal {
  return commands.reduce((a, command, i) => {
    const result = applyEvent(a, command, from + i * MIN, policies)
    if (!result.ok) throw new Error(`${command.event} refused: ${result.reason}`)
    return result.appeal
  }, appeal)
}

const refusal = (appeal: Appeal, command: AppealCommand, at = appeal.updatedAt + MIN) => {
  const result = applyEvent(appeal, command, at, policies)
  return result.ok ? 'accepted' : result.reason
}

const accept: AppealCommand = { event: 'accept', actor: 'center' }
const dispatch = (unitId: string): AppealCommand => ({ event: 'dispatch', actor: 'center', unitId })
const start: AppealCommand = { event: 'start', actor: 'unit' }
const contact: AppealCommand = { event: 'contact', actor: 'unit' }
const reply: AppealCommand = {
  event: 'reply',
  actor: 'unit',
  text: '已协调供电局抢修线路，今日已恢复供电。',
  attachments: []
}
const revisit: AppealCommand = { event: 'revisit', actor: 'center' }
const rate = (level: RatingLevel, reason?: string): AppealCommand => ({
  event: 'rate',
  actor: 'citizen',
  level,
  reason
})

describe('createAppeal', () => {
  test('a submitted appeal with its submit entry and deadlines from the submission', () => {
    const a = create()
    expect(a).toMatchObject({
      id: 'a1',
      status: 'submitted',
      createdAt: T0,
      updatedAt: T0,
      redoCount: 0,
      replies: [],
      ratings: [],
      routing
    })
    expect(a.unitId).toBeUndefined()
    expect(a.timeline).toEqual([{ event: 'submit', actor: 'citizen', at: T0, from: null, to: 'submitted' }])
    expect(a.deadlines.map((d) => [d.kind, d.dueAt - T0, d.policy])).toEqual([
      ['contact', HOUR, 'jm-117'],
      ['reply', 24 * HOUR, 'jm-117'],
      ['close', endOfShanghaiDay(addDays(shanghaiDate(T0), 7)) - T0, 'jm-117'] // 24:00 of the 7th day
    ])
  })
})

describe('the 12345 loop', () => {
  test('happy path: 受理 → 派单 → 签收 → 联系 → 答复 → 回访 → 评价 → 办结', () => {
    const a = run(create(), [accept, dispatch('jm-power'), start, contact, reply, revisit, rate(5)])
    expect(a.status).toBe('closed')
    expect(a.unitId).toBe('jm-power')
    expect(a.timeline.map((e) => `${e.event}:${e.from}→${e.to}`)).toEqual([
      'submit:null→submitted',
      'accept:submitted→accepted',
      'dispatch:accepted→dispatched',
      'start:dispatched→processing',
      'contact:processing→processing',
      'reply:processing→replied',
      'revisit:replied→awaiting_rating',
      'rate:awaiting_rating→closed'
    ])
    expect(a.timeline.slice(2).every((e) => e.unitId === 'jm-power')).toBe(true)
    expect(a.replies).toEqual([
      { at: T0 + 5 * MIN, unitId: 'jm-power', text: '已协调供电局抢修线路，今日已恢复供电。', attachments: [] }
    ])
    expect(a.ratings).toEqual([{ at: T0 + 7 * MIN, level: 5, round: 1 }])
    // contact met at the contact command, reply at the reply, close at the rating
    expect(a.deadlines.map((d) => [d.kind, d.metAt])).toEqual([
      ['contact', T0 + 4 * MIN],
      ['reply', T0 + 5 * MIN],
      ['close', T0 + 7 * MIN]
    ])
    expect(a.updatedAt).toBe(T0 + 7 * MIN)
  })

  test('a reply without an earlier 联系 meets the contact deadline too', () => {
    const a = run(create(), [accept, dispatch('u1'), start, reply])
    expect(a.deadlines.filter((d) => d.kind !== 'close').every((d) => d.metAt === T0 + 4 * MIN)).toBe(true)
  })

  test('退单 then 派单 to another unit, then 改派', () => {
    const processing = run(create(), [accept, dispatch('u1'), start])
    expect(refusal(processing, { event: 'return', actor: 'unit', note: '不归' })).toBe('appeal.return.noteRequired')
    const returned = run(processing, [{ event: 'return', actor: 'unit', note: '  该路段供电不属于本单位辖区  ' }])
    expect(returned.status).toBe('accepted')
    expect(returned.unitId).toBeUndefined()
    expect(returned.timeline.at(-1)).toEqual({
      event: 'return',
      actor: 'unit',
      at: processing.updatedAt + MIN,
      from: 'processing',
      to: 'accepted',
      unitId: 'u1',
      note: '该路段供电不属于本单位辖区'
    })
    // back with the centre: it dispatches again (a unit cannot act on it now)
    expect(refusal(returned, start)).toBe('appeal.transition.invalid')
    expect(refusal(returned, { event: 'reassign', actor: 'center', unitId: 'u2' })).toBe('appeal.transition.invalid')
    const redispatched = run(returned, [dispatch('u2')])
    expect(redispatched).toMatchObject({ status: 'dispatched', unitId: 'u2' })
    expect(refusal(redispatched, { event: 'reassign', actor: 'center', unitId: 'u2' })).toBe('appeal.reassign.sameUnit')
    expect(refusal(redispatched, { event: 'reassign', actor: 'center', unitId: ' ' })).toBe('appeal.unit.required')
    const reassigned = run(redispatched, [
      start,
      { event: 'reassign', actor: 'center', unitId: 'u3', note: '改由属地街道办理' }
    ])
    expect(reassigned).toMatchObject({ status: 'dispatched', unitId: 'u3' })
    expect(reassigned.timeline.at(-1)).toMatchObject({
      event: 'reassign',
      from: 'processing',
      to: 'dispatched',
      unitId: 'u3',
      note: '改由属地街道办理'
    })
    // the deadlines keep counting from the submission
    expect(reassigned.deadlines).toEqual(create().deadlines)
  })

  test('差评 → 重办 by the same unit → the second rating closes it', () => {
    const awaiting = run(create(), [accept, dispatch('u1'), start, contact, reply, revisit])
    expect(refusal(awaiting, rate(2))).toBe('appeal.rate.reasonRequired')
    expect(refusal(awaiting, rate(1, ' 太差 '))).toBe('appeal.rate.reasonRequired')
    expect(refusal(awaiting, rate(6 as RatingLevel))).toBe('appeal.rate.levelInvalid')
    expect(refusal(awaiting, rate(2.5 as RatingLevel))).toBe('appeal.rate.levelInvalid')

    const badAt = beijing(2026, 3, 9, 10) // Monday
    const redo = applyEvent(awaiting, rate(2, '仍然经常停电，问题没有解决'), badAt, policies)
    if (!redo.ok) throw new Error(redo.reason)
    const a = redo.appeal
    expect(a).toMatchObject({ status: 'processing', redoCount: 1, unitId: 'u1' })
    expect(a.ratings).toEqual([{ at: badAt, level: 2, reason: '仍然经常停电，问题没有解决', round: 1 }])
    expect(a.timeline.at(-1)).toMatchObject({
      event: 'rate',
      from: 'awaiting_rating',
      to: 'processing',
      note: '仍然经常停电，问题没有解决'
    })
    // new deadlines of the redo policy, counted from the 差评: 1 and 15 working days
    expect(a.deadlines.map((d) => [d.kind, d.policy, d.metAt])).toEqual([
      ['contact', 'redo', undefined],
      ['reply', 'redo', undefined],
      ['close', 'redo', undefined]
    ])
    expect(a.deadlines[0].dueAt).toBe(beijing(2026, 3, 11) - 1) // end of Tue 10 March
    expect(a.deadlines[1].dueAt).toBe(beijing(2026, 3, 31) - 1) // end of Mon 30 March

    const again = run(a, [contact, reply, revisit])
    expect(refusal(again, rate(1))).toBe('appeal.rate.reasonRequired')
    const closed = run(again, [rate(1, '整改后仍未解决')])
    expect(closed).toMatchObject({ status: 'closed', redoCount: 1 })
    expect(closed.ratings.map((r) => [r.level, r.round])).toEqual([
      [2, 1],
      [1, 2]
    ])
    expect(closed.deadlines.find((d) => d.kind === 'close')?.metAt).toBe(closed.updatedAt)
  })

  test('a good second rating after 重办 closes it as well', () => {
    const a = run(create(), [
      accept,
      dispatch('u1'),
      start,
      reply,
      revisit,
      rate(1, '答复内容与事实不符'),
      reply,
      revisit,
      rate(4)
    ])
    expect(a.status).toBe('closed')
    expect(a.ratings.map((r) => r.round)).toEqual([1, 2])
  })

  test('办结 without a rating, and 表扬 closed straight after the reply', () => {
    const awaiting = run(create(), [accept, dispatch('u1'), start, reply, revisit])
    expect(run(awaiting, [{ event: 'close', actor: 'center', note: '评价期内未评价' }]).status).toBe('closed')
    const replied = run(create(), [accept, dispatch('u1'), start, reply])
    expect(refusal(replied, { event: 'close', actor: 'center' })).toBe('appeal.close.ratingPending')
    const praise = run(create({ type: 'praise', channel: 'personal' }), [accept, dispatch('u1'), start, reply])
    const closed = run(praise, [{ event: 'close', actor: 'center' }])
    expect(closed.status).toBe('closed')
    expect(closed.deadlines.find((d) => d.kind === 'close')?.metAt).toBe(closed.updatedAt)
  })

  test('撤回 before acceptance; not after', () => {
    const withdrawn = run(create(), [{ event: 'withdraw', actor: 'citizen', note: '问题已自行解决' }])
    expect(withdrawn.status).toBe('withdrawn')
    expect(withdrawn.timeline.at(-1)).toMatchObject({
      event: 'withdraw',
      actor: 'citizen',
      from: 'submitted',
      to: 'withdrawn',
      note: '问题已自行解决'
    })
    for (const status of ['accepted', 'dispatched', 'processing', 'replied', 'awaiting_rating'] as AppealStatus[]) {
      expect(refusal({ ...create(), status }, { event: 'withdraw', actor: 'citizen' })).toBe(
        'appeal.withdraw.afterAccept'
      )
    }
    expect(refusal(withdrawn, { event: 'withdraw', actor: 'citizen' })).toBe('appeal.transition.invalid')
    expect(refusal(withdrawn, accept)).toBe('appeal.transition.invalid')
  })
})

describe('refusals', () => {
  test('the wrong actor', () => {
    const a = create()
    expect(refusal(a, { event: 'accept', actor: 'citizen' })).toBe('appeal.actor.notAllowed')
    expect(refusal(a, { event: 'withdraw', actor: 'center' })).toBe('appeal.actor.notAllowed')
    expect(refusal(a, { event: 'dispatch', actor: 'unit', unitId: 'u1' })).toBe('appeal.actor.notAllowed')
    expect(refusal(a, { event: 'reply', actor: 'center', text: '已经处理完毕，感谢反映。' })).toBe(
      'appeal.actor.notAllowed'
    )
    expect(refusal(a, { event: 'rate', actor: 'unit', level: 5 })).toBe('appeal.actor.notAllowed')
  })

  test('an unknown event, and submit, which is not a command', () => {
    expect(refusal(create(), { event: 'delete', actor: 'center' } as unknown as AppealCommand)).toBe(
      'appeal.event.unknown'
    )
    expect(refusal(create(), { event: 'submit', actor: 'citizen' } as unknown as AppealCommand)).toBe(
      'appeal.event.unknown'
    )
    expect(refusal(create(), undefined as unknown as AppealCommand)).toBe('appeal.event.unknown')
  })

  test("a unit acting on another unit's appeal", () => {
    const a = run(create(), [accept, dispatch('u1')])
    expect(refusal(a, { ...start, actingUnitId: 'u2' })).toBe('appeal.unit.notAssigned')
    expect(refusal(a, { ...start, actingUnitId: 'u1' })).toBe('accepted')
  })

  test('payload checks', () => {
    const a = run(create(), [accept])
    expect(refusal(a, dispatch(''))).toBe('appeal.unit.required')
    const p = run(a, [dispatch('u1'), start])
    expect(refusal(p, { event: 'reply', actor: 'unit', text: ' 已处理 ', attachments: [] })).toBe(
      'appeal.reply.textTooShort'
    )
  })

  test('a time before the last entry', () => {
    const a = run(create(), [accept])
    expect(refusal(a, dispatch('u1'), a.updatedAt - 1)).toBe('appeal.time.beforeLast')
    expect(refusal(a, dispatch('u1'), Number.NaN)).toBe('appeal.time.beforeLast')
    expect(refusal(a, dispatch('u1'), a.updatedAt)).toBe('accepted')
  })

  test('every reason code has a distinct 简体 message', () => {
    expect(Object.keys(APPEAL_MESSAGES).sort()).toEqual([...APPEAL_CODES].sort())
    const texts = Object.values(APPEAL_MESSAGES)
    expect(new Set(texts).size).toBe(texts.length)
    for (const text of texts) expect(text).toMatch(/[\u4e00-\u9fff].{4,}/)
    expect(appealMessage('appeal.withdraw.afterAccept')).toContain('撤回')
    expect(appealMessage('nope')).toBe('nope')
  })

  test('allowedEvents lists what a page may offer', () => {
    expect(allowedEvents('submitted', 'citizen')).toEqual(['withdraw'])
    expect(allowedEvents('submitted', 'center')).toEqual(['accept'])
    expect(allowedEvents('processing', 'unit').sort()).toEqual(['contact', 'reply', 'return'])
    expect(allowedEvents('replied', 'center').sort()).toEqual(['close', 'revisit'])
    for (const status of TERMINAL_STATUSES)
      for (const actor of ['citizen', 'center', 'unit'] as AppealActor[])
        expect(allowedEvents(status, actor)).toEqual([])
  })
})

describe('property: random command sequences', () => {
  const ACTOR_OF = Object.fromEntries(TRANSITIONS.map((t) => [t.event, t.actor])) as Record<string, AppealActor>
  const text = fc.oneof(
    { arbitrary: fc.constantFrom('', '短'), weight: 1 },
    { arbitrary: fc.constantFrom('该事项不属于本单位职责范围', '已安排人员现场处理并整改完毕，请您留意'), weight: 4 }
  )
  const payload = fc.record({
    unitId: fc.constantFrom('u1', 'u2', ''),
    level: fc.integer({ min: 1, max: 5 }),
    reason: text,
    note: text
  })
  const command: fc.Arbitrary<AppealCommand> = fc
    .tuple(
      fc.constantFrom(
        'withdraw',
        'rate',
        'accept',
        'dispatch',
        'reassign',
        'revisit',
        'close',
        'start',
        'return',
        'contact',
        'reply'
      ),
      // mostly the right actor, so that deep states are reached
      fc.option(fc.constantFrom<AppealActor>('citizen', 'center', 'unit'), { freq: 4 }),
      payload
    )
    .map(
      ([event, actor, p]) =>
        ({
          event,
          actor: actor ?? ACTOR_OF[event],
          unitId: p.unitId,
          level: p.level,
          reason: p.reason,
          note: p.note,
          text: p.note,
          attachments: []
        }) as AppealCommand
    )
  /**
   * Most steps send an event the current status allows (with a random payload, so the row's
   * checks still refuse some), preferring the forward path so that 重办 and 办结 are reached
   * often; the rest are any command.
   */
  const FORWARD = ['accept', 'dispatch', 'start', 'contact', 'reply', 'revisit', 'rate']
  const step = fc.record({
    mode: fc.integer({ min: 0, max: 9 }).map((n) => (n < 6 ? 'forward' : n < 9 ? 'allowed' : 'any')),
    pick: fc.nat(),
    command,
    delta: fc.integer({ min: -MIN, max: 3 * 24 * HOUR })
  })
  const commandFor = (
    status: AppealStatus,
    s: { mode: string; pick: number; command: AppealCommand }
  ): AppealCommand => {
    const allowed = TRANSITIONS.filter((t) => t.from?.includes(status))
    const forward = allowed.filter((t) => FORWARD.includes(t.event))
    const rows = s.mode === 'forward' && forward.length > 0 ? forward : s.mode === 'any' ? [] : allowed
    if (rows.length === 0) return s.command
    const row = rows[s.pick % rows.length]
    return { ...s.command, event: row.event, actor: row.actor } as AppealCommand
  }

  const deepFreeze = <T>(o: T): T => {
    if (o && typeof o === 'object') {
      Object.values(o).forEach(deepFreeze)
      Object.freeze(o)
    }
    return o
  }

  test('stays inside the table, grows the timeline by one per accepted command, never goes back in time', () => {
    const reached = new Set<string>()
    fc.assert(
      fc.property(
        fc.constantFrom<AppealRequest['type']>('complaint', 'praise', 'consult'),
        fc.array(step, { minLength: 10, maxLength: 60 }),
        (type, steps) => {
          let appeal = deepFreeze(create({ type }))
          let at = T0
          for (const s of steps) {
            at += s.delta
            const before = appeal
            const cmd = commandFor(before.status, s)
            const result = applyEvent(before, cmd, at, policies)
            if (TERMINAL_STATUSES.includes(before.status)) expect(result.ok).toBe(false)
            if (!result.ok) {
              expect(APPEAL_CODES).toContain(result.reason)
              continue
            }
            appeal = deepFreeze(result.appeal)
            const entry = appeal.timeline.at(-1)!
            expect(appeal.timeline.length).toBe(before.timeline.length + 1)
            expect(appeal.timeline.slice(0, -1)).toEqual(before.timeline)
            expect(entry).toMatchObject({
              event: cmd.event,
              actor: cmd.actor,
              at,
              from: before.status,
              to: appeal.status
            })
            // the move is one of the table's rows
            const row = TRANSITIONS.find(
              (t) => t.event === cmd.event && t.actor === cmd.actor && t.from?.includes(before.status)
            )
            expect(row).toBeDefined()
            if (typeof row?.to === 'string') expect(appeal.status).toBe(row.to)
            else expect(['processing', 'closed']).toContain(appeal.status)
            expect(appeal.updatedAt).toBe(at)
            expect(appeal.redoCount).toBeLessThanOrEqual(1)
            expect(appeal.ratings.map((r) => r.round)).toEqual(appeal.ratings.map((_, i) => i + 1))
            reached.add(appeal.redoCount > 0 ? `${appeal.status}+redo` : appeal.status)
          }
          const times = appeal.timeline.map((e) => e.at)
          expect(times).toEqual([...times].sort((x, y) => x - y))
          appeal.timeline.forEach((e, i) => i > 0 && expect(e.from).toBe(appeal.timeline[i - 1].to))
          expect(appeal.timeline.at(-1)?.to).toBe(appeal.status)
        }
      ),
      { numRuns: 500 }
    )
    // the generator does reach every status, and the 重办 round
    expect([...reached].filter((s) => !s.endsWith('+redo')).sort()).toEqual(
      ['accepted', 'awaiting_rating', 'closed', 'dispatched', 'processing', 'replied', 'withdrawn'].sort()
    )
    expect(reached).toContain('closed+redo')
  })

  test('terminal states accept nothing', () => {
    const closed = run(create(), [accept, dispatch('u1'), start, reply, revisit, rate(5)])
    const withdrawn = run(create(), [{ event: 'withdraw', actor: 'citizen' }])
    fc.assert(
      fc.property(
        fc.constantFrom(closed, withdrawn),
        command,
        fc.integer({ min: 0, max: 10 * 24 * HOUR }),
        (appeal, cmd, delta) => {
          expect(applyEvent(appeal, cmd, appeal.updatedAt + delta, policies).ok).toBe(false)
        }
      )
    )
  })
})

describe('commands from outside with the wrong shape', () => {
  test.each([
    ['a null body', null, 'appeal.event.unknown'],
    ['a note that is a number', { event: 'return', actor: 'unit', note: 12345 }, 'appeal.command.invalid'],
    [
      'a reason that is an object',
      { event: 'rate', actor: 'citizen', level: 1, reason: { x: 1 } },
      'appeal.command.invalid'
    ],
    ['a reply text that is a list', { event: 'reply', actor: 'unit', text: ['a'] }, 'appeal.command.invalid'],
    [
      'attachments that are not photos',
      { event: 'reply', actor: 'unit', text: '已经处理完毕，请查收结果', attachments: 'x' },
      'appeal.command.invalid'
    ],
    ['a level that is a word', { event: 'rate', actor: 'citizen', level: 'good' }, 'appeal.rate.levelInvalid'],
    ['no actor', { event: 'accept' }, 'appeal.actor.notAllowed']
  ])('%s is refused with a reason', (_case, command, reason) => {
    const result = applyEvent(create(), command as unknown as AppealCommand, T0 + MIN, policies)
    expect(result).toEqual({ ok: false, reason })
  })

  test('property: no command, however malformed, makes the workflow throw', () => {
    const field = fc.oneof(fc.anything(), fc.string())
    const command = fc.oneof(
      fc.anything(),
      fc.record(
        {
          event: fc.oneof(fc.constantFrom('accept', 'dispatch', 'return', 'reply', 'rate', 'withdraw', 'close'), field),
          actor: fc.oneof(fc.constantFrom('citizen', 'center', 'unit'), field),
          note: field,
          reason: field,
          text: field,
          unitId: field,
          level: fc.oneof(fc.integer({ min: -2, max: 7 }), field),
          attachments: field
        },
        { requiredKeys: [] }
      )
    )
    // from every stage of the loop, so that each transition's own checks are reached
    const stages = [
      create(),
      run(create(), [accept]),
      run(create(), [accept, dispatch('u1')]),
      run(create(), [accept, dispatch('u1'), start]),
      run(create(), [accept, dispatch('u1'), start, reply]),
      run(create(), [accept, dispatch('u1'), start, contact, reply, revisit])
    ]
    fc.assert(
      fc.property(fc.constantFrom(...stages), command, (appeal, c) => {
        const result = applyEvent(appeal, c as AppealCommand, appeal.updatedAt + HOUR, policies)
        if (!result.ok) expect(typeof result.reason).toBe('string')
      }),
      { numRuns: 2000 }
    )
  })
})
