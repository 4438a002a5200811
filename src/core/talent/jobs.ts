// 人才服务: job postings, job fairs and talent housing, and the pure logic their pages read (filters, salary-range
// overlap, a fair's status on a Beijing date, fairs by month, a housing rule as the lines of its condition list).
import { addDays, parseClock, shanghaiInstant } from '../calendar/shanghai-time'
import type { CityId, District } from '../domain'
import type { Leaf, Rule } from '../rules'
import { EDUCATION_LEVELS, type EducationLevel, type EmployerType } from './types'

// ── postings

/** 先进制造, 新能源与储能, 电子信息, 食品与健康, 五金卫浴, 纺织服装, 现代物流, 医疗卫生, 教育科研, 金融服务, 软件与互联网, 文旅服务 */
export const INDUSTRIES = [
  'manufacturing',
  'new_energy',
  'electronics',
  'food',
  'hardware',
  'textile',
  'logistics',
  'healthcare',
  'education',
  'finance',
  'software',
  'tourism'
] as const
export type Industry = (typeof INDUSTRIES)[number]

/** a monthly salary in yuan, both ends inclusive; no max: open upwards (…以上) */
export interface SalaryRange {
  min: number
  max?: number
}

/** the salary bands a user filters by: 5千以下, 5千–8千, 8千–1.2万, 1.2万以上 */
export const SALARY_BANDS = {
  under5k: { min: 0, max: 5000 },
  '5k-8k': { min: 5000, max: 8000 },
  '8k-12k': { min: 8000, max: 12000 },
  over12k: { min: 12000 }
} as const satisfies Record<string, SalaryRange>
export type SalaryBand = keyof typeof SALARY_BANDS
export const SALARY_BAND_IDS = Object.keys(SALARY_BANDS) as SalaryBand[]

export interface JobPosting {
  id: string
  title: string
  employer: string
  employerType: EmployerType
  industry: Industry
  district: District
  salary: SalaryRange
  /** the lowest education accepted */
  education: EducationLevel
  /** years of experience asked for; 0 = 经验不限 */
  experienceYears: number
  headcount: number
  requirements: readonly string[]
  benefits: readonly string[]
  address: string
  contact: { name: string; phone: string }
  /** YYYY-MM-DD, Beijing */
  postedOn: string
  sample: true
}

/** every filter is optional; education is the user's own: a posting matches when it asks for that or less */
export interface PostingFilter {
  industry?: Industry
  district?: District
  education?: EducationLevel
  salary?: SalaryBand
}

/** whether two salary ranges share at least one yuan (both ends inclusive, a missing max open upwards) */
export function salaryOverlaps(a: SalaryRange, b: SalaryRange): boolean {
  return (a.max === undefined || b.min <= a.max) && (b.max === undefined || a.min <= b.max)
}

const rank = (e: EducationLevel) => EDUCATION_LEVELS.indexOf(e)

/** whether a posting satisfies every filter set */
export function matchesPosting(p: JobPosting, f: PostingFilter): boolean {
  return (
    (f.industry === undefined || p.industry === f.industry) &&
    (f.district === undefined || p.district === f.district) &&
    (f.education === undefined || rank(p.education) <= rank(f.education)) &&
    (f.salary === undefined || salaryOverlaps(p.salary, SALARY_BANDS[f.salary]))
  )
}

/** the postings that satisfy the filters, newest first (then by id, so the order is stable) */
export function filterPostings(postings: readonly JobPosting[], f: PostingFilter): JobPosting[] {
  return postings
    .filter((p) => matchesPosting(p, f))
    .sort((a, b) => (a.postedOn === b.postedOn ? a.id.localeCompare(b.id) : a.postedOn < b.postedOn ? 1 : -1))
}

// ── job fairs

/** 现场招聘会, 网络招聘会 */
export const FAIR_MODES = ['onsite', 'online'] as const
export type FairMode = (typeof FAIR_MODES)[number]
/** 综合, 校园, 春风行动, 跨城 (深江 / 中江), 专场 (an industry or a group) */
export const FAIR_THEMES = ['general', 'campus', 'spring', 'cross_city', 'special'] as const
export type FairTheme = (typeof FAIR_THEMES)[number]

export interface FairVenue {
  name: string
  address: string
  /** approximate GCJ-02 */
  latitude: number
  longitude: number
}

export interface JobFair {
  id: string
  title: string
  /** YYYY-MM-DD, Beijing; endDate for an online fair open several days (inclusive) */
  date: string
  endDate?: string
  /** HH:mm, Beijing: on the first day from start, on the last day until end */
  start: string
  end: string
  mode: FairMode
  theme: FairTheme
  /** the city that holds it; a cross-city fair names its partner */
  city: CityId
  partnerCity?: CityId
  /** onsite fairs */
  venue?: FairVenue
  /** online fairs: where to open it, as the user types or searches it */
  online?: { platform: string; link: string }
  organiser: string
  /** 参会单位 and 岗位 (positions offered), as announced */
  employers: number
  positions: number
  summary: string
  sample: true
}

