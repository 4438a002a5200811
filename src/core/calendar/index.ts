// Beijing-time calendar: working days on the holiday arrangement in force, and deadline arithmetic.
export {
  MS_PER_DAY,
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  endOfShanghaiDay,
  formatShanghai,
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
export {
  BUNDLED_ARRANGEMENT,
  installArrangement,
  mergeArrangements,
  officialDay,
  parseArrangement,
  publishedSinceBundle,
  resetArrangement,
  yearStatus
} from './arrangement'
export type { Arrangement, OfficialDay, OfficialDayKind, YearArrangement } from './arrangement'
export {
  addCalendarDaysAt,
  addHours,
  addWorkingDays,
  addWorkingDaysAt,
  calendarCoverage,
  calendarRange,
  isCalendarKnown,
  isProvisionalDate,
  isProvisionalInstant,
  isWorkingDay,
  nextWorkingDays,
  workingDaysBetween
} from './working-days'
