import fc from 'fast-check'
import { elapsed, evaluate, factsOf, judge, missing, ruleProblem, type Facts, type Rule } from '@/core/rules'

const TODAY = '2026-12-01'

// 江门 sample: a graduate under 35, with a bachelor's degree or more, within 3 years of graduating, 6 months of
// 社保 in the city, and not already holding a home here
const GRADUATE_SUBSIDY: Rule = {
  all: [
    { fact: 'birthDate', since: 'years', op: '<=', value: 35, label: '年龄', unit: '岁' },
    { fact: 'education', in: ['bachelor', 'master', 'doctor'], label: '学历' },
    { fact: 'graduationYear', op: '>=', value: { yearsAgo: 3 }, label: '毕业年份' },
    { fact: 'socialInsuranceMonths', op: '>=', value: 6, label: '社保缴纳', unit: '个月' },
    { not: { fact: 'ownsHomeInCity', op: '==', value: true, label: '本市已有住房' } }
  ]
}

const eligible: Facts = {
  birthDate: '1998-05-20',
  education: 'master',
  graduationYear: 2024,
  socialInsuranceMonths: 8,
  ownsHomeInCity: false
}

test('every condition met: met, and each leaf says so', () => {
  const e = evaluate(GRADUATE_SUBSIDY, eligible, TODAY)
  expect(e.outcome).toBe('met')
  expect(e.leaves.map((l) => l.outcome)).toEqual(['met', 'met', 'met', 'met', 'unmet'])
  expect(e.leaves[0].actual).toBe(28)
  expect(missing(e)).toEqual([])
})

test('a near miss names the condition and by how much: 还差 4 个月社保', () => {
  const e = evaluate(GRADUATE_SUBSIDY, { ...eligible, socialInsuranceMonths: 2 }, TODAY)
  expect(e.outcome).toBe('unmet')
  expect(missing(e).map((l) => [l.leaf.label, l.gap, l.leaf.unit])).toEqual([['社保缴纳', 4, '个月']])
})

test('under a not, a met condition is what stands in the way', () => {
  const e = evaluate(GRADUATE_SUBSIDY, { ...eligible, ownsHomeInCity: true }, TODAY)
  expect(e.outcome).toBe('unmet')
  expect(missing(e).map((l) => l.leaf.label)).toEqual(['本市已有住房'])
})

test('dates relative to today in Beijing: the age turns on the birthday, the year window moves with the year', () => {
  expect(elapsed('1991-12-01', TODAY, 'years')).toBe(35)
  expect(elapsed('1991-12-02', TODAY, 'years')).toBe(34)
  expect(elapsed('2026-06-15', TODAY, 'months')).toBe(5)
  expect(elapsed('2026-11-30', TODAY, 'days')).toBe(1)
  expect(elapsed('2026-02-30', TODAY, 'days')).toBeUndefined()
  expect(evaluate(GRADUATE_SUBSIDY, { ...eligible, birthDate: '1990-11-30' }, TODAY).outcome).toBe('unmet')
  expect(evaluate(GRADUATE_SUBSIDY, { ...eligible, graduationYear: 2023 }, TODAY).outcome).toBe('met')
  expect(evaluate(GRADUATE_SUBSIDY, { ...eligible, graduationYear: 2023 }, '2027-01-04').outcome).toBe('unmet')
})

test('an answer not given is unknown, never met; any of several is met by one', () => {
  const { socialInsuranceMonths: _, ...partial } = eligible
  void _
  expect(evaluate(GRADUATE_SUBSIDY, partial, TODAY).outcome).toBe('unknown')
  expect(evaluate({ not: { fact: 'x', op: '==', value: true } }, {}, TODAY).outcome).toBe('unknown')
  const either: Rule = {
    any: [
      { fact: 'title', in: ['senior'] },
      { fact: 'skillLevel', op: '<=', value: 2 }
    ]
  }
  expect(evaluate(either, { skillLevel: 1 }, TODAY).outcome).toBe('met')
  expect(evaluate(either, { skillLevel: 3 }, TODAY).outcome).toBe('unknown')
  expect(evaluate(either, { skillLevel: 3, title: 'junior' }, TODAY).outcome).toBe('unmet')
  expect(evaluate({ fact: 'langs', in: ['yue'] }, { langs: ['pu', 'yue'] }, TODAY).outcome).toBe('met')
  expect(evaluate({ fact: 'age', between: [18, 35] }, { age: 40 }, TODAY)).toMatchObject({
    outcome: 'unmet',
    leaves: [{ gap: 5 }]
  })
  expect(factsOf(GRADUATE_SUBSIDY)).toEqual([
    'birthDate',
    'education',
    'graduationYear',
    'socialInsuranceMonths',
    'ownsHomeInCity'
  ])
})