/** upcoming; today (its one day, or a day of an online fair open several days); ended (已结束) */
export type FairStatus = 'upcoming' | 'today' | 'ended'

/** the last day of a fair */
export const fairLastDay = (fair: Pick<JobFair, 'date' | 'endDate'>): string => fair.endDate ?? fair.date

/** a fair's status on the Beijing date `today` (YYYY-MM-DD) */
export function fairStatus(fair: Pick<JobFair, 'date' | 'endDate'>, today: string): FairStatus {
  if (fairLastDay(fair) < today) return 'ended'
  return fair.date <= today ? 'today' : 'upcoming'
}

/** when a fair starts and ends (epoch ms), for 添加到日历; null when its times are malformed */
export function fairInstants(
  fair: Pick<JobFair, 'date' | 'endDate' | 'start' | 'end'>
): { start: number; end: number } | null {
  const [from, to] = [parseClock(fair.start), parseClock(fair.end)]
  if (from === null || to === null) return null
  return { start: shanghaiInstant(fair.date, from), end: shanghaiInstant(fairLastDay(fair), to) }
}

export interface FairFilter {
  /** YYYY-MM */
  month?: string
  mode?: FairMode
  /** YYYY-MM-DD: only the fairs still open on or after this day (today, to leave the ended ones out) */
  from?: string
}

/** the months (YYYY-MM) a fair is open in: an online fair across a month end is in both */
export function fairMonths(fair: Pick<JobFair, 'date' | 'endDate'>): string[] {
  const months: string[] = []
  for (let day = fair.date; day <= fairLastDay(fair); day = addDays(day, 1)) {
    const month = day.slice(0, 7)
    if (!months.includes(month)) months.push(month)
  }
  return months
}

export function matchesFair(fair: JobFair, f: FairFilter): boolean {
  return (
    (f.month === undefined || fairMonths(fair).includes(f.month)) &&
    (f.mode === undefined || fair.mode === f.mode) &&
    (f.from === undefined || fairLastDay(fair) >= f.from)
  )
}

/** the fairs that satisfy the filters, by date and start time */
export function filterFairs(fairs: readonly JobFair[], f: FairFilter): JobFair[] {
  return fairs
    .filter((x) => matchesFair(x, f))
    .sort((a, b) => `${a.date} ${a.start} ${a.id}`.localeCompare(`${b.date} ${b.start} ${b.id}`))
}

export interface MonthGroup<T> {
  /** YYYY-MM */
  month: string
  items: T[]
}

/** the fairs under the month they start in, months in order, the order within a month kept */
export function groupByMonth<T extends { date: string }>(items: readonly T[]): MonthGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const item of [...items].sort((a, b) => a.date.localeCompare(b.date))) {
    const month = item.date.slice(0, 7)
    groups.set(month, [...(groups.get(month) ?? []), item])
  }
  return [...groups].map(([month, list]) => ({ month, items: list }))
}

/** every month (YYYY-MM) some fair is open in, in order: the month filter's choices */
export function monthsOf(fairs: readonly Pick<JobFair, 'date' | 'endDate'>[]): string[] {
  return [...new Set(fairs.flatMap(fairMonths))].sort()
}

// ── talent housing

export interface TalentHousing {
  id: string
  name: string
  city: CityId
  district: District
  address: string
  /** approximate GCJ-02 */
  latitude: number
  longitude: number
  /** yuan per month, and m² per flat */
  rent: { min: number; max: number }
  area: { min: number; max: number }
  /** 户型, e.g. 一房一厅 */
  layouts: readonly string[]
  /** flats in the project */
  units: number
  /** who may live there, as a rule over TALENT_FACTS */
  conditions: Rule
  /** the conditions as the operator words them, with what the rule does not cover (lease, renewals) */
  conditionText: string
  lease: string
  facilities: readonly string[]
  operator: string
  phone: string
  /** the 在线申办 matter the 申请入住 button opens */
  matter: string
  sample: true
}

/** one line of a rule as a page lists it: a condition, or the head of a group whose lines follow one deeper */
export type ConditionLine = { depth: number } & ({ leaf: Leaf } | { group: 'all' | 'any' | 'not' })

/** a rule as a list of conditions: those of a top-level all one per line, alternatives indented under their any
 * (满足以下任一项), parts of a nested all under theirs (同时满足), a not under its head (不属于以下情形) */
export function conditionLines(rule: Rule, depth = 0): ConditionLine[] {
  if ('fact' in rule) return [{ depth, leaf: rule }]
  if ('not' in rule) return [{ depth, group: 'not' }, ...conditionLines(rule.not, depth + 1)]
  if ('all' in rule && depth === 0) return rule.all.flatMap((r) => conditionLines(r, 0))
  const [group, parts] = 'all' in rule ? (['all', rule.all] as const) : (['any', rule.any] as const)
  return [{ depth, group }, ...parts.flatMap((r) => conditionLines(r, depth + 1))]
}
