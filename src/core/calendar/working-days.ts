// Working days of government halls: Monday–Friday, minus the holidays, plus the make-up working
// days (调休上班) of the holiday arrangement in force (arrangement.ts). Everything works on
// 'YYYY-MM-DD' strings in Beijing time; see shanghai-time.ts for why.
import { activeArrangement, officialDay, yearStatus } from './arrangement'
import {
  addDays,
  dayOfWeek,
  daysBetween,
  endOfShanghaiDay,
  parseClock,
  requireIsoDate,
  shanghaiDate,
  shanghaiInstant
} from './shanghai-time'

function years(provisional: boolean): number[] {
  const arrangement = activeArrangement()
  return Object.keys(arrangement)
    .filter((y) => arrangement[y].provisional === provisional)
    .map(Number)
}

/**
 * Last year whose 调休 is published (2026 with chinese-days 1.5.7, later once the backend publishes
 * one). The years after it have their statutory holidays only.
 */
export function calendarCoverage(): number {
  return Math.max(...years(false))
}

/** The years with a published arrangement, and the last year with at least the statutory holidays. */
export function calendarRange(): { firstYear: number; lastYear: number; lastStatutoryYear: number } {
  const official = years(false)
  return {
    firstYear: Math.min(...official),
    lastYear: Math.max(...official),
    lastStatutoryYear: Math.max(...official, ...years(true))
  }
}

/** Whether the published arrangement of this date's year is known (its 调休 included). */
export function isCalendarKnown(date: string): boolean {
  return yearStatus(requireIsoDate(date).year) === 'official'
}

/**
 * Whether the answer for this date may still change: its year has only the statutory holidays
 * (调休 not yet published), or no holiday data at all. The UI marks such dates and deadlines.
 */
export function isProvisionalDate(date: string): boolean {
  return !isCalendarKnown(date)
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
  let day = date
  if (n === 0) {
    while (!isWorkingDay(day)) day = addDays(day, 1)
    return day
  }
  const step = n > 0 ? 1 : -1
  let remaining = Math.abs(n)
  while (remaining > 0) {
    day = addDays(day, step)
    if (isWorkingDay(day)) remaining -= 1
  }
  return day
}

/**
 * The next `count` working days after fromDate, in order. With includeFrom, fromDate itself
 * is the first one when it is a working day (used for "today or later" lists).
 */
export function nextWorkingDays(fromDate: string, count: number, includeFrom = false): string[] {
  requireInteger(count, 'count')
  const result: string[] = []
  let day = fromDate
  if (includeFrom && count > 0 && isWorkingDay(fromDate)) result.push(fromDate)
  while (result.length < count) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) result.push(day)
  }
  return result
}

/**
 * Signed number of working days passed when going from a to b, counting the arrival day and
 * not the departure day: working days in (a, b] when a ≤ b, minus those in [b, a) when b < a.
 * This makes it the inverse of addWorkingDays for n ≠ 0.
 */
export function workingDaysBetween(a: string, b: string): number {
  const span = daysBetween(a, b)
  let count = 0
  if (span >= 0) {
    for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(a, i))) count++
    return count
  }
  for (let i = 0; i < -span; i++) if (isWorkingDay(addDays(b, i))) count++
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

/**
 * Deadline n calendar days after the Beijing date of epochMs: 24:00 Beijing time of the n-th day,
 * the same reading of "days" as working-day deadlines (民法典 art. 201: the starting day does not
 * count; art. 203: a period ends at 24:00 of its last day). Calendar days run through weekends and
 * holidays; a service promise in natural days (e.g. the "117" 7 days) is not extended when its last
 * day is a holiday, since the promise is the shorter time.
 */
export function addCalendarDaysAt(epochMs: number, n: number): number {
  requireInteger(n, 'n')
  return endOfShanghaiDay(addDays(shanghaiDate(epochMs), n))
}

/** Whether a due instant falls on a date whose holiday arrangement is still provisional. */
export function isProvisionalInstant(epochMs: number): boolean {
  return isProvisionalDate(shanghaiDate(epochMs))
}
