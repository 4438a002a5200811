// 惠企政策匹配: a company profile against a city's enterprise policies. The 高新技术企业 R&D ratio bands at their
// edges, near misses with what is missing, district policies, the same profile side by side in two cities, the
// derived facts, and the properties: meeting more never matches fewer, an answer not given is never met, a profile
// read from storage keeps only what the vocabulary allows.
import fc from 'fast-check'
import data from '@/data/investment/policies.json'
import { evaluate } from '@/core/rules'
import {
  cleanProfile,
  companyFacts,
  conditionsOf,
  matchCity,
  matchPolicy,
  questionsFor
} from '@/core/investment/matching'
import { allowedAnswer, ASKED_FACTS } from '@/core/investment/profile'
import {
  COMPANY_FACTS,
  COMPANY_FACT_NAMES,
  DISTRICT_ANSWERS,
  INDUSTRY_CHAINS,
  QUALIFICATIONS,
  TAX_CREDIT_LEVELS,
  type CompanyFactName,
  type CompanyProfile,
  type EnterprisePolicy
} from '@/core/investment/types'

const POLICIES = data as unknown as EnterprisePolicy[]
const TODAY = '2026-12-01'
const policy = (id: string): EnterprisePolicy => {
  const p = POLICIES.find((x) => x.id === id)
  if (!p) throw new Error(`no policy ${id}`)
  return p
}
/** [label, gap, unit] of each reason */
const why = (id: string, profile: CompanyProfile) =>
  matchPolicy(policy(id), profile, TODAY).reasons.map((r) => [r.leaf.label, r.gap, r.leaf.unit])

/**
 * a 新会 electronics maker founded in 2019: 100 staff of whom 20 in R&D, 3,000 万元 revenue and 150 万元 of R&D
 * (5%), two invention patents, a 科技型中小企业 with B tax credit
 */
const maker: CompanyProfile = {
  industry: 'electronics',
  registeredOn: '2019-04-18',
  district: 'xinhui',
  headcount: 100,
  techStaff: 20,
  revenueWan: 3000,
  rdSpendWan: 150,
  inventionPatents: 2,
  utilityPatents: 0,
  designPatents: 0,
  softwareCopyrights: 0,
  qualifications: ['tech_sme'],
  taxCredit: 'B',
  hkmoInvested: false,
  upgradeInvestmentWan: 0,
  fromFusionCity: false
}

describe('the derived facts', () => {
  test('研发费用占比 and 科技人员占比 are computed from the answers, in per cent', () => {
    const facts = companyFacts(maker)
    expect(facts.rdRatio).toBe(5)
    expect(facts.techStaffRatio).toBe(20)
    expect(companyFacts({ rdSpendWan: 250, revenueWan: 5000 }).rdRatio).toBe(5)
    expect(companyFacts({ rdSpendWan: 800, revenueWan: 20000 }).rdRatio).toBe(4)
  })

  test('never taken from storage, and unknown without both answers or with nothing to divide by', () => {
    expect(companyFacts({ rdRatio: 50, techStaffRatio: 90 } as CompanyProfile)).toMatchObject({
      rdRatio: undefined,
      techStaffRatio: undefined
    })
    expect(companyFacts({ revenueWan: 3000 }).rdRatio).toBeUndefined()
    expect(companyFacts({ rdSpendWan: 10, revenueWan: 0 }).rdRatio).toBeUndefined()
    expect(companyFacts({ techStaff: 0, headcount: 0 }).techStaffRatio).toBeUndefined()
  })
})

