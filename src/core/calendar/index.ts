// Beijing-time calendar: official working days and deadline arithmetic.
export {
  SHANGHAI_OFFSET_MS,
  MS_PER_DAY,
  addDays,
  dayOfWeek,
  daysBetween,
  endOfShanghaiDay,
  formatShanghaiDateTime,
  isIsoDate,
  parseClock,
  parseIsoDate,
  shanghaiDate,
  shanghaiInstant,
  shanghaiMinutesOfDay,
  startOfShanghaiDay
} from './shanghaiTime'
export type { CivilDate } from './shanghaiTime'
export { officialDay, OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR } from './officialCalendar'
export type { OfficialDay, OfficialDayKind } from './officialCalendar'
export {
  addHours,
  addWorkingDays,
  addWorkingDaysAt,
  calendarCoverage,
  calendarRange,
  isCalendarKnown,
  isWorkingDay,
  nextWorkingDays,
  workingDaysBetween
} from './workingDays'
