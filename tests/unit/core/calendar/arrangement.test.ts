import {
  BUNDLED_ARRANGEMENT,
  addWorkingDays,
  installArrangement,
  isCalendarKnown,
  isProvisionalDate,
  isWorkingDay,
  officialDay,
  parseArrangement,
  publishedSinceBundle,
  resetArrangement
} from '@/core/calendar'
import { statutoryFestivalDays, statutoryHolidays } from '../../../../scripts/lib/statutory-holidays'
import { PUBLISHED_2027 } from './fixtures/published-2027'

afterEach(() => resetArrangement())

describe('the statutory rules reproduce the published holidays', () => {
  // Under the 2024 revision (in force 2025) every statutory day is a rest day of the published
  // arrangement. (The weekdays that make up for a weekend holiday cannot be checked this way: the
  // notices use 调休 there, which this computation leaves to the published data.)
  test.each([2025, 2026])('%i: every statutory festival day is a rest day in the official data', (year) => {
    const official = BUNDLED_ARRANGEMENT[String(year)]
    const days = Object.entries(statutoryFestivalDays(year))
    expect(days).toHaveLength(13)
    expect(days.filter(([d]) => official.holidays[d] === undefined)).toEqual([])
    expect(days.every(([d, name]) => official.holidays[d].includes(name))).toBe(true)
  })

  test('2027 from the lunar calendar and solar terms', () => {
    expect(statutoryFestivalDays(2027)).toEqual({
      '2027-01-01': '元旦',
      '2027-02-05': '春节', // 除夕
      '2027-02-06': '春节',
      '2027-02-07': '春节',
      '2027-02-08': '春节',
      '2027-04-05': '清明',
      '2027-05-01': '劳动节',
      '2027-05-02': '劳动节',
      '2027-06-09': '端午',
      '2027-09-15': '中秋',
      '2027-10-01': '国庆节',
      '2027-10-02': '国庆节',
      '2027-10-03': '国庆节'
    })
    // the weekend days among them are made up on the next working days (补假)
    expect(Object.keys(statutoryHolidays(2027)).filter((d) => !(d in statutoryFestivalDays(2027)))).toEqual([
      '2027-02-09',
      '2027-02-10',
      '2027-05-03',
      '2027-05-04',
      '2027-10-04',
      '2027-10-05'
    ])
  })
})

describe('a published arrangement', () => {
  test('replaces the provisional year and changes the working days', () => {
    expect(isWorkingDay('2027-01-04')).toBe(true)
    expect(isWorkingDay('2027-01-10')).toBe(false)
    expect(installArrangement({ 2027: PUBLISHED_2027 })).toEqual(['2027'])
    expect(isCalendarKnown('2027-06-01')).toBe(true)
    expect(isProvisionalDate('2027-01-04')).toBe(false)
    expect(isWorkingDay('2027-01-02')).toBe(false)
    expect(isWorkingDay('2027-01-10')).toBe(true) // make-up Sunday
    expect(officialDay('2027-01-10')).toMatchObject({ kind: 'makeUpWorkday', provisional: false })
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04')
    expect(publishedSinceBundle()).toEqual({ 2027: PUBLISHED_2027 })
  })

  test('never replaces official data with a provisional year, nor a newer one with an older one', () => {
    const provisional2026 = { ...PUBLISHED_2027, provisional: true, published: '2030-01-01', holidays: {} }
    expect(installArrangement({ 2026: provisional2026 })).toEqual([])
    expect(isWorkingDay('2026-10-01')).toBe(false)
    installArrangement({ 2027: PUBLISHED_2027 })
    expect(installArrangement({ 2027: { ...PUBLISHED_2027, published: '2026-11-01', workdays: {} } })).toEqual([])
    expect(isWorkingDay('2027-01-10')).toBe(true)
    // a correction published later wins
    expect(installArrangement({ 2027: { ...PUBLISHED_2027, published: '2026-12-10', workdays: {} } })).toEqual(['2027'])
    expect(isWorkingDay('2027-01-10')).toBe(false)
  })

  test('malformed years from the network or storage are left out whole', () => {
    expect(parseArrangement(null)).toEqual({})
    expect(parseArrangement({ years: [] })).toEqual({})
    const parsed = parseArrangement({
      years: {
        2027: PUBLISHED_2027,
        2028: { ...PUBLISHED_2027, holidays: { '2027-01-01': 'wrong year' } },
        2029: { ...PUBLISHED_2027, published: 'soon' },
        abcd: PUBLISHED_2027,
        2030: { provisional: false }
      }
    })
    expect(Object.keys(parsed)).toEqual(['2027'])
  })
})
