// Working days of government halls: Monday–Friday, minus the official holidays, plus the
// make-up working days (调休上班) of the State Council arrangement. Everything works on
// 'YYYY-MM-DD' strings in Beijing time; see shanghai-time.ts for why.
import { OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR, officialDay } from './official-calendar'
import {
  dayOfWeek,
  daysToIsoDate,
  endOfShanghaiDay,
  isoDateToDays,
  parseClock,
  requireIsoDate,
  shanghaiDate,
  shanghaiInstant
} from './shanghai-time'

/**
 * Last year the official holiday arrangement is known for (2026 with chinese-days 1.5.7).
 * The State Council publishes next year's arrangement around November, so the dependency
 * must be updated each year; dates after this year fall back to plain Monday–Friday.
 */
export function calendarCoverage(): number {
  return OFFICIAL_LAST_YEAR
}

/** Both ends of the covered range (the data starts in 2004). */
export function calendarRange(): { firstYear: number; lastYear: number } {
  return { firstYear: OFFICIAL_FIRST_YEAR, lastYear: OFFICIAL_LAST_YEAR }
}

/**
 * Whether holidays of this date's year are known. When false, isWorkingDay only knows
 * weekends, and the UI should say that holidays may still change the result.
 */
export function isCalendarKnown(date: string): boolean {
  const { year } = requireIsoDate(date)
  return year >= OFFICIAL_FIRST_YEAR && year <= OFFICIAL_LAST_YEAR
}

/** Whether government halls work on this date (Beijing calendar). Throws on a malformed date. */
export function isWorkingDay(date: string): boolean {
  requireIsoDate(date)
  const official = officialDay(date)
  if (official) return official.kind === 'makeUpWorkday'
  const dow = dayOfWeek(date)
  return dow >= 1 && dow <= 5
}

function requireInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`)
}

/**
 * Moves n working days from date.
 * - n > 0: the n-th working day after date (date itself never counts, as in
 *   "自受理之次日起 n 个工作日"), so the result is a working day even if date is not.
 * - n < 0: the |n|-th working day before date.
 * - n = 0: date itself when it is a working day, otherwise the next working day.
 * For n ≠ 0, workingDaysBetween(date, addWorkingDays(date, n)) === n.
 */
export function addWorkingDays(date: string, n: number): string {
  requireInteger(n, 'n')
  let days = isoDateToDays(date)
  if (n === 0) {
    while (!isWorkingDay(daysToIsoDate(days))) days += 1
    return daysToIsoDate(days)
  }
  const step = n > 0 ? 1 : -1
  let remaining = Math.abs(n)
  while (remaining > 0) {
    days += step
    if (isWorkingDay(daysToIsoDate(days))) remaining -= 1
  }
  return daysToIsoDate(days)
}

/**
 * The next `count` working days after fromDate, in order. With includeFrom, fromDate itself
 * is the first one when it is a working day (used for "today or later" lists).
 */
export function nextWorkingDays(fromDate: string, count: number, includeFrom = false): string[] {
  requireInteger(count, 'count')
  const result: string[] = []
  let days = isoDateToDays(fromDate)
  if (includeFrom && count > 0 && isWorkingDay(fromDate)) result.push(fromDate)
  while (result.length < count) {
    days += 1
    const d = daysToIsoDate(days)
    if (isWorkingDay(d)) result.push(d)
  }
  return result
}

/**
 * Signed number of working days passed when going from a to b, counting the arrival day and
 * not the departure day: working days in (a, b] when a ≤ b, minus those in [b, a) when b < a.
 * This makes it the inverse of addWorkingDays for n ≠ 0.
 */
export function workingDaysBetween(a: string, b: string): number {
  const from = isoDateToDays(a)
  const to = isoDateToDays(b)
  let count = 0
  if (to >= from) {
    for (let d = from + 1; d <= to; d++) if (isWorkingDay(daysToIsoDate(d))) count++
    return count
  }
  for (let d = to; d < from; d++) if (isWorkingDay(daysToIsoDate(d))) count++
  return -count
}

/**
 * Deadline n working days after the Beijing date of epochMs, as epoch ms.
 *
 * By default the deadline is 23:59:59.999 Beijing time of that working day: the Civil Code
 * (民法典 art. 201, 203) excludes the starting day and ends a period at 24:00 of its last
 * day, and a fixed office closing time would be wrong for halls with other hours and for
 * online channels that accept submissions all evening. Pass `cutoff` ('HH:mm', e.g. the
 * hall's '17:30') when a period must end at close of business (art. 203, 业务时间).
 */
export function addWorkingDaysAt(epochMs: number, n: number, cutoff?: string): number {
  const due = addWorkingDays(shanghaiDate(epochMs), n)
  if (cutoff === undefined) return endOfShanghaiDay(due)
  const minutes = parseClock(cutoff)
  if (minutes === null) throw new RangeError(`cutoff must be 'HH:mm', got ${JSON.stringify(cutoff)}`)
  return shanghaiInstant(due, minutes)
}

/** Adds hours to an instant. Plain arithmetic is exact because Beijing time has no DST. */
export function addHours(epochMs: number, h: number): number {
  return epochMs + h * 60 * 60 * 1000
}
