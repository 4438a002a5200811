// The statutory public holidays (全体公民放假的节日) of the years after the published arrangements end,
// computed at build time, so that the app never counts New Year's Day 2027 as a working day.
//
// 《全国年节及纪念日放假办法》 as revised by the State Council on 2024-11-12 (in force 2025):
//   元旦 1 day (1 January); 春节 4 days (农历除夕 to 正月初三); 清明节 1 day (the solar term);
//   劳动节 2 days (1–2 May); 端午节 1 day (五月初五); 中秋节 1 day (八月十五); 国庆节 3 days (1–3 October).
// Art. 6: a holiday that falls on a Saturday or Sunday is made up on a working day (补假); here the
// working days right after the holiday, which is also how a day shared by two holidays is made up.
// The 调休 (weekends worked to join a holiday to a weekend) cannot be computed: those years are
// marked provisional until the backend publishes the real arrangement.
//
// The lunar dates and solar terms come from chinese-days. Its functions read dates with local Date
// getters, so they are called with the process in Beijing time.
import chineseDays from 'chinese-days'
// the calendar's own civil-date arithmetic; not core/calendar/index, which reads the table this script writes
import { addDays, dayOfWeek } from '../../src/core/calendar/shanghai-time'

type Festival = { name: string; nameEn: string; days: string[] }

const REVISION_PUBLISHED = '2024-11-12'

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`
const isWeekend = (date: string) => [0, 6].includes(dayOfWeek(date))

function festivals(year: number): Festival[] {
  const lunar = (m: number, d: number) => chineseDays.getSolarDateFromLunar(iso(year, m, d)).date
  const springFestival = lunar(1, 1)
  return [
    { nameEn: "New Year's Day", name: '元旦', days: [iso(year, 1, 1)] },
    {
      nameEn: 'Spring Festival',
      name: '春节',
      days: [addDays(springFestival, -1), springFestival, addDays(springFestival, 1), addDays(springFestival, 2)]
    },
    { nameEn: 'Tomb-sweeping Day', name: '清明', days: [chineseDays.getSolarTermDate(year, 4, 'pure_brightness')] },
    { nameEn: 'Labour Day', name: '劳动节', days: [iso(year, 5, 1), iso(year, 5, 2)] },
    { nameEn: 'Dragon Boat Festival', name: '端午', days: [lunar(5, 5)] },
    { nameEn: 'Mid-autumn Festival', name: '中秋', days: [lunar(8, 15)] },
    { nameEn: 'National Day', name: '国庆节', days: [iso(year, 10, 1), iso(year, 10, 2), iso(year, 10, 3)] }
  ].sort((a, b) => a.days[0].localeCompare(b.days[0]))
}

/** The festivals' own days of a year, without 补假: date → festival name. */
export function statutoryFestivalDays(year: number): Record<string, string> {
  const days: Record<string, string> = {}
  for (const festival of withBeijingTime(() => festivals(year)))
    for (const d of festival.days) days[d] ??= festival.name
  return days
}

/** date → 'English,中文,statutory days' for every rest day of the year's statutory holidays and 补假 */
export function statutoryHolidays(year: number): Record<string, string> {
  const rest: Record<string, string> = {}
  for (const festival of withBeijingTime(() => festivals(year))) {
    const label = `${festival.nameEn},${festival.name},${festival.days.length}`
    // a day on a weekend, or already another holiday's, is made up on the next free working day
    let owed = 0
    for (const day of festival.days) {
      if (isWeekend(day) || rest[day] !== undefined) owed++
      rest[day] ??= label
    }
    let day = festival.days[festival.days.length - 1]
    while (owed > 0) {
      day = addDays(day, 1)
      if (isWeekend(day) || rest[day] !== undefined) continue
      rest[day] = label
      owed--
    }
  }
  return Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)))
}

function withBeijingTime<T>(run: () => T): T {
  const saved = process.env.TZ
  process.env.TZ = 'Asia/Shanghai'
  try {
    return run()
  } finally {
    if (saved === undefined) delete process.env.TZ
    else process.env.TZ = saved
  }
}

/** The provisional arrangement of each year from `from` to `to`, as the app's calendar reads it. */
export function statutoryArrangement(from: number, to: number) {
  const years: Record<string, unknown> = {}
  for (let year = from; year <= to; year++) {
    years[year] = {
      provisional: true,
      published: REVISION_PUBLISHED,
      holidays: statutoryHolidays(year),
      workdays: {},
      inLieuDays: {}
    }
  }
  return { years }
}
