import fc from 'fast-check'
import {
  countdownParts,
  deadlineState,
  deadlinesFor,
  dueAt,
  findPolicy,
  formatRemaining,
  markMet,
  nextDeadline,
  parseDeadlinePolicies,
  type DeadlineSubject
} from '@/core/appeals/deadlines'
import { addDays, isProvisionalInstant, isWorkingDay, shanghaiDate } from '@/core/calendar'
import type { AppealChannel, AppealType, Deadline } from '@/core/appeals/types'
import type { CityId } from '@/core/domain'
import policyData from '@/data/appeals/deadline-policies.json'
import { beijing } from './fixtures/deadline-probe'

const policies = parseDeadlinePolicies(policyData)
const HOUR = 3600_000
const DAY = 24 * HOUR
/** 23:59:59.999 Beijing time of a date */
const endOf = (y: number, m: number, d: number) => beijing(y, m, d + 1) - 1

const subject = (
  over: { channel?: AppealChannel; type?: AppealType; urgent?: boolean; city?: CityId } = {}
): DeadlineSubject => ({
  channel: over.channel ?? 'personal',
  type: over.type ?? 'consult',
  urgent: over.urgent ?? false,
  location: { city: over.city ?? 'jiangmen' }
})

const dueOf = (deadlines: Deadline[], kind: Deadline['kind']) => deadlines.find((d) => d.kind === kind)?.dueAt

const TYPES: AppealType[] = ['complaint', 'help', 'consult', 'suggestion', 'praise']
const CHANNELS: AppealChannel[] = ['personal', 'enterprise']
const CITIES: CityId[] = ['jiangmen', 'shenzhen', 'zhongshan']

describe('the policy data', () => {
  test('parses, and every appeal (and every 重办) finds a policy with reply and close', () => {
    for (const type of TYPES)
      for (const channel of CHANNELS)
        for (const city of CITIES)
          for (const urgent of [false, true])
            for (const redo of [false, true]) {
              const policy = findPolicy(subject({ type, channel, city, urgent }), policies, { redo })
              expect(policy).not.toBeNull()
              expect(policy?.rules.map((r) => r.kind)).toEqual(expect.arrayContaining(['reply', 'close']))
              expect(policy?.basis).toMatch(/[\u4e00-\u9fff]/)
            }
  })

  test('the first matching policy wins', () => {
    expect(findPolicy(subject({ channel: 'enterprise' }), policies)?.id).toBe('jm-117')
    expect(findPolicy(subject({ channel: 'enterprise', urgent: true }), policies)?.id).toBe('jm-117')
    expect(findPolicy(subject({ channel: 'enterprise', city: 'zhongshan' }), policies)?.id).toBe('zs-enterprise')
    expect(findPolicy(subject({ channel: 'enterprise', city: 'shenzhen', type: 'help' }), policies)?.id).toBe('help')
    expect(findPolicy(subject({ type: 'complaint', urgent: true }), policies)?.id).toBe('urgent')
    expect(findPolicy(subject({ channel: 'enterprise' }), policies, { redo: true })?.id).toBe('redo')
    for (const type of TYPES) expect(findPolicy(subject({ type }), policies)?.id).toBe(type)
  })

  test('the numbers of the anchors', () => {
    const rules = (id: string) => policies.find((p) => p.id === id)?.rules.map((r) => `${r.kind}:${r.amount}${r.unit}`)
    expect(rules('jm-117')).toEqual(['contact:1hours', 'reply:24hours', 'close:7days'])
    expect(rules('zs-enterprise')).toEqual(['contact:1hours', 'reply:3workingDays', 'close:5workingDays'])
    expect(rules('urgent')?.slice(0, 2)).toEqual(['contact:1hours', 'reply:3workingDays'])
    expect(rules('redo')?.slice(0, 2)).toEqual(['contact:1workingDays', 'reply:15workingDays'])
    expect(rules('consult')?.[0]).toBe('reply:3workingDays')
    expect(rules('help')?.[0]).toBe('reply:3workingDays')
    expect(rules('complaint')?.[0]).toBe('reply:13workingDays')
    expect(rules('suggestion')?.[0]).toBe('reply:13workingDays')
  })

  test('bad data is refused with the policy named', () => {
    const good = { id: 'x', when: {}, rules: [{ kind: 'reply', amount: 1, unit: 'hours' }], basis: '示例' }
    expect(() => parseDeadlinePolicies({})).toThrow(TypeError)
    expect(() => parseDeadlinePolicies([good, good])).toThrow(/x/)
    expect(() => parseDeadlinePolicies([{ ...good, when: { colour: 'red' } }])).toThrow(/when/)
    expect(() => parseDeadlinePolicies([{ ...good, rules: [{ kind: 'reply', amount: 0, unit: 'hours' }] }])).toThrow(
      TypeError
    )
    expect(() => parseDeadlinePolicies([{ ...good, rules: [{ kind: 'reply', amount: 1, unit: 'weeks' }] }])).toThrow(
      TypeError
    )
    expect(() => parseDeadlinePolicies([{ ...good, rules: [...good.rules, ...good.rules] }])).toThrow(
      /one rule per kind/
    )
    expect(() => parseDeadlinePolicies([{ ...good, basis: '' }])).toThrow(TypeError)
    expect(parseDeadlinePolicies([good])[0].rules[0]).toEqual({ kind: 'reply', amount: 1, unit: 'hours' })
  })

  test('no matching policy gives no deadlines', () => {
    expect(deadlinesFor(subject(), 0, [])).toEqual([])
  })
})

