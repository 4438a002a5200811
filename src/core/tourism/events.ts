// The events calendar of 文化生活: which events fall today, this weekend or this month (Beijing dates), by
// category, in date order, and an event's state in words. Pure: "today" is passed in.
import { addDays, dayOfWeek, parseClock, shanghaiInstant } from '../calendar/shanghai-time'
import type { CultureEvent, EventCategory } from './culture-types'

/** 全部 / 今天 / 本周末 / 本月 */
export const EVENT_PERIODS = ['all', 'today', 'weekend', 'month'] as const
export type EventPeriod = (typeof EVENT_PERIODS)[number]

export const eventLastDay = (e: Pick<CultureEvent, 'date' | 'endDate'>): string => e.endDate ?? e.date

/** 未开始 / 进行中 (today within its days) / 已结束, by the Beijing date */
export type EventStatus = 'upcoming' | 'ongoing' | 'ended'

export function eventStatus(e: Pick<CultureEvent, 'date' | 'endDate'>, today: string): EventStatus {
  if (eventLastDay(e) < today) return 'ended'
  return e.date <= today ? 'ongoing' : 'upcoming'
}

/**
 * The days a period covers from `today`, both ends included: today; the weekend (Saturday and Sunday of this week,
 * from today when today is one of them; on a weekday the coming ones); the rest of this month; all: from today on.
 */
export function periodRange(period: EventPeriod, today: string): { from: string; to: string } {
  switch (period) {
    case 'today':
      return { from: today, to: today }
    case 'weekend': {
      const dow = dayOfWeek(today)
      if (dow === 0) return { from: today, to: today }
      const saturday = addDays(today, 6 - dow)
      return { from: dow === 6 ? today : saturday, to: addDays(saturday, 1) }
    }
    case 'month': {
      const next = `${today.slice(0, 7)}-01`
      const [y, m] = next.split('-').map(Number)
      const first = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`
      return { from: today, to: addDays(first, -1) }
    }
    default:
      return { from: today, to: '9999-12-31' }
  }
}

export interface EventFilter {
  period: EventPeriod
  category?: EventCategory
  venueId?: string
  /** the ended ones too (期间已过的活动) */
  withEnded?: boolean
}

/** whether the event's days meet [from, to] */
export const eventOverlaps = (e: Pick<CultureEvent, 'date' | 'endDate'>, from: string, to: string): boolean =>
  e.date <= to && eventLastDay(e) >= from

/** the events of the filter at `today`, by first day then start time */
export function filterEvents(events: readonly CultureEvent[], f: EventFilter, today: string): CultureEvent[] {
  const { from, to } = periodRange(f.period, today)
  return events
    .filter(
      (e) =>
        (!f.category || e.category === f.category) &&
        (!f.venueId || e.venueId === f.venueId) &&
        (f.withEnded && f.period === 'all' ? e.date <= to : eventOverlaps(e, from, to))
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
}

/** the events of a list by the month of their first day, in order */
export function eventsByMonth(events: readonly CultureEvent[]): { month: string; items: CultureEvent[] }[] {
  const groups: { month: string; items: CultureEvent[] }[] = []
  for (const e of events) {
    const month = e.date.slice(0, 7)
    const last = groups[groups.length - 1]
    if (last?.month === month) last.items.push(e)
    else groups.push({ month, items: [e] })
  }
  return groups
}

/** the first day's start and end as instants, for 添加到日历 (a run of days is added as its first day) */
export function eventInstants(e: Pick<CultureEvent, 'date' | 'start' | 'end'>): { start: number; end: number } | null {
  const start = parseClock(e.start)
  const end = parseClock(e.end)
  if (start === null || end === null || end <= start) return null
  return { start: shanghaiInstant(e.date, start), end: shanghaiInstant(e.date, end) }
}
