import fc from 'fast-check'
import {
  addDays,
  dayOfWeek,
  daysBetween,
  endOfShanghaiDay,
  formatShanghaiDateTime,
  parseClock,
  parseIsoDate,
  shanghaiDate,
  shanghaiMinutesOfDay,
  startOfShanghaiDay
} from '@/core/calendar/shanghai-time'

describe('civil date arithmetic', () => {
  test('dates agree with Date.UTC over four centuries', () => {
    // UTC getters do not depend on the host zone, so they are a fair oracle here.
    const from = daysBetween('1970-01-01', '1800-01-01')
    const to = daysBetween('1970-01-01', '2200-12-31')
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (days) => {
        const d = new Date(days * 86400000)
        const date = addDays('1970-01-01', days)
        expect(date).toBe(d.toISOString().slice(0, 10))
        expect(daysBetween('1970-01-01', date)).toBe(days)
        expect(dayOfWeek(date)).toBe(d.getUTCDay())
      }),
      { numRuns: 1000 }
    )
  })

  test('known weekdays', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4)
    expect(dayOfWeek('2026-02-14')).toBe(6)
    expect(dayOfWeek('2026-10-01')).toBe(4)
    expect(dayOfWeek('2000-02-29')).toBe(2)
  })

  test('month, year and leap-year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31')
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366)
  })

  test('parseIsoDate is strict', () => {
    expect(parseIsoDate('2026-02-29')).toBeNull()
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 })
    expect(parseIsoDate('2026-2-1')).toBeNull()
    expect(parseIsoDate('2026-02-01T00:00')).toBeNull()
    expect(parseIsoDate('')).toBeNull()
    expect(() => addDays('2026-13-01', 1)).toThrow(RangeError)
  })

  test('parseClock', () => {
    expect(parseClock('09:00')).toBe(540)
    expect(parseClock('17:30')).toBe(1050)
    expect(parseClock('24:00')).toBe(1440)
    expect(parseClock('24:01')).toBeNull()
    expect(parseClock('9:60')).toBeNull()
    expect(parseClock('nine')).toBeNull()
  })
})

describe('Beijing time of an instant', () => {
  test('the Beijing date turns at 16:00 UTC', () => {
    expect(shanghaiDate(Date.UTC(2026, 1, 14, 15, 59, 59, 999))).toBe('2026-02-14')
    expect(shanghaiDate(Date.UTC(2026, 1, 14, 16, 0, 0, 0))).toBe('2026-02-15')
    expect(shanghaiDate(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01-01')
    expect(shanghaiDate(Date.UTC(1969, 11, 31, 16, 0))).toBe('1970-01-01')
    expect(shanghaiDate(Date.UTC(1969, 11, 31, 15, 59))).toBe('1969-12-31')
  })

  test('minutes of the day', () => {
    expect(shanghaiMinutesOfDay(Date.UTC(2026, 9, 8, 1, 30))).toBe(9 * 60 + 30)
    expect(shanghaiMinutesOfDay(Date.UTC(2026, 9, 8, 16, 0))).toBe(0)
    expect(shanghaiMinutesOfDay(Date.UTC(1969, 11, 31, 15, 59))).toBe(23 * 60 + 59)
  })

  test('start and end of a Beijing day', () => {
    expect(startOfShanghaiDay('2026-10-08')).toBe(Date.UTC(2026, 9, 7, 16, 0))
    expect(endOfShanghaiDay('2026-10-08')).toBe(Date.UTC(2026, 9, 8, 15, 59, 59, 999))
    expect(formatShanghaiDateTime(endOfShanghaiDay('2026-10-08'))).toBe('2026-10-08T23:59:59+08:00')
  })

  test('shanghaiDate(startOfShanghaiDay(d)) === d, and the day lasts 24 hours', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80000 }), (days) => {
        const d = addDays('1970-01-01', days)
        expect(shanghaiDate(startOfShanghaiDay(d))).toBe(d)
        expect(shanghaiDate(endOfShanghaiDay(d))).toBe(d)
        expect(shanghaiDate(endOfShanghaiDay(d) + 1)).toBe(addDays(d, 1))
      })
    )
  })
})