describe('deadlinesFor', () => {
  test('a Jiangmen enterprise appeal gets the 117 deadlines, recorded with their rule', () => {
    const at = beijing(2026, 3, 6, 17, 30) // Friday
    expect(deadlinesFor(subject({ channel: 'enterprise' }), at, policies)).toEqual([
      { kind: 'contact', dueAt: at + HOUR, amount: 1, unit: 'hours', policy: 'jm-117' },
      { kind: 'reply', dueAt: at + 24 * HOUR, amount: 24, unit: 'hours', policy: 'jm-117' },
      { kind: 'close', dueAt: endOf(2026, 3, 13), amount: 7, unit: 'days', policy: 'jm-117' }
    ])
  })

  test('117 hours and days run through weekends and holidays', () => {
    const at = beijing(2026, 9, 30, 16) // eve of National Day
    const d = deadlinesFor(subject({ channel: 'enterprise' }), at, policies)
    expect(dueOf(d, 'reply')).toBe(beijing(2026, 10, 1, 16))
    // 7 days end at 24:00 of 7 October (民法典 art. 201/203), holidays included
    expect(dueOf(d, 'close')).toBe(endOf(2026, 10, 7))
  })

  test('a complaint filed on 14 December 2026 crosses New Year 2026/27: 元旦 2027 is a rest day', () => {
    // 13 working days: 15–18 Dec (4), 21–25 Dec (9), 28–31 Dec (13); the 15-day close skips 1–3 Jan
    const d = deadlinesFor(subject({ type: 'complaint' }), beijing(2026, 12, 14, 10), policies)
    expect(dueOf(d, 'reply')).toBe(endOf(2026, 12, 31))
    expect(dueOf(d, 'close')).toBe(endOf(2027, 1, 5)) // Mon 4 Jan (14), Tue 5 Jan (15); 1 Jan is 元旦
    expect(isProvisionalInstant(dueOf(d, 'reply')!)).toBe(false)
    expect(isProvisionalInstant(dueOf(d, 'close')!)).toBe(true) // 2027's 调休 is not published yet
  })

  test('a complaint filed before the 2027 Spring Festival skips 除夕 to 初三 and the 补假', () => {
    // filed Mon 25 Jan 2027: 26–29 Jan (4), 1–4 Feb (8), then 5–10 Feb rest (除夕 5 Feb, 初一–初三 6–8 Feb,
    // 补假 9–10 Feb for the weekend), 11–12 Feb (10), 15–17 Feb (13)
    const d = deadlinesFor(subject({ type: 'complaint' }), beijing(2027, 1, 25, 9), policies)
    expect(dueOf(d, 'reply')).toBe(endOf(2027, 2, 17))
    expect(dueOf(d, 'close')).toBe(endOf(2027, 2, 19))
    expect(isProvisionalInstant(dueOf(d, 'reply')!)).toBe(true)
  })

  test('weekends are skipped', () => {
    const d = deadlinesFor(subject({ type: 'help' }), beijing(2026, 3, 6, 16), policies) // Friday
    expect(dueOf(d, 'reply')).toBe(endOf(2026, 3, 11)) // Mon, Tue, Wed
    expect(dueOf(d, 'close')).toBe(endOf(2026, 3, 13))
  })

  test('make-up working days count: Sunday 20 Sept 2026 is worked before National Day', () => {
    const d = deadlinesFor(subject(), beijing(2026, 9, 18, 10), policies) // Friday
    expect(dueOf(d, 'reply')).toBe(endOf(2026, 9, 22)) // Sun 20, Mon 21, Tue 22
    // and Saturday 10 Oct after it: 8, 9, 10 Oct
    expect(dueOf(deadlinesFor(subject(), beijing(2026, 9, 30, 10), policies), 'reply')).toBe(endOf(2026, 10, 10))
  })

  test('official holidays are skipped: National Day 2026 (1–7 Oct)', () => {
    const d = deadlinesFor(subject({ type: 'complaint' }), beijing(2026, 9, 30, 10), policies)
    expect(dueOf(d, 'reply')).toBe(endOf(2026, 10, 23))
    expect(dueOf(d, 'close')).toBe(endOf(2026, 10, 27))
  })

  test("month and year ends: a consult filed on New Year's Eve evening", () => {
    const d = deadlinesFor(subject(), beijing(2025, 12, 31, 21, 45), policies)
    // 1–3 Jan 2026 holiday, Sunday 4 Jan worked, then Mon 5 and Tue 6
    expect(dueOf(d, 'reply')).toBe(endOf(2026, 1, 6))
    expect(dueOf(d, 'close')).toBe(endOf(2026, 1, 8))
    // filed after Beijing midnight (still 31 Dec in UTC) the day counted from is 1 Jan
    expect(shanghaiDate(beijing(2026, 1, 1, 0, 30))).toBe('2026-01-01')
    expect(dueOf(deadlinesFor(subject(), beijing(2026, 1, 1, 0, 30), policies), 'reply')).toBe(endOf(2026, 1, 6))
  })

  test('the end of a month: a complaint filed on 30 April 2026 before Labour Day', () => {
    // 1–5 May holiday, Saturday 9 May worked
    const d = deadlinesFor(subject({ type: 'complaint' }), beijing(2026, 4, 30, 9), policies)
    // 6,7,8,9,11,12,13,14,15,18,19,20,21 May
    expect(dueOf(d, 'reply')).toBe(endOf(2026, 5, 21))
  })

  test('重办 deadlines count from the 差评', () => {
    const d = deadlinesFor(subject({ channel: 'enterprise' }), beijing(2026, 2, 13, 15, 30), policies, { redo: true })
    expect(d.map((x) => x.policy)).toEqual(['redo', 'redo', 'redo'])
    expect(dueOf(d, 'contact')).toBe(endOf(2026, 2, 14)) // the make-up Saturday
  })

  const instant = fc.integer({ min: beijing(2025, 1, 1), max: beijing(2026, 12, 20) })
  const anySubject = fc
    .record({
      channel: fc.constantFrom(...CHANNELS),
      type: fc.constantFrom(...TYPES),
      urgent: fc.boolean(),
      city: fc.constantFrom(...CITIES)
    })
    .map(subject)

  test('property: every deadline is after the start', () => {
    fc.assert(
      fc.property(anySubject, instant, fc.boolean(), (s, at, redo) => {
        const d = deadlinesFor(s, at, policies, { redo })
        expect(d.length).toBeGreaterThan(0)
        for (const x of d) expect(x.dueAt).toBeGreaterThan(at)
      }),
      { numRuns: 300 }
    )
  })

  test('property: the close deadline is never before the reply deadline', () => {
    fc.assert(
      fc.property(anySubject, instant, fc.boolean(), (s, at, redo) => {
        const d = deadlinesFor(s, at, policies, { redo })
        expect(dueOf(d, 'close')!).toBeGreaterThanOrEqual(dueOf(d, 'reply')!)
      }),
      { numRuns: 300 }
    )
  })

  test('property: more working days are never earlier (and a later start never earlier)', () => {
    fc.assert(
      fc.property(
        instant,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 5 * DAY }),
        (at, a, b, later) => {
          const [n, m] = a <= b ? [a, b] : [b, a]
          const dn = dueAt(at, { amount: n, unit: 'workingDays' })
          const dm = dueAt(at, { amount: m, unit: 'workingDays' })
          if (n < m) expect(dm).toBeGreaterThan(dn)
          else expect(dm).toBe(dn)
          expect(dueAt(at + later, { amount: n, unit: 'workingDays' })).toBeGreaterThanOrEqual(dn)
        }
      ),
      { numRuns: 300 }
    )
  })

  test('property: working-day deadlines end at 23:59:59.999 Beijing time of a working day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 20 }), (at, n) => {
        const due = dueAt(at, { amount: n, unit: 'workingDays' })
        expect((due + 8 * HOUR) % DAY).toBe(DAY - 1)
        expect(isWorkingDay(shanghaiDate(due))).toBe(true)
        expect(shanghaiDate(due) > shanghaiDate(at)).toBe(true)
      }),
      { numRuns: 300 }
    )
  })

  test('property: hours are exact; n days end at 24:00 of the n-th calendar day', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 100 }), (at, n) => {
        expect(dueAt(at, { amount: n, unit: 'hours' })).toBe(at + n * HOUR)
        const due = dueAt(at, { amount: n, unit: 'days' })
        expect(shanghaiDate(due)).toBe(addDays(shanghaiDate(at), n))
        expect(shanghaiDate(due + 1)).toBe(addDays(shanghaiDate(at), n + 1))
        // never shorter than n full days of 24 hours, never a day longer
        expect(due - at).toBeGreaterThanOrEqual(n * DAY - 1)
        expect(due - at).toBeLessThan((n + 1) * DAY)
      })
    )
  })
})

