import fc from 'fast-check'
import { addDays } from '@/core/calendar/shanghai-time'
import { policyStatus } from '@/core/talent/policy-status'
import type { ApplicationWindow, TalentPolicy } from '@/core/talent/types'

type Dated = Pick<TalentPolicy, 'effectiveFrom' | 'expiresOn' | 'window'>
const QUARTER: ApplicationWindow = { kind: 'periodic', months: [3, 6, 9, 12], days: [1, 15] }
const policy = (window: ApplicationWindow, effectiveFrom = '2025-02-01', expiresOn = '2029-12-31'): Dated => ({
  effectiveFrom,
  expiresOn,
  window
})

test('a quarterly window (3、6、9、12 月 1–15 日) is open on its days and names the next start otherwise', () => {
  expect(policyStatus(policy(QUARTER), '2026-12-01')).toEqual({ status: 'open', closesOn: '2026-12-15' })
  expect(policyStatus(policy(QUARTER), '2026-12-15')).toEqual({ status: 'open', closesOn: '2026-12-15' })
  expect(policyStatus(policy(QUARTER), '2026-12-16')).toEqual({ status: 'closed-window', nextOpensOn: '2027-03-01' })
  expect(policyStatus(policy(QUARTER), '2026-10-20')).toEqual({ status: 'closed-window', nextOpensOn: '2026-12-01' })
  // the policy ends before the next window: nothing to wait for
  expect(policyStatus(policy(QUARTER, '2025-02-01', '2027-02-28'), '2026-12-20')).toEqual({ status: 'closed-window' })
  // the last window is cut at the policy's last day
  expect(policyStatus(policy(QUARTER, '2025-02-01', '2026-12-10'), '2026-12-05')).toEqual({
    status: 'open',
    closesOn: '2026-12-10'
  })
})

test('days past the end of a short month close on its last day', () => {
  const late = policy({ kind: 'periodic', months: [2], days: [25, 31] })
  expect(policyStatus(late, '2027-02-28')).toEqual({ status: 'open', closesOn: '2027-02-28' })
  expect(policyStatus(late, '2027-03-01')).toEqual({ status: 'closed-window', nextOpensOn: '2028-02-25' })
})

test('a 申报期 is open within it, awaited before it and over after it', () => {
  const period = policy({ kind: 'period', from: '2026-04-01', to: '2026-05-31' })
  expect(policyStatus(period, '2026-03-31')).toEqual({ status: 'closed-window', nextOpensOn: '2026-04-01' })
  expect(policyStatus(period, '2026-04-01')).toEqual({ status: 'open', closesOn: '2026-05-31' })
  expect(policyStatus(period, '2026-12-01')).toEqual({ status: 'closed-window' })
})

test('validity comes first: not yet in force, then expired the day after its last day', () => {
  const yearRound = policy({ kind: 'year_round' }, '2025-02-01', '2026-11-30')
  expect(policyStatus(yearRound, '2025-01-31')).toEqual({ status: 'not-yet', from: '2025-02-01' })
  expect(policyStatus(yearRound, '2026-11-30')).toEqual({ status: 'open', closesOn: '2026-11-30' })
  expect(policyStatus(yearRound, '2026-12-01')).toEqual({ status: 'expired', expiredOn: '2026-11-30' })
})

// ── properties over any policy and any day

const BASE = '2020-01-01'
const day = (n: number): string => addDays(BASE, n)
const windowArb: fc.Arbitrary<ApplicationWindow> = fc.oneof(
  fc.constant<ApplicationWindow>({ kind: 'year_round' }),
  fc
    .record({
      months: fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 12 }),
      first: fc.integer({ min: 1, max: 31 }),
      length: fc.integer({ min: 0, max: 30 })
    })
    .map(({ months, first, length }): ApplicationWindow => ({
      kind: 'periodic',
      months,
      days: [first, Math.min(31, first + length)]
    })),
  fc
    .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 400 }))
    .map(([from, length]): ApplicationWindow => ({ kind: 'period', from: day(from), to: day(from + length) }))
)
const policyArb: fc.Arbitrary<Dated> = fc
  .tuple(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 1, max: 2000 }), windowArb)
  .map(([from, length, window]) => ({ effectiveFrom: day(from), expiresOn: day(from + length), window }))

test('an expired policy is never open, for any day after its last', () => {
  fc.assert(
    fc.property(policyArb, fc.integer({ min: 1, max: 5000 }), (p, after) => {
      expect(policyStatus(p, addDays(p.expiresOn, after))).toEqual({ status: 'expired', expiredOn: p.expiresOn })
    })
  )
})

test('open only while in force, closing no later than its last day; a next start is in force and open', () => {
  fc.assert(
    fc.property(policyArb, fc.integer({ min: 0, max: 6500 }), (p, n) => {
      const today = day(n)
      const s = policyStatus(p, today)
      if (s.status === 'open') {
        expect(p.effectiveFrom <= today && today <= s.closesOn && s.closesOn <= p.expiresOn).toBe(true)
        // open until closesOn, then not open on the day after
        expect(policyStatus(p, s.closesOn).status).toBe('open')
        expect(policyStatus(p, addDays(s.closesOn, 1)).status).not.toBe('open')
      }
      if (s.status === 'closed-window' && s.nextOpensOn !== undefined) {
        expect(today < s.nextOpensOn && s.nextOpensOn <= p.expiresOn).toBe(true)
        expect(policyStatus(p, s.nextOpensOn).status).toBe('open')
        // nothing opens before it
        expect(policyStatus(p, addDays(s.nextOpensOn, -1)).status).toBe('closed-window')
      }
      if (s.status === 'not-yet') expect(today < p.effectiveFrom).toBe(true)
      if (s.status === 'expired') expect(today > p.expiresOn).toBe(true)
    })
  )
})

test('a year-round policy is open on every day it is in force', () => {
  fc.assert(
    fc.property(policyArb, fc.integer({ min: 0, max: 2000 }), (p, n) => {
      const today = addDays(p.effectiveFrom, n)
      if (today > p.expiresOn) return
      expect(policyStatus({ ...p, window: { kind: 'year_round' } }, today)).toEqual({
        status: 'open',
        closesOn: p.expiresOn
      })
    })
  )
})
