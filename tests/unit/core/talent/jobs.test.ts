import fc from 'fast-check'
import { addDays } from '@/core/calendar/shanghai-time'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import type { Rule } from '@/core/rules'
import {
  conditionLines,
  fairInstants,
  fairMonths,
  fairStatus,
  filterFairs,
  filterPostings,
  groupByMonth,
  INDUSTRIES,
  monthsOf,
  SALARY_BAND_IDS,
  SALARY_BANDS,
  salaryOverlaps,
  type JobFair,
  type JobPosting,
  type PostingFilter,
  type SalaryRange
} from '@/core/talent/jobs'
import { EDUCATION_LEVELS } from '@/core/talent/types'

// ── salary ranges

test('salary ranges overlap when they share a yuan, ends included; a range without a max is open upwards', () => {
  expect(salaryOverlaps({ min: 4000, max: 5000 }, { min: 5000, max: 8000 })).toBe(true)
  expect(salaryOverlaps({ min: 4000, max: 4999 }, { min: 5000, max: 8000 })).toBe(false)
  expect(salaryOverlaps({ min: 9000, max: 9500 }, { min: 5000, max: 8000 })).toBe(false)
  expect(salaryOverlaps({ min: 20000 }, SALARY_BANDS.over12k)).toBe(true)
  expect(salaryOverlaps({ min: 20000 }, SALARY_BANDS['8k-12k'])).toBe(false)
  expect(salaryOverlaps({ min: 6000 }, SALARY_BANDS['8k-12k'])).toBe(true)
})

const range: fc.Arbitrary<SalaryRange> = fc
  .tuple(fc.integer({ min: 0, max: 40000 }), fc.option(fc.integer({ min: 0, max: 40000 }), { nil: undefined }))
  .map(([a, b]) => (b === undefined ? { min: a } : { min: Math.min(a, b), max: Math.max(a, b) }))

test('overlap is symmetric and holds exactly when some yuan lies in both', () => {
  fc.assert(
    fc.property(range, range, (a, b) => {
      expect(salaryOverlaps(a, b)).toBe(salaryOverlaps(b, a))
      // the lowest yuan both could share: the larger minimum
      const low = Math.max(a.min, b.min)
      const inside = (r: SalaryRange) => low >= r.min && (r.max === undefined || low <= r.max)
      expect(salaryOverlaps(a, b)).toBe(inside(a) && inside(b))
    })
  )
})

// ── posting filters

const posting: fc.Arbitrary<JobPosting> = fc
  .record({
    id: fc.integer({ min: 1, max: 999 }).map((n) => `job-${String(n).padStart(3, '0')}`),
    industry: fc.constantFrom(...INDUSTRIES),
    district: fc.constantFrom(...JIANGMEN_DISTRICTS),
    education: fc.constantFrom(...EDUCATION_LEVELS),
    salary: range,
    postedOn: fc.integer({ min: 0, max: 90 }).map((n) => addDays('2026-09-01', n))
  })
  .map((p) => ({
    ...p,
    title: '技术员',
    employer: '江门市示例有限公司',
    employerType: 'private' as const,
    experienceYears: 0,
    headcount: 1,
    requirements: [],
    benefits: [],
    address: '江门市蓬江区',
    contact: { name: '人事部', phone: '0750-3000000' },
    sample: true as const
  }))

const filter: fc.Arbitrary<PostingFilter> = fc.record(
  {
    industry: fc.constantFrom(...INDUSTRIES),
    district: fc.constantFrom(...JIANGMEN_DISTRICTS),
    education: fc.constantFrom(...EDUCATION_LEVELS),
    salary: fc.constantFrom(...SALARY_BAND_IDS)
  },
  { requiredKeys: [] }
)
const FILTER_KEYS = ['industry', 'district', 'education', 'salary'] as const

test('every posting listed satisfies every filter chosen, and every one left out fails one of them', () => {
  fc.assert(
    fc.property(fc.array(posting, { maxLength: 40 }), filter, (postings, f) => {
      const checks = (p: JobPosting) => [
        !f.industry || p.industry === f.industry,
        !f.district || p.district === f.district,
        !f.education || EDUCATION_LEVELS.indexOf(p.education) <= EDUCATION_LEVELS.indexOf(f.education),
        !f.salary || salaryOverlaps(p.salary, SALARY_BANDS[f.salary])
      ]
      const listed = new Set(filterPostings(postings, f))
      for (const p of postings) expect(checks(p).every(Boolean)).toBe(listed.has(p))
    })
  )
})

test('removing a filter never shrinks the list: what was listed stays listed', () => {
  fc.assert(
    fc.property(fc.array(posting, { maxLength: 40 }), filter, fc.constantFrom(...FILTER_KEYS), (postings, f, key) => {
      const fewer = { ...f, [key]: undefined }
      const before = new Set(filterPostings(postings, f))
      const after = new Set(filterPostings(postings, fewer))
      for (const p of before) expect(after.has(p)).toBe(true)
    })
  )
})

test('a higher education of the user never lists fewer postings', () => {
  fc.assert(
    fc.property(fc.array(posting, { maxLength: 40 }), fc.integer({ min: 0, max: 3 }), (postings, i) => {
      const lower = filterPostings(postings, { education: EDUCATION_LEVELS[i] }).length
      expect(filterPostings(postings, { education: EDUCATION_LEVELS[i + 1] }).length).toBeGreaterThanOrEqual(lower)
    })
  )
})

