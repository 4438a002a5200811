import data from '@/data/talent/policies.json'
import channels from '@/data/gov/channels.json'
import hansCatalogue from '@/features/talent/locales/zh-Hans.json'
import hantCatalogue from '@/features/talent/locales/zh-Hant.json'
import { CITY_IDS, JIANGMEN_DISTRICTS, type CityId } from '@/core/domain'
import { isIsoDate } from '@/core/calendar/shanghai-time'
import { evaluate, factsOf, missing, ruleProblem, type Facts, type Leaf, type Rule } from '@/core/rules'
import { policyStatus } from '@/core/talent/policy-status'
import {
  BENEFIT_TYPES,
  CASH_BENEFITS,
  TALENT_FACTS,
  TALENT_FACT_NAMES,
  allowedValues,
  type TalentFact,
  type TalentFactName,
  type TalentPolicy
} from '@/core/talent/types'

const POLICIES = data as unknown as TalentPolicy[]
const TODAY = '2026-12-01'
const [hans, hant] = [hansCatalogue, hantCatalogue] as Record<string, string>[]
const byId = new Map(POLICIES.map((p) => [p.id, p]))

const leavesOf = (rule: Rule): Leaf[] =>
  'fact' in rule ? [rule] : 'not' in rule ? leavesOf(rule.not) : ('all' in rule ? rule.all : rule.any).flatMap(leavesOf)
const isFact = (name: string): name is TalentFactName => (TALENT_FACT_NAMES as string[]).includes(name)

