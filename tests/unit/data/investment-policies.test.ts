// The 惠企政策 sample data: every policy complete and marked sample, its rule well formed over the company-fact
// vocabulary, its dates valid and ordered, its revisions and published changes consistent; the dataset covers
// Jiangmen (city-wide and several districts), Shenzhen and Zhongshan, both marks, expired and expiring policies.
import data from '@/data/investment/policies.json'
import channels from '@/data/gov/channels.json'
import { CITY_IDS, JIANGMEN_DISTRICTS, type CityId } from '@/core/domain'
import { addDays, isIsoDate } from '@/core/calendar/shanghai-time'
import { factsOf, ruleProblem, type Leaf, type Rule } from '@/core/rules'
import { policyStatus } from '@/core/talent/policy-status'
import { conditionsOf } from '@/core/investment/matching'
import {
  COMPANY_FACTS,
  COMPANY_FACT_NAMES,
  ENTERPRISE_BENEFITS,
  GRANT_MODES,
  type CompanyFact,
  type CompanyFactName,
  type EnterpriseBenefit,
  type EnterprisePolicy
} from '@/core/investment/types'

const POLICIES = data as unknown as EnterprisePolicy[]
const TODAY = '2026-12-01'
/** the benefits paid in money, so their policies state an amount */
const CASH: readonly EnterpriseBenefit[] = ['subsidy', 'reward', 'finance', 'rent']
/** 快申快享: paid within 60 working days of a complete application */
const FAST_WORKING_DAYS = 60

const leavesOf = (rule: Rule): Leaf[] =>
  'fact' in rule ? [rule] : 'not' in rule ? leavesOf(rule.not) : ('all' in rule ? rule.all : rule.any).flatMap(leavesOf)
const isFact = (name: string): name is CompanyFactName => (COMPANY_FACT_NAMES as string[]).includes(name)
/** the `all` groups of a rule, each with its direct leaves */
const allGroups = (rule: Rule): Leaf[][] =>
  'fact' in rule
    ? []
    : 'not' in rule
      ? allGroups(rule.not)
      : [
          ...('all' in rule ? [rule.all.filter((r): r is Leaf => 'fact' in r)] : []),
          ...('all' in rule ? rule.all : rule.any).flatMap(allGroups)
        ]

