// The same computations must give the same answers on a phone set to any time zone.
//
// Why child processes: setting process.env.TZ inside a jest test file has no effect, since
// jest hands each test file a copy of process.env, and the zone is fixed when the worker
// starts (checked: getTimezoneOffset() stays 0 after assigning 'America/Los_Angeles').
// So the probe runs under tsx in fresh Node processes started with TZ set, each checking
// that its zone really took effect, and the results are compared with this process and
// with Beijing-time expectations.
import path from 'path'
import { runTzProbe } from '../../../helpers/tz-probe'
import { computeProbe } from './fixtures/probe'

const PROBE = path.join(__dirname, 'fixtures/tz-probe.ts')

/** Zone → UTC offset in minutes on 2026-01-01, as getTimezoneOffset reports it. */
const ZONES: Record<string, number> = {
  'Asia/Shanghai': -480,
  'Asia/Hong_Kong': -480,
  'America/Los_Angeles': 480,
  'Pacific/Honolulu': 600,
  'Pacific/Kiritimati': -840,
  'Europe/London': 0
}

type Probe = ReturnType<typeof computeProbe>

const runProbe = (tz: string) => runTzProbe<Probe>(PROBE, tz)

jest.setTimeout(120000)

const results: Record<string, Probe> = {}

beforeAll(async () => {
  const zones = Object.keys(ZONES)
  const probes = await Promise.all(zones.map(runProbe))
  zones.forEach((z, i) => (results[z] = probes[i]))
})

describe.each(Object.keys(ZONES))('device in %s', (zone) => {
  test('the zone really applied in the child process', () => {
    expect(results[zone].offsetMinutes).toBe(ZONES[zone])
  })

  test('results equal those computed here', () => {
    // offsetMinutes is the one field meant to differ
    expect({ ...results[zone], offsetMinutes: 0 }).toEqual({ ...computeProbe(), offsetMinutes: 0 })
  })

  test('results match Beijing-time expectations', () => {
    const r = results[zone]
    expect(r.add).toEqual(['2026-02-14', '2026-02-24', '2026-10-10', '2026-01-04', '2027-01-04', '2026-09-30'])
    expect(r.between).toEqual([4, 16]) // Feb: 2-13 (10), Sat 14, 24-27 (4), Sat 28
    expect(r.next).toEqual(['2026-02-13', '2026-02-14', '2026-02-24', '2026-02-25'])
    expect(r.caseRef).toBe(true)

    const [lastMinute, midnight, , sept30, oct8Early, newYear, dec31] = r.perInstant
    expect(lastMinute.date).toBe('2026-02-12')
    expect(lastMinute.minutes).toBe(23 * 60 + 59)
    expect(lastMinute.window[0]).toBe('2026-02-13')
    expect(midnight.date).toBe('2026-02-13')
    expect(midnight.minutes).toBe(0)
    expect(midnight.window).toEqual(['2026-02-14', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27'])
    expect(midnight.bookTomorrow).toEqual({ ok: true }) // 14 Feb is a make-up Saturday
    expect(sept30.due1).toBe(Date.UTC(2026, 9, 8, 15, 59, 59, 999)) // end of 8 Oct, Beijing
    expect(oct8Early.date).toBe('2026-10-08')
    expect(oct8Early.due1).toBe(Date.UTC(2026, 9, 9, 15, 59, 59, 999))
    expect(oct8Early.passed).toBe(false)
    expect(newYear.date).toBe('2026-01-01')
    expect(newYear.bookTomorrow).toEqual({ ok: false, code: 'booking.dateNotWorkingDay' })
    expect(dec31.window[0]).toBe('2027-01-04') // 元旦 2027 (statutory, provisional) and the weekend skipped
    for (const p of r.perInstant) expect(p.newborn).toBe(true)
  })

  test("the working-day pattern around the 2026 holidays is Beijing's", () => {
    const w = results[zone].workingDays
    const at = (date: string) =>
      w[
        Math.round(
          (Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) - Date.UTC(2025, 11, 1)) / 86400000
        )
      ]
    expect(at('2026-01-01')).toBe('-')
    expect(at('2026-01-04')).toBe('W')
    expect(at('2026-02-14')).toBe('W')
    expect(at('2026-02-16')).toBe('-')
    expect(at('2026-02-28')).toBe('W')
    expect(at('2026-09-20')).toBe('W')
    expect(at('2026-10-01')).toBe('-')
    expect(at('2026-10-10')).toBe('W')
    expect(at('2026-10-11')).toBe('-')
  })
})
