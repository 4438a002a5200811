// The events calendar: today, this weekend, this month and by category, in date order; an event's state by the
// Beijing date; its first day as instants for 添加到日历.
import fc from 'fast-check'
import { addDays, dayOfWeek, shanghaiInstant } from '@/core/calendar/shanghai-time'
import type { CultureEvent } from '@/core/tourism/culture-types'
import {
  type EventPeriod,
  eventInstants,
  eventOverlaps,
  eventStatus,
  eventsByMonth,
  filterEvents,
  periodRange
} from '@/core/tourism/events'

const ev = (id: string, date: string, endDate?: string, category: CultureEvent['category'] = 'performance') =>
  ({
    id,
    title: id,
    category,
    date,
    ...(endDate ? { endDate } : {}),
    start: '19:30',
    end: '21:30',
    price: '免费',
    organiser: '',
    entry: '',
    summary: '',
    sample: true
  }) as CultureEvent

// 2026-12-01 is a Tuesday
const EVENTS = [
  ev('past', '2026-11-20'),
  ev('run', '2026-11-20', '2027-01-31', 'exhibition'),
  ev('today', '2026-12-01', undefined, 'library'),
  ev('sat', '2026-12-05'),
  ev('sun', '2026-12-06', undefined, 'festival'),
  ev('later', '2026-12-31'),
  ev('jan', '2027-01-09')
]
const ids = (list: CultureEvent[]) => list.map((e) => e.id)

test('the periods from a Tuesday', () => {
  expect(periodRange('weekend', '2026-12-01')).toEqual({ from: '2026-12-05', to: '2026-12-06' })
  expect(periodRange('weekend', '2026-12-05')).toEqual({ from: '2026-12-05', to: '2026-12-06' })
  expect(periodRange('weekend', '2026-12-06')).toEqual({ from: '2026-12-06', to: '2026-12-06' })
  expect(periodRange('month', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-31' })
  expect(periodRange('month', '2027-02-10')).toEqual({ from: '2027-02-10', to: '2027-02-28' })
})

test('today, this weekend, this month, all, by category; a running exhibition counts on each of its days', () => {
  const on = (period: 'all' | 'today' | 'weekend' | 'month', category?: CultureEvent['category']) =>
    ids(filterEvents(EVENTS, { period, category }, '2026-12-01'))
  expect(on('today')).toEqual(['run', 'today'])
  expect(on('weekend')).toEqual(['run', 'sat', 'sun'])
  expect(on('month')).toEqual(['run', 'today', 'sat', 'sun', 'later'])
  expect(on('all')).toEqual(['run', 'today', 'sat', 'sun', 'later', 'jan'])
  expect(on('all', 'festival')).toEqual(['sun'])
  expect(ids(filterEvents(EVENTS, { period: 'all', withEnded: true }, '2026-12-01'))).toContain('past')
})

test('state in words by the Beijing date, months in order, the first day as instants', () => {
  expect(eventStatus(EVENTS[0], '2026-12-01')).toBe('ended')
  expect(eventStatus(EVENTS[1], '2026-12-01')).toBe('ongoing')
  expect(eventStatus(EVENTS[3], '2026-12-01')).toBe('upcoming')
  expect(eventsByMonth(EVENTS.slice(2)).map((g) => g.month)).toEqual(['2026-12', '2027-01'])
  expect(eventInstants(EVENTS[2])).toEqual({
    start: shanghaiInstant('2026-12-01', 19 * 60 + 30),
    end: shanghaiInstant('2026-12-01', 21 * 60 + 30)
  })
  expect(eventInstants({ date: '2026-12-01', start: '20:00', end: '19:00' })).toBeNull()
})

test('property: an event listed for a period meets it, and nothing that meets it is left out', () => {
  const date = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2026-11-15', n))
  const event = fc
    .tuple(date, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1e6 }))
    .map(([d, len, n]) => ev(`e${n}`, d, len ? addDays(d, len) : undefined))
  fc.assert(
    fc.property(
      fc.array(event, { maxLength: 20 }),
      date,
      fc.constantFrom<EventPeriod[]>('today', 'weekend', 'month', 'all'),
      (events, today, period) => {
        const { from, to } = periodRange(period, today)
        expect(from >= today).toBe(true)
        if (period === 'weekend') expect([0, 6]).toContain(dayOfWeek(from))
        const listed = new Set(filterEvents(events, { period }, today))
        for (const e of events) expect(listed.has(e)).toBe(eventOverlaps(e, from, to))
      }
    )
  )
})