describe.each(POLICIES.map((p) => [p.id, p] as const))('%s', (_, p) => {
  test('its record is complete and marked sample', () => {
    expect(p.id).toMatch(/^(jm|pj|jh|xh|ts|kp|hs|ep|sz|zs)(-[a-z0-9]+)+$/)
    expect(CITY_IDS).toContain(p.city)
    if (p.district !== undefined) {
      expect(p.city).toBe('jiangmen')
      expect(JIANGMEN_DISTRICTS).toContain(p.district)
    }
    expect(ENTERPRISE_BENEFITS).toContain(p.benefit)
    expect(GRANT_MODES).toContain(p.mode)
    for (const text of [p.title, p.issuer, p.summary, p.source]) expect(text.trim()).not.toBe('')
    expect(p.docNumber).toMatch(/^\S+〔\d{4}〕示例\d+号$/)
    expect(p.docNumber).toContain(`〔${p.issuedOn.slice(0, 4)}〕`)
    expect(p.sample).toBe(true)
    expect(p.source).toContain('示例')
    expect(p.conditionText.length).toBeGreaterThan(0)
    expect(p.materials.length).toBeGreaterThan(0)
    for (const m of p.materials) expect([typeof m.exempt, m.name.trim() !== '']).toEqual(['boolean', true])
    expect(p.materials.some((m) => m.name === '营业执照')).toBe(true)
    for (const a of p.aliases) expect(a.trim()).not.toBe('')
  })

  test('its dates are valid and ordered: issued ≤ in force < expires, checked after issue and by today', () => {
    for (const d of [p.issuedOn, p.effectiveFrom, p.expiresOn, p.checkedOn]) expect(isIsoDate(d)).toBe(true)
    expect(p.issuedOn <= p.effectiveFrom).toBe(true)
    expect(p.effectiveFrom < p.expiresOn).toBe(true)
    expect(p.issuedOn <= p.checkedOn && p.checkedOn <= TODAY).toBe(true)
  })

  test('its conditions are a well-formed rule over the company facts, with their labels, units and values', () => {
    expect(ruleProblem(p.conditions)).toBeNull()
    for (const leaf of leavesOf(p.conditions)) {
      expect(isFact(leaf.fact)).toBe(true)
      if (!isFact(leaf.fact)) continue
      const fact: CompanyFact = COMPANY_FACTS[leaf.fact]
      expect([leaf.fact, leaf.label, leaf.unit]).toEqual([leaf.fact, fact.label, fact.unit])
      // a policy's city is where the company would be registered, and its district is the policy's own
      expect(leaf.fact).not.toBe('district')
      if ('in' in leaf) {
        expect(fact.kind).toBe('choice')
        expect(leaf.in.length).toBeGreaterThan(0)
        expect(new Set(leaf.in).size).toBe(leaf.in.length)
        for (const v of leaf.in) expect(fact.values).toContain(v)
      } else if ('between' in leaf) {
        expect(fact.kind).toBe('number')
      } else if (leaf.since !== undefined) {
        expect([fact.kind, leaf.since]).toEqual(['date', 'years'])
      } else if (fact.kind === 'boolean') {
        expect([leaf.op, leaf.value]).toEqual(['==', true])
      } else {
        expect(fact.kind).toBe('number')
        expect(typeof leaf.value).toBe('number')
        const [lo, hi] = fact.range ?? [-Infinity, Infinity]
        expect(leaf.value as number).toBeGreaterThanOrEqual(lo)
        expect(leaf.value as number).toBeLessThanOrEqual(hi)
      }
    }
  })

  test('an upper bound on revenue belongs to an R&D band, which asks a ratio beside it', () => {
    for (const group of allGroups(p.conditions))
      if (group.some((l) => l.fact === 'revenueWan' && 'op' in l && l.op === '<='))
        expect(group.some((l) => l.fact === 'rdRatio' && 'op' in l && l.op === '>=')).toBe(true)
  })

  test('an amount where money is paid, in yuan with how it is paid', () => {
    if (CASH.includes(p.benefit)) expect(p.amount).toBeDefined()
    if (!p.amount) return
    const { yuan, payment } = p.amount
    if (typeof yuan === 'number') expect(yuan).toBeGreaterThan(0)
    else expect(0 < yuan.min && yuan.min < yuan.max).toBe(true)
    if (payment.kind === 'instalments') expect(Number.isInteger(payment.years) && payment.years >= 2).toBe(true)
  })

  test('its marks: 快申快享 pays within 60 working days, 免申即享 asks for no form', () => {
    if (p.mode === 'fast') expect(p.fulfilmentWorkingDays).toBeLessThanOrEqual(FAST_WORKING_DAYS)
    if (p.mode === 'no_apply') expect(p.materials.every((m) => m.exempt)).toBe(true)
    if (p.fulfilmentWorkingDays !== undefined)
      expect(Number.isInteger(p.fulfilmentWorkingDays) && p.fulfilmentWorkingDays > 0).toBe(true)
  })

  test('its window is well formed and inside its validity', () => {
    const w = p.window
    if (w.kind === 'periodic') {
      expect(w.months.length).toBeGreaterThan(0)
      for (const m of w.months) expect(Number.isInteger(m) && m >= 1 && m <= 12).toBe(true)
      expect(1 <= w.days[0] && w.days[0] <= w.days[1] && w.days[1] <= 31).toBe(true)
    }
    if (w.kind === 'period') {
      expect(isIsoDate(w.from) && isIsoDate(w.to) && w.from <= w.to).toBe(true)
      expect(p.effectiveFrom <= w.from && w.to <= p.expiresOn).toBe(true)
    }
  })

  test('its channels exist and its phone is its city’s 12345 hotline', () => {
    expect(p.channels.length).toBeGreaterThan(0)
    const ids = channels.map((c) => c.id)
    for (const c of p.channels) {
      expect(c.name.trim()).not.toBe('')
      if (c.channelId !== undefined) expect(ids).toContain(c.channelId)
    }
    const area: Record<CityId, string> = { jiangmen: '0750', shenzhen: '0755', zhongshan: '0760' }
    expect(p.phone).toBe(`${area[p.city]}-12345`)
  })

  test('its revision counts its published changes, numbered 2 on, dated in order within what was checked', () => {
    expect(Number.isInteger(p.revision) && p.revision >= 1).toBe(true)
    expect(p.changes.map((c) => c.revision)).toEqual(Array.from({ length: p.revision - 1 }, (_, i) => i + 2))
    const days = p.changes.map((c) => c.on)
    for (const d of days) expect(isIsoDate(d) && p.issuedOn < d && d <= p.checkedOn).toBe(true)
    expect(days).toEqual([...days].sort())
    for (const c of p.changes) {
      expect(['changed', 'extended']).toContain(c.kind)
      expect(c.text.trim()).not.toBe('')
    }
    // the last extension names the last day the policy has now
    const extended = p.changes.filter((c) => c.kind === 'extended').at(-1)
    if (extended) expect(extended.text).toContain(p.expiresOn)
  })
})