describe('state of deadlines', () => {
  const at = beijing(2026, 3, 6, 17, 30)
  const d = deadlinesFor(subject({ channel: 'enterprise' }), at, policies)

  test('markMet sets metAt once, on unmet deadlines of the kind, without changing its input', () => {
    const met = markMet(d, 'contact', at + 10 * 60_000)
    expect(met[0].metAt).toBe(at + 10 * 60_000)
    expect(met.slice(1)).toEqual(d.slice(1))
    expect(d[0].metAt).toBeUndefined()
    expect(markMet(met, 'contact', at + HOUR * 5)[0].metAt).toBe(at + 10 * 60_000)
  })

  test('deadlineState: remaining, overdue, met on time or late', () => {
    expect(deadlineState(d[0], at)).toEqual({ met: false, overdue: false, remainingMs: HOUR })
    expect(deadlineState(d[0], at + HOUR)).toEqual({ met: false, overdue: false, remainingMs: 0 })
    expect(deadlineState(d[0], at + HOUR + 1)).toEqual({ met: false, overdue: true, remainingMs: -1 })
    const early = markMet(d, 'contact', at + 1000)[0]
    expect(deadlineState(early, at + 10 * DAY)).toEqual({ met: true, overdue: false, remainingMs: HOUR - 1000 })
    const late = markMet(d, 'contact', at + 2 * HOUR)[0]
    expect(deadlineState(late, at + 10 * DAY)).toEqual({ met: true, overdue: true, remainingMs: -HOUR })
  })

  test('nextDeadline: the earliest unmet ahead; an overdue one first; null when all are met', () => {
    expect(nextDeadline(d, at)?.kind).toBe('contact')
    expect(nextDeadline(markMet(d, 'contact', at), at)?.kind).toBe('reply')
    // contact missed: it stays the one shown even when the reply deadline is still ahead
    expect(nextDeadline(d, at + 2 * HOUR)?.kind).toBe('contact')
    expect(nextDeadline([...d].reverse(), at + 2 * HOUR)?.kind).toBe('contact')
    const allMet = markMet(markMet(markMet(d, 'contact', at), 'reply', at), 'close', at)
    expect(nextDeadline(allMet, at)).toBeNull()
    expect(nextDeadline([], at)).toBeNull()
  })

  test('countdownParts and formatRemaining', () => {
    expect(countdownParts(2 * DAY + 3 * HOUR + 4 * 60_000 + 5_999)).toEqual({
      days: 2,
      hours: 3,
      minutes: 4,
      seconds: 5
    })
    expect(countdownParts(0)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 })
    expect(countdownParts(-5000)).toEqual({ days: 0, hours: 0, minutes: 0, seconds: 0 })
    expect(formatRemaining(-(HOUR + 1000))).toEqual({ overdue: true, days: 0, hours: 1, minutes: 0, seconds: 1 })
    expect(formatRemaining(59_999)).toEqual({ overdue: false, days: 0, hours: 0, minutes: 0, seconds: 59 })
  })

  test('property: the parts add back up to the whole seconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100 * DAY, max: 100 * DAY }), (ms) => {
        const p = formatRemaining(ms)
        expect(p.overdue).toBe(ms < 0)
        expect(p.hours).toBeLessThan(24)
        expect(p.minutes).toBeLessThan(60)
        expect(p.seconds).toBeLessThan(60)
        expect(((p.days * 24 + p.hours) * 60 + p.minutes) * 60 + p.seconds).toBe(Math.floor(Math.abs(ms) / 1000))
      })
    )
  })
})
