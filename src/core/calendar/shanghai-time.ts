// Civil-date and clock arithmetic pinned to Asia/Shanghai (UTC+08:00).
//
// Why no local Date getters: the mini-program runs on phones of Hong Kong, Macau and
// overseas users whose device time zone may be anything. Government deadlines and hall
// opening days are defined in Beijing time, and China has had no daylight saving time
// since 1991, so a fixed +08:00 offset is exact for every date this app deals with.
// Dates are 'YYYY-MM-DD' strings converted to a day count with pure integer arithmetic
// (Howard Hinnant's days_from_civil / civil_from_days), which never touches the host
// time zone, nor the Date parser, nor Intl (absent from some mini-program runtimes).

/** Offset of Beijing time from UTC. Fixed: no DST in mainland China since 1991. */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000
export const MS_PER_DAY = 24 * 60 * 60 * 1000

export interface CivilDate {
  year: number
  /** 1-12 */
  month: number
  /** 1-31 */
  day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** True when the numbers form a real Gregorian date. */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

/** Parses a strict 'YYYY-MM-DD' string; null when malformed or not a real date. */
export function parseIsoDate(date: string): CivilDate | null {
  if (typeof date !== 'string') return null
  const m = ISO_DATE.exec(date)
  if (!m) return null
  const year = Number(m[1])
  const month = Number(m[2])
  const day = Number(m[3])
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

export function formatIsoDate({ year, month, day }: CivilDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Days since 1970-01-01 of a civil date (proleptic Gregorian). */
export function civilToDays({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const mp = (month + 9) % 12
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** Inverse of civilToDays. */
export function daysToCivil(days: number): CivilDate {
  const z = days + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1
  const month = mp < 10 ? mp + 3 : mp - 9
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0)
  return { year, month, day }
}

export function isoDateToDays(date: string): number {
  return civilToDays(requireIsoDate(date))
}

export function daysToIsoDate(days: number): string {
  return formatIsoDate(daysToCivil(days))
}

/** Calendar-day arithmetic on 'YYYY-MM-DD'. */
export function addDays(date: string, n: number): string {
  return daysToIsoDate(isoDateToDays(date) + n)
}

/** b − a in calendar days. */
export function daysBetween(a: string, b: string): number {
  return isoDateToDays(b) - isoDateToDays(a)
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay but for the civil date itself. */
export function dayOfWeek(date: string): number {
  // 1970-01-01 was a Thursday (4).
  return (((isoDateToDays(date) + 4) % 7) + 7) % 7
}

/** The date in Beijing time at the given instant. */
export function shanghaiDate(epochMs: number): string {
  return daysToIsoDate(Math.floor((epochMs + SHANGHAI_OFFSET_MS) / MS_PER_DAY))
}

/** Minutes since midnight, Beijing time, at the given instant (0-1439). */
export function shanghaiMinutesOfDay(epochMs: number): number {
  const msOfDay = (((epochMs + SHANGHAI_OFFSET_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY
  return Math.floor(msOfDay / 60000)
}

/** Epoch ms of 00:00:00.000 Beijing time on the date. */
export function startOfShanghaiDay(date: string): number {
  return isoDateToDays(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS
}

/** Epoch ms of 23:59:59.999 Beijing time on the date. */
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
  const ms = (((epochMs + SHANGHAI_OFFSET_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY
  const hh = Math.floor(ms / 3600000)
  const mm = Math.floor((ms % 3600000) / 60000)
  const ss = Math.floor((ms % 60000) / 1000)
  const pad = (v: number) => String(v).padStart(2, '0')
  return `${shanghaiDate(epochMs)}T${pad(hh)}:${pad(mm)}:${pad(ss)}+08:00`
}
