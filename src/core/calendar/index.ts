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
} from './shanghai-time'
export type { CivilDate } from './shanghai-time'
export { officialDay, OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR } from './official-calendar'
export type { OfficialDay, OfficialDayKind } from './official-calendar'
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
} from './working-days'