// ── properties

const FACTS = ['a', 'b', 'c', 'd'] as const
const threshold: fc.Arbitrary<Rule> = fc.record({
  fact: fc.constantFrom(...FACTS),
  op: fc.constantFrom('>=' as const, '>' as const),
  value: fc.integer({ min: 0, max: 20 })
})
const thresholdRule: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    threshold,
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((any) => ({ any }))
  )
})).rule
const anyLeaf: fc.Arbitrary<Rule> = fc.oneof(
  threshold,
  fc.record({
    fact: fc.constantFrom(...FACTS),
    op: fc.constantFrom('<=' as const, '==' as const, '!=' as const),
    value: fc.integer({ min: 0, max: 20 })
  }),
  fc.record({
    fact: fc.constantFrom(...FACTS),
    between: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 10, max: 20 }))
  })
)
const anyRule: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    anyLeaf,
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie('rule').map((not) => ({ not }))
  )
})).rule
const numbers = fc.record({ a: fc.nat(20), b: fc.nat(20), c: fc.nat(20), d: fc.nat(20) })
const raise = fc.record({ a: fc.nat(5), b: fc.nat(5), c: fc.nat(5), d: fc.nat(5) })

test('under a threshold rule, a person who meets more never qualifies for less', () => {
  fc.assert(
    fc.property(thresholdRule, numbers, raise, (rule, facts, more) => {
      const better = Object.fromEntries(FACTS.map((f) => [f, facts[f] + more[f]]))
      if (evaluate(rule, facts, TODAY).outcome === 'met') expect(evaluate(rule, better, TODAY).outcome).toBe('met')
    })
  )
})

test('unknown answers never count as met: what is met with an answer missing is met whatever the answer is', () => {
  fc.assert(
    fc.property(anyRule, numbers, fc.constantFrom(...FACTS), fc.nat(20), (rule, facts, unknown, value) => {
      const partial = { ...facts, [unknown]: undefined }
      const outcome = evaluate(rule, partial, TODAY).outcome
      const known = evaluate(rule, { ...facts, [unknown]: value }, TODAY).outcome
      if (outcome === 'met') expect(known).toBe('met')
      if (outcome === 'unmet') expect(known).toBe('unmet')
      // with nothing known, nothing is met or unmet
      expect(evaluate(rule, {}, TODAY).outcome).toBe('unknown')
    })
  )
})

test('every rule the language can say passes the data check; broken ones name their place', () => {
  fc.assert(fc.property(anyRule, (rule) => expect(ruleProblem(rule)).toBeNull()))
  expect(ruleProblem({ all: [] })).toBe('rule: all/any needs a non-empty list')
  expect(ruleProblem({ all: [{ fact: 'a', op: '≥', value: 1 }] })).toBe('rule.all[0]: unknown comparison ≥')
  expect(ruleProblem({ not: { fact: 'a', between: [3, 1] } })).toBe('rule.not: between needs [low, high]')
  expect(ruleProblem({ fact: 'g', op: '>=', value: { yearsAgo: 3 } })).toBeNull()
})

