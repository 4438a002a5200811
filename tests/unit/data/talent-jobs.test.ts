// The sample postings, fairs and talent housing: enough of them, ids unique, every value one the types allow,
// dates valid (the fairs from November 2026 to March 2027, the 春风行动 ones after 春节), places in Jiangmen's
// districts with coordinates near them, and each housing rule a valid rule over the talent vocabulary.
import fairsData from '@/data/talent/fairs.json'
import housingData from '@/data/talent/housing.json'
import postingsData from '@/data/talent/postings.json'
import { isIsoDate, parseClock } from '@/core/calendar/shanghai-time'
import { CITY_IDS, JIANGMEN_DISTRICTS } from '@/core/domain'
import { ruleProblem, type Leaf, type Rule } from '@/core/rules'
import {
  FAIR_MODES,
  FAIR_THEMES,
  INDUSTRIES,
  SALARY_BAND_IDS,
  filterPostings,
  type JobFair,
  type JobPosting,
  type TalentHousing
} from '@/core/talent/jobs'
import {
  EDUCATION_LEVELS,
  EMPLOYER_TYPES,
  TALENT_FACTS,
  TALENT_FACT_NAMES,
  allowedValues,
  type TalentFact,
  type TalentFactName
} from '@/core/talent/types'

const POSTINGS = postingsData as JobPosting[]
const FAIRS = fairsData as JobFair[]
const HOUSING = housingData as unknown as TalentHousing[]
const TODAY = '2026-12-01'
/** 0750 and seven digits: Jiangmen's landlines */
const JIANGMEN_PHONE = /^0750-\d{7}$/
/** Jiangmen, Shenzhen and Zhongshan lie within this box (GCJ-02, approximate) */
const inGreaterJiangmen = (lat: number, lng: number) => lat > 21.4 && lat < 23 && lng > 111.9 && lng < 114.3

const unique = (ids: string[]) => new Set(ids).size === ids.length
const leavesOf = (rule: Rule): Leaf[] =>
  'fact' in rule ? [rule] : 'not' in rule ? leavesOf(rule.not) : ('all' in rule ? rule.all : rule.any).flatMap(leavesOf)

describe('postings', () => {
  test('at least 80, ids unique, every one marked sample', () => {
    expect(POSTINGS.length).toBeGreaterThanOrEqual(80)
    expect(unique(POSTINGS.map((p) => p.id))).toBe(true)
    for (const p of POSTINGS) expect(p.sample).toBe(true)
  })

  test.each(POSTINGS.map((p) => [p.id, p] as const))('%s is complete and its values are allowed', (_, p) => {
    expect(p.id).toMatch(/^job-\d{3}$/)
    expect(INDUSTRIES).toContain(p.industry)
    expect(JIANGMEN_DISTRICTS).toContain(p.district)
    expect(EDUCATION_LEVELS).toContain(p.education)
    expect(EMPLOYER_TYPES).toContain(p.employerType)
    for (const text of [p.title, p.employer, p.address, p.contact.name]) expect(text.trim()).not.toBe('')
    expect(p.requirements.length).toBeGreaterThan(0)
    expect(p.benefits.length).toBeGreaterThan(0)
    expect(p.contact.phone).toMatch(JIANGMEN_PHONE)
    expect(p.salary.min).toBeGreaterThanOrEqual(2300) // Guangdong's lowest monthly minimum wage tier (approx.)
    if (p.salary.max !== undefined) expect(p.salary.max).toBeGreaterThan(p.salary.min)
    expect(Number.isInteger(p.experienceYears) && p.experienceYears >= 0).toBe(true)
    expect(p.headcount).toBeGreaterThan(0)
    expect(isIsoDate(p.postedOn)).toBe(true)
    expect(p.postedOn <= TODAY).toBe(true)
  })

  test('every district, industry and salary band has postings, so no filter chip leads nowhere', () => {
    for (const district of JIANGMEN_DISTRICTS) expect(filterPostings(POSTINGS, { district }).length).toBeGreaterThan(0)
    for (const industry of INDUSTRIES) expect(filterPostings(POSTINGS, { industry }).length).toBeGreaterThan(0)
    for (const salary of SALARY_BAND_IDS) expect(filterPostings(POSTINGS, { salary }).length).toBeGreaterThan(0)
    for (const education of EDUCATION_LEVELS) expect(filterPostings(POSTINGS, { education }).length).toBeGreaterThan(0)
  })
})