describe('the dataset', () => {
  const byCity = (city: CityId) => POLICIES.filter((p) => p.city === city)

  test('at least 30 policies, ids unique; Jiangmen city-wide and in several districts, 5 each for Shenzhen and Zhongshan', () => {
    expect(POLICIES.length).toBeGreaterThanOrEqual(30)
    expect(new Set(POLICIES.map((p) => p.id)).size).toBe(POLICIES.length)
    expect(byCity('jiangmen').filter((p) => p.district === undefined).length).toBeGreaterThanOrEqual(10)
    expect(
      new Set(
        byCity('jiangmen')
          .map((p) => p.district)
          .filter(Boolean)
      ).size
    ).toBeGreaterThanOrEqual(5)
    expect(byCity('shenzhen').length).toBeGreaterThanOrEqual(5)
    expect(byCity('zhongshan').length).toBeGreaterThanOrEqual(5)
  })

  test('several 免申即享 and 快申快享 in Jiangmen and in the other cities', () => {
    for (const mode of ['no_apply', 'fast'] as const) {
      expect(POLICIES.filter((p) => p.mode === mode).length).toBeGreaterThanOrEqual(3)
      expect(byCity('jiangmen').some((p) => p.mode === mode)).toBe(true)
    }
  })

  test('some have expired by 2026-12-01 and are shown so; some end within two months', () => {
    const expired = POLICIES.filter((p) => policyStatus(p, TODAY).status === 'expired')
    expect(expired.length).toBeGreaterThanOrEqual(3)
    const soon = POLICIES.filter((p) => TODAY <= p.expiresOn && p.expiresOn <= addDays(TODAY, 60))
    expect(soon.length).toBeGreaterThanOrEqual(3)
  })

  test('at least 4 have been revised, with changes of both kinds', () => {
    const revised = POLICIES.filter((p) => p.revision > 1)
    expect(revised.length).toBeGreaterThanOrEqual(4)
    const kinds = new Set(revised.flatMap((p) => p.changes.map((c) => c.kind)))
    expect(kinds).toEqual(new Set(['changed', 'extended']))
  })

  test('every benefit type is offered', () => {
    expect(new Set(POLICIES.map((p) => p.benefit))).toEqual(new Set(ENTERPRISE_BENEFITS))
  })

  test('every fact a company answers is read by some policy (the district by the district ones)', () => {
    const read = new Set(POLICIES.flatMap((p) => factsOf(conditionsOf(p))))
    expect(COMPANY_FACT_NAMES.filter((f) => !read.has(f))).toEqual([])
  })

  test('the kinds asked for are there, each in Jiangmen', () => {
    const jiangmen = byCity('jiangmen')
    const reads = (p: EnterprisePolicy, fact: CompanyFactName, value?: string) =>
      leavesOf(p.conditions).some(
        (l) => l.fact === fact && (value === undefined || ('in' in l && l.in.includes(value)))
      )
    const kinds: [string, (p: EnterprisePolicy) => boolean][] = [
      ['高新技术企业认定', (p) => reads(p, 'rdRatio') && reads(p, 'techStaffRatio') && reads(p, 'registeredOn')],
      ['专精特新', (p) => reads(p, 'qualifications', 'specialized')],
      ['小升规', (p) => reads(p, 'qualifications', 'above_scale') && reads(p, 'revenueWan')],
      ['技改', (p) => reads(p, 'upgradeInvestmentWan')],
      ['研发费用补助', (p) => reads(p, 'rdSpendWan')],
      ['港澳资企业落户', (p) => reads(p, 'hkmoInvested')],
      ['深圳研发 + 江门生产', (p) => reads(p, 'fromFusionCity')],
      ['贷款贴息', (p) => p.benefit === 'finance'],
      ['纳税信用 A 级', (p) => reads(p, 'taxCredit', 'A')]
    ]
    for (const [kind, test] of kinds) expect([kind, jiangmen.some(test)]).toEqual([kind, true])
  })

  test('the 高企 R&D bands are the same rule in every city', () => {
    const hightech = POLICIES.filter((p) => p.id.endsWith('-high-tech-recognition'))
    expect(hightech.map((p) => p.city).sort()).toEqual([...CITY_IDS].sort())
    for (const p of hightech) expect(p.conditions).toEqual(hightech[0].conditions)
  })
})
