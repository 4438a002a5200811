// The State Council holiday arrangement (放假调休安排), taken from chinese-days' data.
//
// Why the raw JSON and not chinese-days' isWorkday/isHoliday: in chinese-days 1.5.7 those
// functions parse 'YYYY-MM-DD' as UTC midnight but then read the date back with *local*
// Date getters, and build their own holiday table the same way. On a device west of UTC
// (e.g. America/Los_Angeles, Pacific/Honolulu) every lookup lands on the previous day:
// 2025-01-04 (a Saturday) comes out as a working day, 2025-01-06 (a Monday) as a rest
// day. The shipped JSON is the same table built once at package build time, keyed by
// plain date strings, so reading it is exact in any time zone, and it keeps the
// library's lunar/solar-term code out of the mini-program bundle.
import holidayData from 'chinese-days/dist/chinese-days.json'

type DayTable = Record<string, string>

interface HolidayTables {
  /** rest days: statutory holidays and the weekends moved into them */
  holidays: DayTable
  /** make-up working days (调休上班), usually a Saturday or Sunday */
  workdays: DayTable
  /** weekdays turned into rest days in exchange for a make-up working day (调休) */
  inLieuDays: DayTable
}

const tables = holidayData as HolidayTables

export type OfficialDayKind = 'holiday' | 'makeUpWorkday'

export interface OfficialDay {
  kind: OfficialDayKind
  /** Chinese name of the festival, e.g. '春节' */
  name: string
  /** English name of the festival, e.g. 'Spring Festival' */
  nameEn: string
  /** a weekday given as rest in exchange for a make-up working day */
  inLieu: boolean
}

function yearsOf(table: DayTable): number[] {
  return Object.keys(table).map((d) => Number(d.slice(0, 4)))
}

const allYears = [...yearsOf(tables.holidays), ...yearsOf(tables.workdays)]

/** First and last year the arrangement data covers (2004 and 2026 in chinese-days 1.5.7). */
export const OFFICIAL_FIRST_YEAR = Math.min(...allYears)
export const OFFICIAL_LAST_YEAR = Math.max(...allYears)

function parseLabel(label: string): { name: string; nameEn: string } {
  // Labels look like "Spring Festival,春节,4": English name, Chinese name, day count.
  const [nameEn = '', name = ''] = label.split(',')
  return { name, nameEn }
}

/** The arrangement entry of a date, or null for an ordinary day (or an uncovered year). */
export function officialDay(date: string): OfficialDay | null {
  const work = tables.workdays[date]
  if (work !== undefined) return { kind: 'makeUpWorkday', ...parseLabel(work), inLieu: false }
  const rest = tables.holidays[date]
  if (rest !== undefined) {
    return { kind: 'holiday', ...parseLabel(rest), inLieu: tables.inLieuDays[date] !== undefined }
  }
  return null
}