describe('高新技术企业认定: the R&D ratio by revenue band', () => {
  const hightech = policy('jm-high-tech-recognition')
  const base = companyFacts(maker)
  const rule = (revenueWan: number, rdRatio: number) =>
    evaluate(hightech.conditions, { ...base, revenueWan, rdRatio }, TODAY).outcome

  test.each([
    [5000, 4.99, 'unmet'],
    [5000, 5, 'met'],
    [5000.01, 3.99, 'unmet'],
    [5000.01, 4, 'met'],
    [20000, 3.99, 'unmet'],
    [20000, 4, 'met'],
    [20000.01, 2.99, 'unmet'],
    [20000.01, 3, 'met']
  ])('revenue %d 万元 with %d%% of R&D: %s', (revenueWan, rdRatio, outcome) => {
    expect(rule(revenueWan, rdRatio)).toBe(outcome)
  })

  test('a higher band never asks more: 5% is enough at any revenue, 3% only above 20,000 万元', () => {
    for (const revenue of [100, 5000, 5000.01, 20000, 20000.01, 90000]) expect(rule(revenue, 5)).toBe('met')
    expect(rule(20000, 3)).toBe('unmet')
    expect(rule(5000, 4)).toBe('unmet')
  })

  test('through the profile: the ratio comes from the R&D spend and revenue answered', () => {
    const at = (revenueWan: number, rdSpendWan: number) =>
      matchPolicy(hightech, { ...maker, revenueWan, rdSpendWan }, TODAY).verdict
    expect([at(5000, 249.5), at(5000, 250)]).toEqual(['near', 'qualified'])
    expect([at(5000.01, 199.5004), at(5000.01, 200.0004)]).toEqual(['near', 'qualified'])
    expect([at(20000, 798), at(20000, 800)]).toEqual(['near', 'qualified'])
    expect([at(20000.01, 598.0003), at(20000.01, 600.0003)]).toEqual(['near', 'qualified'])
  })

  test('the other conditions: a year since registering, 10% of staff in R&D, and intellectual property', () => {
    expect(matchPolicy(hightech, maker, TODAY).verdict).toBe('qualified')
    expect(matchPolicy(hightech, { ...maker, registeredOn: '2026-03-01' }, TODAY).verdict).toBe('near')
    expect(why('jm-high-tech-recognition', { ...maker, registeredOn: '2026-03-01' })).toEqual([['成立年限', 1, '年']])
    const noIp = { ...maker, inventionPatents: 0 }
    expect(matchPolicy(hightech, noIp, TODAY).verdict).toBe('near')
    expect(matchPolicy(hightech, { ...noIp, softwareCopyrights: 1 }, TODAY).verdict).toBe('qualified')
  })
})

describe('near misses say what is missing and by how much', () => {
  test('还差 200 万元技改投资', () => {
    const r = matchPolicy(
      policy('jm-tech-upgrade'),
      { ...maker, qualifications: ['above_scale'], upgradeInvestmentWan: 300 },
      TODAY
    )
    expect(r.verdict).toBe('near')
    expect(r.reasons.map((x) => [x.leaf.label, x.gap, x.leaf.unit])).toEqual([['本年度技改投资', 200, '万元']])
    expect(r.unanswered).toEqual([])
  })

  test('two thresholds short is still near: 2 points of 科技人员占比 and 1 of R&D', () => {
    const r = matchPolicy(policy('jm-high-tech-recognition'), { ...maker, techStaff: 8, rdSpendWan: 120 }, TODAY)
    expect(r.verdict).toBe('near')
    expect(r.reasons.map((x) => [x.leaf.label, x.gap])).toEqual([
      ['科技人员占比', 2],
      ['研发费用占营业收入比例', 1]
    ])
  })

  test('an any needs its closest alternative only: the R&D ratio, never the revenue of another band', () => {
    expect(why('jm-high-tech-recognition', { ...maker, rdSpendWan: 90 })).toEqual([['研发费用占营业收入比例', 2, '%']])
  })

  test('three thresholds short, or a qualification missing, is unmet', () => {
    const three = matchPolicy(
      policy('jm-high-tech-recognition'),
      { ...maker, techStaff: 8, rdSpendWan: 120, registeredOn: '2026-06-01' },
      TODAY
    )
    expect(three.verdict).toBe('unmet')
    const notAboveScale = matchPolicy(policy('jm-tech-upgrade'), { ...maker, upgradeInvestmentWan: 900 }, TODAY)
    expect(notAboveScale.verdict).toBe('unmet')
    expect(notAboveScale.reasons.map((x) => [x.leaf.label, x.gap])).toEqual([['企业资质', undefined]])
  })

  test('a near miss has every answer it reads: short of a threshold with an answer missing is unmet, not near', () => {
    const { rdSpendWan: _, ...partial } = maker
    void _
    const short = matchPolicy(policy('jm-high-tech-recognition'), { ...partial, techStaff: 8 }, TODAY)
    expect(short.verdict).toBe('unmet')
    // the ratio is asked as the R&D spend, the revenue being answered
    expect(short.unanswered).toEqual(['rdSpendWan'])
    const open = matchPolicy(policy('jm-high-tech-recognition'), partial, TODAY)
    expect([open.verdict, open.unanswered, open.reasons]).toEqual(['unknown', ['rdSpendWan'], []])
  })
})

