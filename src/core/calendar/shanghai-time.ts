// Civil dates and clock times in Beijing time (UTC+08:00), through dayjs.
//
// Why a fixed offset and not the device zone: the mini-program runs on phones of Hong Kong, Macau
// and overseas users whose device time zone may be anything. Government deadlines and hall opening
// days are defined in Beijing time, and China has had no daylight saving time since 1991, so a
// fixed +08:00 offset is exact for every date this app deals with. dayjs' utc plugin with
// `utcOffset(480)` needs no Intl time-zone data, which some mini-program runtimes lack.
//
// What this file adds to dayjs: strict 'YYYY-MM-DD' and 'HH:mm' parsing (dayjs rolls 02-30 over
// into March instead of refusing it) and the Beijing-time names the rest of core uses.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'

dayjs.extend(utc)

/** Offset of Beijing time from UTC, in minutes. Fixed: no DST in mainland China since 1991. */
export const SHANGHAI_OFFSET_MINUTES = 480
export const MS_PER_DAY = 24 * 60 * 60 * 1000

export interface CivilDate {
  year: number
  /** 1-12 */
  month: number
  /** 1-31 */
  day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DATE_FORMAT = 'YYYY-MM-DD'

/** True when the numbers form a real Gregorian date. */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false
  return day <= dayjs.utc(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`).daysInMonth()
}

/** Parses a strict 'YYYY-MM-DD' string; null when malformed or not a real date. */
export function parseIsoDate(date: string): CivilDate | null {
  if (typeof date !== 'string') return null
  const m = ISO_DATE.exec(date)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return isValidCivilDate(year, month, day) ? { year, month, day } : null
}

export function isIsoDate(date: string): boolean {
  return parseIsoDate(date) !== null
}

/** Like parseIsoDate but throws, for APIs where a malformed date is a programming error. */
export function requireIsoDate(date: string): CivilDate {
  const parsed = parseIsoDate(date)
  if (!parsed) throw new RangeError(`Expected a real date as 'YYYY-MM-DD', got ${JSON.stringify(date)}`)
  return parsed
}

/** The civil date as a dayjs value at its midnight in UTC: date arithmetic without any zone. */
function civil(date: string): Dayjs {
  requireIsoDate(date)
  return dayjs.utc(date)
}

/** The instant as a dayjs value showing Beijing wall-clock time. */
export function beijing(epochMs: number): Dayjs {
  return dayjs.utc(epochMs).utcOffset(SHANGHAI_OFFSET_MINUTES)
}

/** Calendar-day arithmetic on 'YYYY-MM-DD'. */
export function addDays(date: string, n: number): string {
  return civil(date).add(n, 'day').format(DATE_FORMAT)
}

/** Calendar-month arithmetic on 'YYYY-MM-DD'; a day the target month lacks becomes its last (01-31 + 1 → 02-28). */
export function addMonths(date: string, n: number): string {
  return civil(date).add(n, 'month').format(DATE_FORMAT)
}

/** b − a in calendar days. */
export function daysBetween(a: string, b: string): number {
  return civil(b).diff(civil(a), 'day')
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay but for the civil date itself. */
export function dayOfWeek(date: string): number {
  return civil(date).day()
}

/** The date in Beijing time at the given instant. */
export function shanghaiDate(epochMs: number): string {
  return beijing(epochMs).format(DATE_FORMAT)
}

/** Minutes since midnight, Beijing time, at the given instant (0-1439). */
/** today's civil date in Beijing (YYYY-MM-DD), from the device's clock */
export const beijingToday = (): string => shanghaiDate(Date.now())

export function shanghaiMinutesOfDay(epochMs: number): number {
  const t = beijing(epochMs)
  return t.hour() * 60 + t.minute()
}

/** Epoch ms of 00:00:00.000 Beijing time on the date. */
export function startOfShanghaiDay(date: string): number {
  return civil(date).subtract(SHANGHAI_OFFSET_MINUTES, 'minute').valueOf()
}

/** Epoch ms of 23:59:59.999 Beijing time on the date: 24:00 of that day, as the Civil Code reads it. */
export function endOfShanghaiDay(date: string): number {
  return startOfShanghaiDay(date) + MS_PER_DAY - 1
}

/** Epoch ms of the given wall-clock minute ('HH:mm' as minutes) in Beijing time on the date. */
export function shanghaiInstant(date: string, minutesOfDay: number): number {
  return startOfShanghaiDay(date) + minutesOfDay * 60000
}

/** Parses 'HH:mm' (00:00-24:00) to minutes since midnight; null when malformed. */
export function parseClock(text: string): number | null {
  if (typeof text !== 'string') return null
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null
  return h * 60 + min
}

/** 'YYYY-MM-DDTHH:mm:ss+08:00' for logs and API payloads; independent of the device zone. */
export function formatShanghaiDateTime(epochMs: number): string {
  return beijing(epochMs).format('YYYY-MM-DDTHH:mm:ssZ')
}

/** Beijing wall-clock time of an instant in a dayjs format, e.g. 'MM-DD HH:mm'. */
export function formatShanghai(epochMs: number, format: string): string {
  return beijing(epochMs).format(format)
}