describe.each(POLICIES.map((p) => [p.id, p] as const))('%s', (_, p) => {
  test('its record is complete and marked sample', () => {
    expect(p.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/)
    expect(CITY_IDS).toContain(p.city)
    if (p.district !== undefined) {
      expect(p.city).toBe('jiangmen')
      expect(JIANGMEN_DISTRICTS).toContain(p.district)
    }
    expect(BENEFIT_TYPES).toContain(p.benefit)
    for (const text of [p.title, p.issuer, p.summary, p.source]) expect(text.trim()).not.toBe('')
    expect(p.docNumber).toMatch(/^\S+〔\d{4}〕示例\d+号$/)
    expect(p.docNumber).toContain(`〔${p.issuedOn.slice(0, 4)}〕`)
    expect(p.sample).toBe(true)
    expect(p.conditionText.length).toBeGreaterThan(0)
    expect(p.materials.length).toBeGreaterThan(0)
    for (const m of p.materials) expect(typeof m.exempt).toBe('boolean')
    expect(p.materials.some((m) => /身份证|通行证/.test(m.name))).toBe(true)
  })

  test('its dates are valid and ordered: issued ≤ in force < expires, checked after issue', () => {
    for (const d of [p.issuedOn, p.effectiveFrom, p.expiresOn, p.checkedOn]) expect(isIsoDate(d)).toBe(true)
    expect(p.issuedOn <= p.effectiveFrom).toBe(true)
    expect(p.effectiveFrom < p.expiresOn).toBe(true)
    expect(p.issuedOn <= p.checkedOn && p.checkedOn <= TODAY).toBe(true)
  })

  test('its rule passes the data check and reads only the vocabulary, with its labels and units', () => {
    expect(ruleProblem(p.conditions)).toBeNull()
    for (const leaf of leavesOf(p.conditions)) {
      expect(isFact(leaf.fact)).toBe(true)
      const fact: TalentFact = TALENT_FACTS[leaf.fact as TalentFactName]
      expect([leaf.fact, leaf.label, leaf.unit]).toEqual([leaf.fact, fact.label, fact.unit])
      if ('in' in leaf) {
        expect(fact.kind).toBe('choice')
        expect(leaf.in.length).toBeGreaterThan(0)
        for (const v of leaf.in) expect(allowedValues(leaf.fact as TalentFactName)).toContain(v)
        // 'none' is an answer, never a condition
        expect(leaf.in).not.toContain('none')
      } else if ('between' in leaf) {
        expect(fact.kind).toBe('number')
      } else if (leaf.since !== undefined) {
        expect(fact.kind).toBe('date')
      } else if (fact.kind === 'boolean') {
        expect([leaf.op, typeof leaf.value]).toEqual(['==', 'boolean'])
      } else if (fact.kind === 'year') {
        expect(typeof leaf.value === 'object' || typeof leaf.value === 'number').toBe(true)
      } else {
        expect(fact.kind).toBe('number')
        expect(typeof leaf.value).toBe('number')
        const [lo, hi] = fact.range ?? [-Infinity, Infinity]
        expect(leaf.value as number).toBeGreaterThanOrEqual(lo)
        expect(leaf.value as number).toBeLessThanOrEqual(hi)
      }
    }
  })

  test('an amount where money is paid, stated in yuan with how it is paid', () => {
    if (CASH_BENEFITS.includes(p.benefit)) expect(p.amount).toBeDefined()
    if (!p.amount) return
    const { yuan, payment } = p.amount
    if (typeof yuan === 'number') expect(yuan).toBeGreaterThan(0)
    else expect(0 < yuan.min && yuan.min < yuan.max).toBe(true)
    if (payment.kind === 'instalments') expect(Number.isInteger(payment.years) && payment.years >= 2).toBe(true)
    if (payment.kind === 'monthly') expect(Number.isInteger(payment.months) && payment.months >= 1).toBe(true)
  })

  test('its window is well formed and inside its validity', () => {
    const w = p.window
    if (w.kind === 'periodic') {
      expect(w.months.length).toBeGreaterThan(0)
      expect(new Set(w.months).size).toBe(w.months.length)
      for (const m of w.months) expect(Number.isInteger(m) && m >= 1 && m <= 12).toBe(true)
      expect(1 <= w.days[0] && w.days[0] <= w.days[1] && w.days[1] <= 31).toBe(true)
    }
    if (w.kind === 'period') {
      expect(isIsoDate(w.from) && isIsoDate(w.to) && w.from <= w.to).toBe(true)
      expect(p.effectiveFrom <= w.from && w.to <= p.expiresOn).toBe(true)
    }
  })

  test('its channels exist: an official channel by its id, this app’s 在线申办 by its matter', () => {
    expect(p.channels.length).toBeGreaterThan(0)
    const ids = channels.map((c) => c.id)
    for (const c of p.channels) {
      expect(c.name.trim()).not.toBe('')
      if (c.channelId !== undefined) expect(ids).toContain(c.channelId)
      if (c.matterId !== undefined) expect(c.matterId).toBe(`talent/${p.id}`)
    }
  })

  test('its consultation phone has its city’s area code', () => {
    const pattern: Record<CityId, RegExp> = {
      jiangmen: /^0750-\d{7}$/,
      shenzhen: /^0755-\d{8}$/,
      zhongshan: /^0760-\d{8}$/
    }
    expect(p.phone).toMatch(pattern[p.city])
  })
})