describe('district policies', () => {
  const relocating: CompanyProfile = {
    ...maker,
    industry: 'battery_storage',
    fromFusionCity: true,
    upgradeInvestmentWan: 1500
  }

  test('are met in their district only; elsewhere the district is the reason, and it is not a near miss', () => {
    expect(matchPolicy(policy('xh-shenjiang-relocation'), relocating, TODAY).verdict).toBe('qualified')
    for (const district of ['pengjiang', 'other'] as const) {
      const r = matchPolicy(policy('xh-shenjiang-relocation'), { ...relocating, district }, TODAY)
      expect(r.verdict).toBe('unmet')
      expect(r.reasons.map((x) => x.leaf.label)).toEqual(['所在区（市）'])
    }
  })

  test('without a district answered they are unknown and ask for it', () => {
    const { district: _, ...nowhere } = relocating
    void _
    const r = matchPolicy(policy('xh-shenjiang-relocation'), nowhere, TODAY)
    expect(r.verdict).toBe('unknown')
    expect(r.unanswered).toEqual(['district'])
  })

  test('the district is a condition of every district policy and of no city-wide one', () => {
    for (const p of POLICIES) {
      const e = evaluate(conditionsOf(p), { ...companyFacts(maker), district: undefined }, TODAY)
      const readsDistrict = e.leaves.some((l) => l.leaf.fact === 'district')
      expect(readsDistrict).toBe(p.district !== undefined)
    }
  })

  test('a city’s results hold its city-wide policies and its districts’ ones, those elsewhere unmet', () => {
    const results = matchCity(POLICIES, 'jiangmen', relocating, TODAY)
    const shenjiang = results.find((r) => r.policy.id === 'xh-shenjiang-relocation')
    const pengjiang = results.find((r) => r.policy.id === 'pj-tech-upgrade')
    expect([shenjiang?.verdict, pengjiang?.verdict]).toEqual(['qualified', 'unmet'])
  })
})

describe('side by side: the same profile registered in Jiangmen or in Shenzhen', () => {
  test('each city’s column holds its own policies; the 高企 bands are met alike, the loans differ by tax credit', () => {
    const profile: CompanyProfile = { ...maker, taxCredit: 'M' }
    const jiangmen = matchCity(POLICIES, 'jiangmen', profile, TODAY)
    const shenzhen = matchCity(POLICIES, 'shenzhen', profile, TODAY)
    expect(jiangmen.every((r) => r.policy.city === 'jiangmen')).toBe(true)
    expect(shenzhen.every((r) => r.policy.city === 'shenzhen')).toBe(true)
    const verdict = (rs: typeof jiangmen, id: string) => rs.find((r) => r.policy.id === id)?.verdict
    expect([verdict(jiangmen, 'jm-high-tech-recognition'), verdict(shenzhen, 'sz-high-tech-recognition')]).toEqual([
      'qualified',
      'qualified'
    ])
    // 深圳 takes an M credit level for its 贴息, 江门 only A or B
    expect([verdict(jiangmen, 'jm-loan-interest'), verdict(shenzhen, 'sz-loan-interest')]).toEqual([
      'unmet',
      'qualified'
    ])
  })

  test('expired policies are left out, the qualified first, then near, unknown and unmet', () => {
    const results = matchCity(POLICIES, 'jiangmen', maker, TODAY)
    expect(results.some((r) => r.policy.id === 'jm-digital-transform')).toBe(false)
    expect(results.every((r) => r.status.status !== 'expired')).toBe(true)
    expect(results.length).toBe(POLICIES.filter((p) => p.city === 'jiangmen' && p.expiresOn >= TODAY).length)
    const order = results.map((r) => ['qualified', 'near', 'unknown', 'unmet'].indexOf(r.verdict))
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(results[0].verdict).toBe('qualified')
  })
})

test('the questions asked are the answers the cities’ policies read, in the vocabulary’s order, never a derived one', () => {
  const jiangmen = questionsFor(POLICIES, ['jiangmen'])
  expect(jiangmen).toContain('district')
  expect(jiangmen).toEqual(expect.arrayContaining(['revenueWan', 'rdSpendWan', 'headcount', 'techStaff']))
  expect(jiangmen).not.toContain('rdRatio')
  expect(jiangmen).not.toContain('techStaffRatio')
  expect(jiangmen).toEqual(ASKED_FACTS.filter((f) => jiangmen.includes(f)))
  // no Shenzhen policy is a Jiangmen district's
  expect(questionsFor(POLICIES, ['shenzhen'])).not.toContain('district')
  const both = questionsFor(POLICIES, ['jiangmen', 'shenzhen'])
  expect(new Set(both)).toEqual(new Set([...jiangmen, ...questionsFor(POLICIES, ['shenzhen'])]))
})

