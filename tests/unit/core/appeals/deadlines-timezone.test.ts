// Deadlines must not depend on the phone's time zone. As in tests/unit/core/calendar/timezone.test.ts,
// jest cannot change the zone of a running worker, so the probe runs under tsx in child
// processes started with TZ set, and is compared with this process and with Beijing expectations.
import path from 'path'
import { runTzProbe } from '../../../helpers/tz-probe'
import { beijing, computeDeadlineProbe } from './fixtures/deadline-probe'

const PROBE = path.join(__dirname, 'fixtures/deadline-tz-probe.ts')

/** Zone → UTC offset in minutes on 2026-01-01, as getTimezoneOffset reports it. */
const ZONES: Record<string, number> = {
  'Asia/Shanghai': -480,
  'America/Los_Angeles': 480,
  'Pacific/Kiritimati': -840,
  'Europe/London': 0
}

type Probe = ReturnType<typeof computeDeadlineProbe>

const runProbe = (tz: string) => runTzProbe<Probe>(PROBE, tz)

jest.setTimeout(120000)

const results: Record<string, Probe> = {}

beforeAll(async () => {
  const zones = Object.keys(ZONES)
  const probes = await Promise.all(zones.map(runProbe))
  zones.forEach((z, i) => (results[z] = probes[i]))
})

/** 23:59:59.999 Beijing time of a date */
const endOf = (y: number, m: number, d: number) => beijing(y, m, d + 1) - 1

describe.each(Object.keys(ZONES))('device in %s', (zone) => {
  test('the zone really applied in the child process', () => {
    expect(results[zone].offsetMinutes).toBe(ZONES[zone])
  })

  test('deadlines equal those computed here', () => {
    expect({ ...results[zone], offsetMinutes: 0 }).toEqual({ ...computeDeadlineProbe(), offsetMinutes: 0 })
  })

  test('deadlines match Beijing-time expectations', () => {
    const r = results[zone]
    expect(r.newYearsEve).toEqual([
      ['reply', endOf(2026, 1, 6), 'consult'], // 1–3 Jan holiday, Sunday 4 Jan a make-up working day
      ['close', endOf(2026, 1, 8), 'consult']
    ])
    expect(r.nationalDay).toEqual([
      ['reply', endOf(2026, 10, 23), 'complaint'],
      ['close', endOf(2026, 10, 27), 'complaint']
    ])
    expect(r.jm117).toEqual([
      ['contact', beijing(2026, 3, 6, 18, 30), 'jm-117'],
      ['reply', beijing(2026, 3, 7, 17, 30), 'jm-117'], // a Saturday: hours do not skip weekends
      ['close', endOf(2026, 3, 13), 'jm-117'] // 7 days: to 24:00 of the 7th day, like working days
    ])
    expect(r.zhongshan).toEqual([
      ['contact', beijing(2026, 2, 13, 1, 30), 'zs-enterprise'],
      ['reply', endOf(2026, 2, 25), 'zs-enterprise'], // Sat 14 Feb works, 15–23 Feb Spring Festival
      ['close', endOf(2026, 2, 27), 'zs-enterprise']
    ])
    expect(r.redo).toEqual([
      ['contact', endOf(2026, 10, 8), 'redo'],
      ['reply', endOf(2026, 10, 27), 'redo'],
      ['close', endOf(2026, 10, 29), 'redo']
    ])
    expect(r.next?.kind).toBe('reply')
  })
})