describe('fairs', () => {
  test('at least 14 from November 2026 to March 2027, ids unique, on site and online, every one sample', () => {
    expect(FAIRS.length).toBeGreaterThanOrEqual(14)
    expect(unique(FAIRS.map((f) => f.id))).toBe(true)
    for (const f of FAIRS) {
      expect(f.sample).toBe(true)
      expect(f.date >= '2026-11-01' && (f.endDate ?? f.date) <= '2027-03-31').toBe(true)
    }
    for (const mode of FAIR_MODES) expect(FAIRS.some((f) => f.mode === mode)).toBe(true)
  })

  test('the calendar has campus fairs at 五邑大学, 春风行动 fairs after 春节 2027, 深江 and 中江 fairs, and online fairs on both sites', () => {
    expect(FAIRS.filter((f) => f.theme === 'campus' && f.venue?.name.includes('五邑大学')).length).toBeGreaterThan(1)
    // 春节 2027 is 6 February; the spring fairs come after the holiday
    const spring = FAIRS.filter((f) => f.theme === 'spring')
    expect(spring.length).toBeGreaterThanOrEqual(3)
    for (const f of spring) expect(f.date >= '2027-02-12').toBe(true)
    const crossCity = FAIRS.filter((f) => f.theme === 'cross_city')
    expect(crossCity.some((f) => [f.city, f.partnerCity].includes('shenzhen'))).toBe(true)
    expect(crossCity.some((f) => [f.city, f.partnerCity].includes('zhongshan'))).toBe(true)
    const platforms = FAIRS.flatMap((f) => (f.online ? [f.online.platform] : []))
    expect(platforms).toEqual(expect.arrayContaining(['江门人才网', '南方人才网']))
  })

  test.each(FAIRS.map((f) => [f.id, f] as const))('%s has its date, times, place, organiser and scale', (_, f) => {
    expect(f.id).toMatch(new RegExp(`^fair-${f.date}-[a-z-]+$`))
    expect(isIsoDate(f.date)).toBe(true)
    if (f.endDate !== undefined) {
      expect(isIsoDate(f.endDate)).toBe(true)
      expect(f.endDate > f.date).toBe(true)
    }
    const [start, end] = [parseClock(f.start), parseClock(f.end)]
    expect(start).not.toBeNull()
    expect(end!).toBeGreaterThan(start!)
    expect(FAIR_MODES).toContain(f.mode)
    expect(FAIR_THEMES).toContain(f.theme)
    expect(CITY_IDS).toContain(f.city)
    if (f.theme === 'cross_city') {
      expect(CITY_IDS).toContain(f.partnerCity)
      expect(f.partnerCity).not.toBe(f.city)
      expect([f.city, f.partnerCity]).toContain('jiangmen')
    }
    // on site: a venue with its address and coordinates, and no online entry; online: the other way round
    if (f.mode === 'onsite') {
      expect(f.online).toBeUndefined()
      expect(f.venue!.name.trim()).not.toBe('')
      expect(f.venue!.address.trim()).not.toBe('')
      expect(inGreaterJiangmen(f.venue!.latitude, f.venue!.longitude)).toBe(true)
    } else {
      expect(f.venue).toBeUndefined()
      expect(f.online!.platform.trim()).not.toBe('')
      expect(f.online!.link.trim()).not.toBe('')
    }
    expect(f.organiser.trim()).not.toBe('')
    expect(f.summary.trim()).not.toBe('')
    expect(f.employers).toBeGreaterThan(0)
    expect(f.positions).toBeGreaterThanOrEqual(f.employers)
  })
})

describe('talent housing', () => {
  test('at least 6 projects, ids unique, every one sample and applied for through the talent-apartment matter', () => {
    expect(HOUSING.length).toBeGreaterThanOrEqual(6)
    expect(unique(HOUSING.map((h) => h.id))).toBe(true)
    expect(HOUSING.some((h) => h.name.includes('江门人才岛'))).toBe(true)
    for (const h of HOUSING) {
      expect(h.sample).toBe(true)
      expect(h.matter).toBe('talent/apartment')
    }
  })

  test.each(HOUSING.map((h) => [h.id, h] as const))('%s is complete, placed in its district', (_, h) => {
    expect(h.city).toBe('jiangmen')
    expect(JIANGMEN_DISTRICTS).toContain(h.district)
    expect(inGreaterJiangmen(h.latitude, h.longitude)).toBe(true)
    for (const text of [h.name, h.address, h.conditionText, h.lease, h.operator]) expect(text.trim()).not.toBe('')
    expect(h.rent.min).toBeGreaterThan(0)
    expect(h.rent.max).toBeGreaterThanOrEqual(h.rent.min)
    expect(h.area.min).toBeGreaterThan(0)
    expect(h.area.max).toBeGreaterThanOrEqual(h.area.min)
    expect(h.layouts.length).toBeGreaterThan(0)
    expect(h.units).toBeGreaterThan(0)
    expect(h.phone).toMatch(JIANGMEN_PHONE)
  })

  test.each(HOUSING.map((h) => [h.id, h] as const))(
    "%s: its rule passes the data check and reads only the vocabulary, with the facts' labels and units",
    (_, h) => {
      expect(ruleProblem(h.conditions)).toBeNull()
      for (const leaf of leavesOf(h.conditions)) {
        expect(TALENT_FACT_NAMES).toContain(leaf.fact)
        const fact: TalentFact = TALENT_FACTS[leaf.fact as TalentFactName]
        expect([leaf.label, leaf.unit]).toEqual([fact.label, fact.unit])
        if ('in' in leaf) {
          expect(fact.kind).toBe('choice')
          for (const v of leaf.in) expect(allowedValues(leaf.fact as TalentFactName)).toContain(v)
        } else if ('between' in leaf) {
          expect(fact.kind).toBe('number')
        } else if (leaf.since !== undefined) {
          expect(fact.kind).toBe('date')
        } else if (fact.kind === 'boolean') {
          expect(typeof leaf.value).toBe('boolean')
        } else if (fact.kind === 'number') {
          const [lo, hi] = fact.range ?? [-Infinity, Infinity]
          expect(leaf.value as number).toBeGreaterThanOrEqual(lo)
          expect(leaf.value as number).toBeLessThanOrEqual(hi)
        } else {
          expect(fact.kind).toBe('year')
        }
      }
      // the flats are for people without a home in Jiangmen: every rule asks it
      expect(leavesOf(h.conditions).some((l) => l.fact === 'ownsHomeInCity')).toBe(true)
    }
  )
})