test('only what decided an unmet rule is missing: a failed alternative of a met any is not', () => {
  const rule: Rule = {
    all: [
      {
        any: [
          { fact: 'education', in: ['master'], label: '学历' },
          { fact: 'title', in: ['senior'], label: '职称' }
        ]
      },
      { fact: 'months', op: '>=', value: 6, label: '社保', unit: '个月' }
    ]
  }
  const e = evaluate(rule, { education: 'master', title: 'none', months: 2 }, TODAY)
  expect(missing(e).map((l) => l.leaf.label)).toEqual(['社保'])
  const neither = evaluate(rule, { education: 'bachelor', title: 'none', months: 8 }, TODAY)
  expect(missing(neither).map((l) => l.leaf.label)).toEqual(['学历', '职称'])
  expect(missing(evaluate(rule, { education: 'master', months: 8 }, TODAY))).toEqual([])
})

test('what is missing, changed, makes the rule met (threshold rules)', () => {
  fc.assert(
    fc.property(thresholdRule, numbers, (rule, facts) => {
      const e = evaluate(rule, facts, TODAY)
      if (e.outcome !== 'unmet') return
      const fixed: Record<string, number> = { ...facts }
      for (const l of missing(e)) fixed[l.leaf.fact] = Math.max(fixed[l.leaf.fact], fixed[l.leaf.fact] + (l.gap ?? 0))
      expect(evaluate(rule, fixed, TODAY).outcome).toBe('met')
    })
  )
})

describe('near misses', () => {
  // 高新技术企业: an R&D ratio by revenue band, and some intellectual property of one kind or another
  const HIGH_TECH: Rule = {
    all: [
      {
        any: [
          {
            all: [
              { fact: 'revenueWan', op: '<=', value: 5000 },
              { fact: 'rdRatio', op: '>=', value: 5 }
            ]
          },
          {
            all: [
              { fact: 'revenueWan', op: '>', value: 5000 },
              { fact: 'rdRatio', op: '>=', value: 4 }
            ]
          }
        ]
      },
      {
        any: [
          { fact: 'inventionPatents', op: '>=', value: 1 },
          { fact: 'utilityPatents', op: '>=', value: 4 }
        ]
      }
    ]
  }
  const verdict = (rule: Rule, facts: Facts) => judge(rule, evaluate(rule, facts, TODAY), TODAY)

  test('a question left open in an alternative the fix does not need does not keep it from being near', () => {
    // one invention patent meets the IP part whatever the utility patents are; the ratio is 0.5 short
    const j = verdict(HIGH_TECH, { revenueWan: 3000, rdRatio: 4.5, inventionPatents: 1 })
    expect(j.verdict).toBe('near')
    expect(j.reasons.map((r) => [r.leaf.fact, r.gap])).toEqual([['rdRatio', 0.5]])
    expect(j.unanswered).toEqual(['utilityPatents'])
  })

  test('an open question on the way of every fix leaves it unmet, never near', () => {
    // the invention patents unanswered and the utility patents far short: the ratio is not all that stands in the way
    const j = verdict(HIGH_TECH, { revenueWan: 3000, rdRatio: 4.5, utilityPatents: 0 })
    expect(j.verdict).toBe('unmet')
    expect(j.unanswered).toEqual(['inventionPatents'])
    // with no invention patent, one more is within reach: two thresholds to close
    const two = verdict(HIGH_TECH, { revenueWan: 3000, rdRatio: 4.5, inventionPatents: 0 })
    expect(two.verdict).toBe('near')
    expect(two.reasons.map((r) => [r.leaf.fact, r.gap])).toEqual([
      ['rdRatio', 0.5],
      ['inventionPatents', 1]
    ])
  })

  test('a threshold far out of reach is not near; one short by a small amount or a single unit is', () => {
    const big: Rule = { fact: 'revenueWan', op: '>=', value: 100000, label: '营业收入', unit: '万元' }
    expect(verdict(big, { revenueWan: 4000 }).verdict).toBe('unmet')
    expect(verdict(big, { revenueWan: 60000 }).verdict).toBe('near')
    const one: Rule = { fact: 'inventionPatents', op: '>=', value: 1 }
    expect(verdict(one, { inventionPatents: 0 }).verdict).toBe('near')
    const months: Rule = { fact: 'socialInsuranceMonths', op: '>=', value: 6 }
    expect(verdict(months, { socialInsuranceMonths: 2 }).verdict).toBe('near')
    expect(verdict(months, { socialInsuranceMonths: 1 }).verdict).toBe('unmet')
  })
})