describe('the dataset', () => {
  test('at least 30 policies, ids unique; Jiangmen (city and all seven districts), Shenzhen and Zhongshan', () => {
    expect(POLICIES.length).toBeGreaterThanOrEqual(30)
    expect(byId.size).toBe(POLICIES.length)
    for (const city of CITY_IDS) expect(POLICIES.filter((p) => p.city === city).length).toBeGreaterThanOrEqual(6)
    const jiangmen = POLICIES.filter((p) => p.city === 'jiangmen')
    expect(jiangmen.filter((p) => p.district === undefined).length).toBeGreaterThanOrEqual(6)
    expect(new Set(jiangmen.map((p) => p.district).filter(Boolean))).toEqual(new Set(JIANGMEN_DISTRICTS))
  })

  test('every benefit type is offered and named in both scripts', () => {
    expect(new Set(POLICIES.map((p) => p.benefit))).toEqual(new Set(BENEFIT_TYPES))
    for (const b of BENEFIT_TYPES) for (const script of [hans, hant]) expect(script[`talent.benefit.${b}`]).toBeTruthy()
  })

  test('the vocabulary: every choice value reads as a label, every number has its range and unit', () => {
    for (const name of TALENT_FACT_NAMES) {
      const fact: TalentFact = TALENT_FACTS[name]
      expect(fact.label.trim()).not.toBe('')
      if (fact.kind === 'choice') {
        expect(fact.values?.length).toBeGreaterThan(0)
        // every answer reads as a name in both scripts
        for (const value of fact.values ?? [])
          for (const script of [hans, hant]) expect(script[`talent.value.${name}.${value}`]).toBeTruthy()
      }
      for (const script of [hans, hant]) expect(script[`talent.fact.${name}`]).toBeTruthy()
      if (fact.kind === 'number') expect([fact.range?.length, typeof fact.unit]).toEqual([2, 'string'])
    }
  })

  test('every fact of the vocabulary is read by some policy', () => {
    const read = new Set(POLICIES.flatMap((p) => factsOf(p.conditions)))
    expect(TALENT_FACT_NAMES.filter((f) => !read.has(f))).toEqual([])
  })

  test('at least 3 have expired by 2026-12-01 and are shown expired; at least 3 take applications only at times', () => {
    const expired = POLICIES.filter((p) => policyStatus(p, TODAY).status === 'expired')
    expect(expired.length).toBeGreaterThanOrEqual(3)
    for (const p of expired) expect(p.expiresOn < TODAY).toBe(true)
    expect(POLICIES.filter((p) => p.window.kind !== 'year_round').length).toBeGreaterThanOrEqual(3)
    // 3、6、9、12 月 1–15 日
    const quarterly = POLICIES.filter(
      (p) => p.window.kind === 'periodic' && p.window.months.join() === '3,6,9,12' && p.window.days.join() === '1,15'
    )
    expect(quarterly.length).toBeGreaterThanOrEqual(3)
  })
})

// ── personas against the Jiangmen policies in force

const inForceInJiangmen = POLICIES.filter((p) => p.city === 'jiangmen' && policyStatus(p, TODAY).status !== 'expired')
const qualifying = (facts: Facts): string[] =>
  inForceInJiangmen.filter((p) => evaluate(p.conditions, facts, TODAY).outcome === 'met').map((p) => p.id)
/** what stands in the way: [label, gap, unit] of each unmet condition */
const why = (id: string, facts: Facts): [string | undefined, number | undefined, string | undefined][] => {
  const policy = byId.get(id)
  if (!policy) throw new Error(`no policy ${id}`)
  const e = evaluate(policy.conditions, facts, TODAY)
  expect(e.outcome).toBe('unmet')
  return missing(e).map((l) => [l.leaf.label, l.gap, l.leaf.unit])
}
const labels = (id: string, facts: Facts): (string | undefined)[] => why(id, facts).map(([label]) => label)

// no title, programme, card or skill level: answered as none, so those conditions are unmet, not unknown
const NONE: Facts = { title: 'none', skillLevel: 6, talentProgramme: 'none', talentCardTier: 'none' }

/** a 2024 master's graduate, 26, 8 months of 社保 with a firm on 江门人才岛 in 蓬江 */
const graduate: Facts = {
  ...NONE,
  education: 'master',
  fullTimeDegree: true,
  graduationYear: 2024,
  birthDate: '2000-06-15',
  yearsWorked: 1,
  socialInsuranceMonths: 8,
  employerType: 'private',
  employerCity: 'jiangmen',
  employerDistrict: 'pengjiang',
  employerPlatform: ['talent_island'],
  hukouCity: 'other',
  hkmoResident: false,
  ownsHomeInCity: false,
  homePurchasedInCity: false,
  startupFounder: false,
  schoolAgeChild: false,
  spouseAccompanying: false
}

/** a 高级技师 of 45 with a 大专, 10 years of 社保 with a 新会 firm, a home bought here, a C card, a child and a spouse */
const technician: Facts = {
  ...NONE,
  education: 'college',
  fullTimeDegree: false,
  graduationYear: 2001,
  birthDate: '1981-03-10',
  skillLevel: 1,
  yearsWorked: 25,
  socialInsuranceMonths: 120,
  employerType: 'private',
  employerCity: 'jiangmen',
  employerDistrict: 'xinhui',
  employerPlatform: [],
  talentCardTier: 'c',
  hukouCity: 'jiangmen',
  hkmoResident: false,
  ownsHomeInCity: true,
  homePurchasedInCity: true,
  startupFounder: false,
  schoolAgeChild: true,
  spouseAccompanying: true
}

