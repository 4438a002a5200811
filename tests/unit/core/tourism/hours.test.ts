// Opening hours by Beijing time: open now, last entry, after hours, closed weekdays, and a closed Monday that is an
// official holiday (国庆节 2026-10-05) opening as usual.
import { isoWeekday, nextOpening, openingStatus, openOn } from '@/core/tourism/hours'
import type { OpeningHours } from '@/core/tourism/types'

const at = (iso: string) => Date.parse(iso)
const MUSEUM: OpeningHours = {
  open: '09:00',
  close: '17:00',
  lastEntry: '16:00',
  closedWeekdays: [1],
  openOnHolidays: true
}
const PARK: OpeningHours = { open: '08:40', close: '17:25', lastEntry: '17:00' }

test('a weekday is read by its Beijing date', () => {
  expect(isoWeekday('2026-12-07')).toBe(1)
  expect(isoWeekday('2026-12-06')).toBe(7)
  // 2026-12-06 23:30 UTC is already Monday 07:30 in Beijing: before opening, and a closed day
  expect(openingStatus(MUSEUM, at('2026-12-06T23:30:00Z'))).toMatchObject({ state: 'closed', closedDay: true })
})

test('open, with the time entry stops', () => {
  expect(openingStatus(PARK, at('2026-12-01T10:00:00+08:00'))).toEqual({
    state: 'open',
    lastEntry: '17:00',
    closesAt: '17:25'
  })
})

test('before opening it says when it opens today', () => {
  expect(openingStatus(PARK, at('2026-12-01T08:39:00+08:00'))).toEqual({ state: 'not-yet', opensAt: '08:40' })
  expect(openingStatus(PARK, at('2026-12-01T08:40:00+08:00')).state).toBe('open')
})

test('after the last entry it is still open but takes no one in', () => {
  expect(openingStatus(PARK, at('2026-12-01T16:59:00+08:00')).state).toBe('open')
  expect(openingStatus(PARK, at('2026-12-01T17:00:00+08:00'))).toMatchObject({
    state: 'entry-closed',
    closesAt: '17:25',
    next: { date: '2026-12-02', opensAt: '08:40' }
  })
})

test('after closing it is closed until the next morning', () => {
  expect(openingStatus(PARK, at('2026-12-01T17:25:00+08:00'))).toEqual({
    state: 'closed',
    closedDay: false,
    next: { date: '2026-12-02', opensAt: '08:40' }
  })
})

test('without a last entry, entry runs until closing', () => {
  const hours: OpeningHours = { open: '09:00', close: '17:30' }
  expect(openingStatus(hours, at('2026-12-01T17:29:00+08:00'))).toMatchObject({ state: 'open', lastEntry: '17:30' })
})

test('a museum is closed on an ordinary Monday and says it opens on Tuesday', () => {
  expect(openingStatus(MUSEUM, at('2026-12-07T10:00:00+08:00'))).toEqual({
    state: 'closed',
    closedDay: true,
    next: { date: '2026-12-08', opensAt: '09:00' }
  })
  expect(openOn(MUSEUM, '2026-10-12')).toEqual({ open: false })
})

test('a closed Monday that is an official holiday opens as usual, and says which holiday', () => {
  expect(openingStatus(MUSEUM, at('2026-10-05T10:00:00+08:00'))).toEqual({
    state: 'open',
    lastEntry: '16:00',
    closesAt: '17:00',
    holiday: '国庆节'
  })
  expect(openOn(MUSEUM, '2026-05-04')).toEqual({ open: true, holiday: '劳动节' })
})

test('without 节假日除外 a holiday Monday stays closed', () => {
  const strict: OpeningHours = { ...MUSEUM, openOnHolidays: false }
  expect(openingStatus(strict, at('2026-10-05T10:00:00+08:00'))).toMatchObject({ state: 'closed', closedDay: true })
})

test('on Sunday evening the next opening skips the closed Monday, unless Monday is a holiday', () => {
  expect(nextOpening(MUSEUM, '2026-12-06')).toEqual({ date: '2026-12-08', opensAt: '09:00' })
  expect(nextOpening(MUSEUM, '2026-10-04')).toEqual({ date: '2026-10-05', opensAt: '09:00', holiday: '国庆节' })
})

test('open ground is always open', () => {
  expect(openingStatus({ always: true, open: '00:00', close: '24:00' }, at('2026-12-07T03:00:00+08:00'))).toEqual({
    state: 'always'
  })
})

test('a gate closed every day never claims a next opening', () => {
  const never: OpeningHours = { open: '09:00', close: '17:00', closedWeekdays: [1, 2, 3, 4, 5, 6, 7] }
  expect(openingStatus(never, at('2026-12-01T10:00:00+08:00'))).toEqual({ state: 'closed', closedDay: true })
})