// ── properties

const DAY_MS = 86_400_000
const date = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2026, 10, 30) })
  .map((ms) => new Date(Math.floor(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10))
const sub = <T>(values: readonly T[]) => fc.subarray([...values])

/** a profile that could be true: R&D within revenue, R&D staff within headcount */
const profileArb: fc.Arbitrary<CompanyProfile> = fc
  .record({
    industry: fc.constantFrom(...INDUSTRY_CHAINS),
    registeredOn: date,
    district: fc.constantFrom(...DISTRICT_ANSWERS),
    headcount: fc.integer({ min: 1, max: 2000 }),
    techShare: fc.double({ min: 0, max: 1, noNaN: true }),
    revenueWan: fc.integer({ min: 1, max: 120000 }),
    rdShare: fc.double({ min: 0, max: 0.12, noNaN: true }),
    inventionPatents: fc.nat(3),
    utilityPatents: fc.nat(3),
    designPatents: fc.nat(3),
    softwareCopyrights: fc.nat(3),
    qualifications: sub(QUALIFICATIONS),
    taxCredit: fc.constantFrom(...TAX_CREDIT_LEVELS),
    hkmoInvested: fc.boolean(),
    upgradeInvestmentWan: fc.integer({ min: 0, max: 6000 }),
    fromFusionCity: fc.boolean()
  })
  .map(({ techShare, rdShare, ...p }) => ({
    ...p,
    techStaff: Math.floor(p.headcount * techShare),
    rdSpendWan: Math.round(p.revenueWan * rdShare * 100) / 100
  }))

/** what meeting more means: more of every number (R&D spend and staff grow with revenue and headcount, so no ratio
 * falls), an older registration, more qualifications, a better tax credit, a yes for a no */
const better = fc.record({
  revenue: fc.integer({ min: 0, max: 30000 }),
  staff: fc.integer({ min: 0, max: 300 }),
  patents: fc.nat(2),
  upgrade: fc.integer({ min: 0, max: 3000 }),
  olderDays: fc.integer({ min: 0, max: 2000 }),
  qualifications: sub(QUALIFICATIONS),
  creditSteps: fc.nat(4),
  hkmo: fc.boolean(),
  fusion: fc.boolean()
})
type Better = typeof better extends fc.Arbitrary<infer T> ? T : never
const improve = (p: CompanyProfile, b: Better) => {
  const n = (f: CompanyFactName) => p[f] as number
  const older = new Date(Date.parse(`${String(p.registeredOn)}T00:00:00Z`) - b.olderDays * DAY_MS)
  const credit = TAX_CREDIT_LEVELS.indexOf(p.taxCredit as (typeof TAX_CREDIT_LEVELS)[number])
  return {
    ...p,
    revenueWan: n('revenueWan') + b.revenue,
    rdSpendWan: n('rdSpendWan') + b.revenue,
    headcount: n('headcount') + b.staff,
    techStaff: n('techStaff') + b.staff,
    inventionPatents: n('inventionPatents') + b.patents,
    utilityPatents: n('utilityPatents') + b.patents,
    designPatents: n('designPatents') + b.patents,
    softwareCopyrights: n('softwareCopyrights') + b.patents,
    upgradeInvestmentWan: n('upgradeInvestmentWan') + b.upgrade,
    registeredOn: older.toISOString().slice(0, 10),
    qualifications: [...new Set([...(p.qualifications as string[]), ...b.qualifications])],
    taxCredit: TAX_CREDIT_LEVELS[Math.max(0, credit - b.creditSteps)],
    hkmoInvested: p.hkmoInvested === true || b.hkmo,
    fromFusionCity: p.fromFusionCity === true || b.fusion
  }
}

type Leaf = Extract<EnterprisePolicy['conditions'], { fact: string }>
const leaves = (r: EnterprisePolicy['conditions']): Leaf[] =>
  'fact' in r ? [r] : 'not' in r ? [] : ('all' in r ? r.all : r.any).flatMap(leaves)
const hasNot = (r: EnterprisePolicy['conditions']): boolean =>
  'fact' in r ? false : 'not' in r ? true : ('all' in r ? r.all : r.any).some(hasNot)
/**
 * the threshold policies: conditions that only ask for at least so much (a number, years since registering, a
 * qualification, a credit level, a yes); the one upper bound allowed is the revenue of an R&D band, whose higher
 * bands ask a lower ratio
 */
const isThreshold = (p: EnterprisePolicy) =>
  !hasNot(p.conditions) &&
  leaves(p.conditions).every((l) =>
    'in' in l
      ? true
      : 'between' in l
        ? false
        : l.op === '>=' ||
          l.op === '>' ||
          (l.op === '==' && l.value === true) ||
          (l.op === '<=' && l.fact === 'revenueWan')
  )
const THRESHOLD = POLICIES.filter(isThreshold)

test('there are threshold policies in every city, the 高企 bands among them', () => {
  for (const city of ['jiangmen', 'shenzhen', 'zhongshan']) expect(THRESHOLD.some((p) => p.city === city)).toBe(true)
  expect(THRESHOLD.map((p) => p.id)).toContain('jm-high-tech-recognition')
  expect(THRESHOLD.length).toBeGreaterThanOrEqual(20)
})

test('a profile that meets more never matches fewer threshold policies', () => {
  fc.assert(
    fc.property(profileArb, better, (profile, b) => {
      const more = improve(profile, b)
      for (const p of THRESHOLD)
        if (matchPolicy(p, profile, TODAY).verdict === 'qualified')
          expect([p.id, matchPolicy(p, more, TODAY).verdict]).toEqual([p.id, 'qualified'])
    }),
    { numRuns: 150 }
  )
})

test('an answer not given never counts as met: what qualifies without it qualifies whatever it is', () => {
  fc.assert(
    fc.property(profileArb, profileArb, fc.constantFrom(...ASKED_FACTS), (profile, other, fact) => {
      const without: CompanyProfile = { ...profile }
      delete without[fact]
      for (const p of POLICIES) {
        const r = matchPolicy(p, without, TODAY)
        if (r.verdict === 'qualified') {
          expect(matchPolicy(p, profile, TODAY).verdict).toBe('qualified')
          expect(matchPolicy(p, { ...profile, [fact]: other[fact] }, TODAY).verdict).toBe('qualified')
        }
        // a near miss has every answer it reads
        if (r.verdict === 'near') expect(r.unanswered).toEqual([])
      }
    }),
    { numRuns: 60 }
  )
  // with nothing answered, nothing is met or unmet
  for (const p of POLICIES) expect(matchPolicy(p, {}, TODAY).verdict).toBe('unknown')
})

describe('a profile read from storage', () => {
  test('keeps what the vocabulary allows and drops the rest', () => {
    expect(
      cleanProfile({
        industry: 'electronics',
        district: 'paris',
        headcount: 12.5,
        techStaff: 3,
        revenueWan: 1234.56,
        rdRatio: 9,
        qualifications: ['high_tech', 'wizard'],
        taxCredit: 'A',
        hkmoInvested: 'yes',
        registeredOn: '2021-02-30',
        upgradeInvestmentWan: -1,
        nonsense: 1
      })
    ).toEqual({ industry: 'electronics', techStaff: 3, revenueWan: 1234.56, taxCredit: 'A' })
  })

  test('never throws and keeps only allowed answers, whatever is stored', () => {
    const anyValue = fc.oneof(
      fc.anything(),
      fc.constantFrom(...INDUSTRY_CHAINS, ...QUALIFICATIONS, ...TAX_CREDIT_LEVELS, ...DISTRICT_ANSWERS),
      sub(QUALIFICATIONS),
      fc.double(),
      fc.integer({ min: -10, max: 2000000 }),
      date
    )
    const stored = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...COMPANY_FACT_NAMES, 'other', '__proto__', 'constructor'), anyValue)
    )
    fc.assert(
      fc.property(stored, (x) => {
        const p = cleanProfile(x)
        for (const [fact, v] of Object.entries(p)) {
          expect(fact in COMPANY_FACTS).toBe(true)
          expect(allowedAnswer(fact as CompanyFactName, v)).toBe(true)
          expect(COMPANY_FACTS[fact as CompanyFactName]).not.toHaveProperty('derived', true)
        }
        // cleaning twice changes nothing
        expect(cleanProfile(p)).toEqual(p)
      }),
      { numRuns: 500 }
    )
  })

  test('a profile that is allowed comes back unchanged', () => {
    fc.assert(fc.property(profileArb, (p) => expect(cleanProfile(p)).toEqual(p)))
  })
})