/** a Hong Kong resident of 30 who founded a firm in a 蓬江 港澳青年创新创业基地, no 社保 yet */
const hongKongFounder: Facts = {
  ...NONE,
  education: 'bachelor',
  fullTimeDegree: true,
  graduationYear: 2018,
  birthDate: '1996-07-01',
  yearsWorked: 8,
  socialInsuranceMonths: 0,
  employerType: 'private',
  employerCity: 'jiangmen',
  employerDistrict: 'pengjiang',
  employerPlatform: ['hkmo_youth_base'],
  hukouCity: 'other',
  hkmoResident: true,
  ownsHomeInCity: false,
  homePurchasedInCity: false,
  startupFounder: true,
  schoolAgeChild: false,
  spouseAccompanying: false
}

test('the master’s graduate qualifies for the graduate allowance, the 人才岛 flat and 蓬江’s rent subsidy', () => {
  expect(qualifying(graduate).sort()).toEqual(['jm-graduate-living', 'jm-talent-island-apartment', 'pj-graduate-rent'])
  // a near miss says what is missing: 还差 4 个月社保 (and the skill level it lacks)
  expect(why('jm-high-skill-living', graduate)).toEqual([
    ['职业技能等级', 4, '级'],
    ['社保', 4, '个月']
  ])
  // only what decided it: not the 职称 alternative of a 学历 that is met
  expect(labels('jh-hightech-talent-living', graduate)).toEqual(['用人单位所在区（市）', '所属平台'])
  expect(labels('jm-qiaodu-talent-card', graduate)).toEqual(['学历', '职称', '职业技能等级', '人才工程'])
  expect(labels('jm-hkmo-youth-startup', graduate)).toEqual(['港澳居民', '创办企业'])
})

test('the 高级技师 qualifies for the skill allowance and home subsidy, the talent card and a school place', () => {
  expect(qualifying(technician).sort()).toEqual([
    'jm-high-skill-housing',
    'jm-high-skill-living',
    'jm-qiaodu-talent-card',
    'jm-talent-schooling'
  ])
  // a C card is one class short of the spouse placement
  expect(labels('jm-spouse-job', technician)).toEqual(['人才卡类别'])
  expect(why('jm-graduate-living', technician)).toEqual([
    ['学历', undefined, undefined],
    ['全日制学历', undefined, undefined],
    ['毕业年份', 22, '年'],
    ['年龄', 5, '岁']
  ])
  expect(labels('hs-skill-talent-bonus', technician)).toEqual(['用人单位所在区（市）'])
  expect(labels('kp-cuishanhu-rent', technician)).toEqual(
    expect.arrayContaining(['用人单位所在区（市）', '本市已有住房'])
  )
})

test('the Hong Kong founder qualifies for the 港澳青年 start-up grant and rent subsidy, not the graduate ones', () => {
  expect(qualifying(hongKongFounder).sort()).toEqual(['jm-hkmo-youth-rent', 'jm-hkmo-youth-startup'])
  expect(why('pj-graduate-rent', hongKongFounder)).toEqual([
    ['毕业年份', 5, '年'],
    ['社保', 6, '个月']
  ])
  expect(labels('jm-talent-island-apartment', hongKongFounder)).toEqual(['所属平台', '学历', '职称'])
  expect(labels('jm-innovation-team', hongKongFounder)).toEqual(['人才工程'])
  // a year older than the youth grant allows at 46
  expect(why('jm-hkmo-youth-startup', { ...hongKongFounder, birthDate: '1980-07-01' })).toEqual([['年龄', 1, '岁']])
})

test('an unanswered question never qualifies: the graduate without 社保 answered is unknown, not met', () => {
  const { socialInsuranceMonths: _, ...partial } = graduate
  void _
  expect(qualifying(partial)).toEqual(['jm-talent-island-apartment'])
  const graduateLiving = byId.get('jm-graduate-living')
  expect(graduateLiving && evaluate(graduateLiving.conditions, partial, TODAY).outcome).toBe('unknown')
})
