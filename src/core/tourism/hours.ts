// Whether a sight is open at an instant, by Beijing time: its hours, its last entry and its closed weekdays, on the
// official holiday calendar (a museum closed on Mondays "except holidays" opens on a Monday that is a holiday).
import { officialDay } from '../calendar/arrangement'
import { addDays, dayOfWeek, parseClock, shanghaiDate, shanghaiMinutesOfDay } from '../calendar/shanghai-time'
import type { OpeningHours, Weekday } from './types'

/** the next day the gate opens: its date and time, and the holiday that opens a closed weekday */
export interface NextOpening {
  date: string
  opensAt: string
  holiday?: string
}

export type OpeningStatus =
  /** open ground, no gate */
  | { state: 'always' }
  /** entry now; `lastEntry` is when entry stops (the close when the sight names none) */
  | { state: 'open'; lastEntry: string; closesAt: string; holiday?: string }
  /** still open, but no more entry today */
  | { state: 'entry-closed'; closesAt: string; next?: NextOpening }
  /** today, later */
  | { state: 'not-yet'; opensAt: string; holiday?: string }
  /** closed for today (after hours, or its closed weekday) until `next` */
  | { state: 'closed'; closedDay: boolean; next?: NextOpening }

/** ISO weekday of a date: 1 Monday … 7 Sunday */
export const isoWeekday = (date: string): Weekday => (dayOfWeek(date) || 7) as Weekday

/** whether the gate opens on a date, and the holiday that opens it on a closed weekday */
export function openOn(hours: OpeningHours, date: string): { open: boolean; holiday?: string } {
  if (hours.always) return { open: true }
  if (!(hours.closedWeekdays ?? []).includes(isoWeekday(date))) return { open: true }
  const day = officialDay(date)
  if (hours.openOnHolidays && day?.kind === 'holiday') return { open: true, holiday: day.name }
  return { open: false }
}

/** the first day after `date` (within two weeks) the gate opens */
export function nextOpening(hours: OpeningHours, date: string): NextOpening | undefined {
  for (let i = 1; i <= 14; i++) {
    const day = addDays(date, i)
    const { open, holiday } = openOn(hours, day)
    if (open) return { date: day, opensAt: hours.open, ...(holiday ? { holiday } : {}) }
  }
  return undefined
}

const clock = (text: string): number => parseClock(text) ?? 0

/** the sight's state at an instant (epoch ms), read in Beijing time */
export function openingStatus(hours: OpeningHours, now: number): OpeningStatus {
  if (hours.always) return { state: 'always' }
  const date = shanghaiDate(now)
  const minute = shanghaiMinutesOfDay(now)
  const today = openOn(hours, date)
  const holiday = today.holiday ? { holiday: today.holiday } : {}
  const next = nextOpening(hours, date)
  const after = next ? { next } : {}
  if (!today.open) return { state: 'closed', closedDay: true, ...after }
  const lastEntry = hours.lastEntry ?? hours.close
  if (minute < clock(hours.open)) return { state: 'not-yet', opensAt: hours.open, ...holiday }
  if (minute >= clock(hours.close)) return { state: 'closed', closedDay: false, ...after }
  if (minute >= clock(lastEntry)) return { state: 'entry-closed', closesAt: hours.close, ...after }
  return { state: 'open', lastEntry, closesAt: hours.close, ...holiday }
}