test('postings are listed newest first, the same day by id', () => {
  fc.assert(
    fc.property(fc.array(posting, { maxLength: 40 }), (postings) => {
      const listed = filterPostings(postings, {})
      for (let i = 1; i < listed.length; i++) {
        const [a, b] = [listed[i - 1], listed[i]]
        expect(a.postedOn > b.postedOn || (a.postedOn === b.postedOn && a.id <= b.id)).toBe(true)
      }
    })
  )
})

// ── fairs

const fair = (date: string, extra: Partial<JobFair> = {}): JobFair => ({
  id: `fair-${date}`,
  title: '招聘会',
  date,
  start: '09:00',
  end: '12:00',
  mode: 'onsite',
  theme: 'general',
  city: 'jiangmen',
  organiser: '江门市人力资源和社会保障局',
  employers: 10,
  positions: 100,
  summary: '',
  sample: true,
  ...extra
})

test('a fair is upcoming before its day, today on it and ended after it (Beijing dates)', () => {
  const f = fair('2026-12-05')
  expect(fairStatus(f, '2026-12-04')).toBe('upcoming')
  expect(fairStatus(f, '2026-12-05')).toBe('today')
  expect(fairStatus(f, '2026-12-06')).toBe('ended')
})

test('an online fair open several days is today on each of them and ended after the last', () => {
  const week = fair('2026-11-30', { endDate: '2026-12-06', mode: 'online' })
  expect(fairStatus(week, '2026-11-29')).toBe('upcoming')
  for (let d = '2026-11-30'; d <= '2026-12-06'; d = addDays(d, 1)) expect(fairStatus(week, d)).toBe('today')
  expect(fairStatus(week, '2026-12-07')).toBe('ended')
})

test('a fair status never goes back: once ended, every later day is ended', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 200 }),
      fc.integer({ min: 0, max: 14 }),
      fc.integer({ min: 0, max: 300 }),
      (start, length, day) => {
        const f = fair(addDays('2026-11-01', start), length ? { endDate: addDays('2026-11-01', start + length) } : {})
        const today = addDays('2026-11-01', day)
        const order = ['upcoming', 'today', 'ended']
        expect(order.indexOf(fairStatus(f, addDays(today, 1)))).toBeGreaterThanOrEqual(
          order.indexOf(fairStatus(f, today))
        )
      }
    )
  )
})

test('a fair starts and ends at its times in Beijing, the last day for a fair of several days', () => {
  expect(fairInstants(fair('2026-12-05'))).toEqual({
    start: Date.parse('2026-12-05T09:00:00+08:00'),
    end: Date.parse('2026-12-05T12:00:00+08:00')
  })
  expect(fairInstants(fair('2026-11-30', { endDate: '2026-12-06', end: '18:00' }))?.end).toBe(
    Date.parse('2026-12-06T18:00:00+08:00')
  )
  expect(fairInstants(fair('2026-12-05', { start: '9 点' }))).toBeNull()
})

test('a fair across a month end is in both months; the month, mode and from filters all hold', () => {
  const across = fair('2027-02-22', { endDate: '2027-03-05', mode: 'online', id: 'across' })
  const march = fair('2027-03-06', { id: 'march' })
  const feb = fair('2027-02-15', { id: 'feb' })
  expect(fairMonths(across)).toEqual(['2027-02', '2027-03'])
  expect(monthsOf([march, across, feb])).toEqual(['2027-02', '2027-03'])
  expect(filterFairs([march, across, feb], { month: '2027-03' }).map((f) => f.id)).toEqual(['across', 'march'])
  expect(filterFairs([march, across, feb], { month: '2027-03', mode: 'onsite' }).map((f) => f.id)).toEqual(['march'])
  expect(filterFairs([march, across, feb], {}).map((f) => f.id)).toEqual(['feb', 'across', 'march'])
  // from a day on: the fairs still open then (a fair of several days until its last one)
  expect(filterFairs([march, across, feb], { from: '2027-03-05' }).map((f) => f.id)).toEqual(['across', 'march'])
  expect(filterFairs([march, across, feb], { from: '2027-03-06' }).map((f) => f.id)).toEqual(['march'])
})

test('fairs are grouped under the month they start in, months in order', () => {
  const groups = groupByMonth([fair('2027-01-09'), fair('2026-11-07'), fair('2026-11-28'), fair('2026-12-05')])
  expect(groups.map((g) => [g.month, g.items.map((f) => f.date)])).toEqual([
    ['2026-11', ['2026-11-07', '2026-11-28']],
    ['2026-12', ['2026-12-05']],
    ['2027-01', ['2027-01-09']]
  ])
})

// ── a housing rule as its condition list

test('a rule becomes one line per condition, alternatives indented under their group', () => {
  const edu = { fact: 'education', in: ['bachelor'], label: '学历' }
  const skill = { fact: 'skillLevel', op: '<=', value: 3, label: '职业技能等级', unit: '级' } as const
  const home = { fact: 'ownsHomeInCity', op: '==', value: false, label: '本市已有住房' } as const
  const rule: Rule = { all: [{ any: [edu, { all: [skill, home] }] }, home, { not: edu }] }
  expect(conditionLines(rule)).toEqual([
    { depth: 0, group: 'any' },
    { depth: 1, leaf: edu },
    { depth: 1, group: 'all' },
    { depth: 2, leaf: skill },
    { depth: 2, leaf: home },
    { depth: 0, leaf: home },
    { depth: 0, group: 'not' },
    { depth: 1, leaf: edu }
  ])
  expect(conditionLines(edu)).toEqual([{ depth: 0, leaf: edu }])
})
