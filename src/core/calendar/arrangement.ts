// The holiday arrangement (放假调休安排) the working-day calendar reads, year by year, from three
// sources, the newest winning:
//  1. the State Council's published arrangements bundled from chinese-days (2004–2026 in 1.5.7);
//  2. for the years after them, the statutory holidays computed at build time from the lunar
//     calendar and solar terms (scripts/lib/statutory-holidays.ts): *provisional*, since the 调休
//     (weekends moved to make a long holiday) is only published about a month before the year starts;
//  3. an arrangement the backend publishes (GET /calendar), so a server can ship next year's 调休
//     the day it is announced, without an app release. The app keeps the last one it received.
//
// Why the raw chinese-days JSON and not its isWorkday/isHoliday: in 1.5.7 those parse dates as UTC
// midnight but read them back with local Date getters, so west of UTC every lookup lands on the
// previous day. The JSON is keyed by plain date strings and is exact in any time zone.
import holidayData from 'chinese-days/dist/chinese-days.json'
import statutoryData from '../../generated/statutory-holidays.json'

/** 'English name,中文名,statutory day count', as chinese-days writes them, e.g. 'Spring Festival,春节,4' */
type DayTable = Record<string, string>

export interface YearArrangement {
  /** statutory holidays only, 调休 not yet published */
  provisional: boolean
  /** when this arrangement was published, 'YYYY-MM-DD'; of two arrangements of a year the later wins */
  published: string
  /** rest days: statutory holidays and the weekdays given with them */
  holidays: DayTable
  /** make-up working days (调休上班), usually a Saturday or Sunday */
  workdays: DayTable
  /** weekdays turned into rest days in exchange for a make-up working day */
  inLieuDays: DayTable
}

/** year ('2027') → its arrangement */
export type Arrangement = Record<string, YearArrangement>

/**
 * When the State Council published its notice on the 2026 arrangement, the newest that chinese-days
 * 1.5.7 carries; it stands for every bundled official year.
 */
const BUNDLED_OFFICIAL_PUBLISHED = '2025-11-04'

function splitByYear(tables: Record<'holidays' | 'workdays' | 'inLieuDays', DayTable>): Arrangement {
  const years: Arrangement = {}
  for (const key of ['holidays', 'workdays', 'inLieuDays'] as const) {
    for (const [date, label] of Object.entries(tables[key])) {
      const year = date.slice(0, 4)
      years[year] ??= {
        provisional: false,
        published: BUNDLED_OFFICIAL_PUBLISHED,
        holidays: {},
        workdays: {},
        inLieuDays: {}
      }
      years[year][key][date] = label
    }
  }
  return years
}

const YEAR = /^\d{4}$/
const DATE = /^\d{4}-\d{2}-\d{2}$/

function isDayTable(value: unknown, year: string): value is DayTable {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.entries(value).every(([d, label]) => DATE.test(d) && d.startsWith(year) && typeof label === 'string')
  )
}

function checkYear(year: string, value: unknown): YearArrangement | null {
  if (!YEAR.test(year) || typeof value !== 'object' || value === null) return null
  const v = value as Record<string, unknown>
  if (typeof v.provisional !== 'boolean' || typeof v.published !== 'string' || !DATE.test(v.published)) return null
  if (!isDayTable(v.holidays, year) || !isDayTable(v.workdays, year)) return null
  const inLieuDays = v.inLieuDays ?? {}
  if (!isDayTable(inLieuDays, year)) return null
  return {
    provisional: v.provisional,
    published: v.published,
    holidays: { ...v.holidays },
    workdays: { ...v.workdays },
    inLieuDays: { ...inLieuDays }
  }
}

/**
 * The well-formed years of an arrangement that came from outside (the network, device storage):
 * a malformed year is left out, never half-applied.
 */
export function parseArrangement(data: unknown): Arrangement {
  const years = (data as { years?: unknown } | null)?.years
  if (typeof years !== 'object' || years === null || Array.isArray(years)) return {}
  const result: Arrangement = {}
  for (const [year, value] of Object.entries(years)) {
    const checked = checkYear(year, value)
    if (checked) result[year] = checked
  }
  return result
}

/** Whether `candidate` should replace `current`: a published 调休 beats a provisional year, then the later wins. */
export function isNewer(candidate: YearArrangement, current: YearArrangement | undefined): boolean {
  if (!current) return true
  if (candidate.provisional !== current.provisional) return !candidate.provisional
  return candidate.published > current.published
}

/** `base` with every year of `incoming` that is newer; the same object when nothing changes. */
export function mergeArrangements(base: Arrangement, incoming: Arrangement): Arrangement {
  const newer = Object.entries(incoming).filter(([year, y]) => isNewer(y, base[year]))
  return newer.length ? { ...base, ...Object.fromEntries(newer) } : base
}

/** What the app ships with: the official years, then the computed statutory years after them. */
export const BUNDLED_ARRANGEMENT: Arrangement = mergeArrangements(
  splitByYear(holidayData as Record<'holidays' | 'workdays' | 'inLieuDays', DayTable>),
  parseArrangement(statutoryData)
)

let active: Arrangement = BUNDLED_ARRANGEMENT

/** The arrangement in force. */
export function activeArrangement(): Arrangement {
  return active
}

/**
 * Takes a published arrangement (from the backend, or the copy kept on the device) where it is
 * newer than what is in force. Returns the years that changed.
 */
export function installArrangement(published: Arrangement): string[] {
  const next = mergeArrangements(active, published)
  if (next === active) return []
  const changed = Object.keys(published).filter((year) => next[year] !== active[year])
  active = next
  return changed
}

/** Back to the bundled arrangement (tests). */
export function resetArrangement(): void {
  active = BUNDLED_ARRANGEMENT
}

/** The published years that are newer than the bundled ones: what is worth keeping on the device. */
export function publishedSinceBundle(): Arrangement {
  return Object.fromEntries(Object.entries(active).filter(([year, y]) => y !== BUNDLED_ARRANGEMENT[year]))
}

export type OfficialDayKind = 'holiday' | 'makeUpWorkday'

export interface OfficialDay {
  kind: OfficialDayKind
  /** Chinese name of the festival, e.g. '春节' */
  name: string
  /** English name of the festival, e.g. 'Spring Festival' */
  nameEn: string
  /** a weekday given as rest in exchange for a make-up working day */
  inLieu: boolean
  /** computed from the statutory rules; the 调休 of its year is not published yet */
  provisional: boolean
}

function parseLabel(label: string): { name: string; nameEn: string } {
  const [nameEn = '', name = ''] = label.split(',')
  return { name, nameEn }
}

/** The arrangement entry of a date, or null for an ordinary day (or a year no arrangement covers). */
export function officialDay(date: string): OfficialDay | null {
  const year = active[date.slice(0, 4)]
  if (!year) return null
  const work = year.workdays[date]
  if (work !== undefined) {
    return { kind: 'makeUpWorkday', ...parseLabel(work), inLieu: false, provisional: year.provisional }
  }
  const rest = year.holidays[date]
  if (rest === undefined) return null
  return {
    kind: 'holiday',
    ...parseLabel(rest),
    inLieu: year.inLieuDays[date] !== undefined,
    provisional: year.provisional
  }
}

/** How the year of a date is known: 'official' (调休 published), 'provisional' (statutory only), 'unknown'. */
export function yearStatus(year: number): 'official' | 'provisional' | 'unknown' {
  const y = active[String(year)]
  return y ? (y.provisional ? 'provisional' : 'official') : 'unknown'
}
