/**
 * @jest-environment node
 */
// The app takes the holiday arrangement a server publishes (the production server's GET /calendar, over 127.0.0.1),
// keeps it on the device, and never loses a working calendar to a failing network or damaged storage.
import { STORED_CALENDAR_KEY, syncCalendar } from '@/backend/calendar'
import { httpCalendarApi } from '@/backend/http/calendar'
import { memoryStorage } from '@/backend/storage/key-value'
import { isProvisionalDate, isWorkingDay, resetArrangement } from '@/core/calendar'
import { fetchTransport } from '../../helpers/fetch-transport'
import { startTestServer } from '../server/harness'
import { PUBLISHED_2027 } from '../core/calendar/fixtures/published-2027'

const NOW = Date.parse('2026-12-01T09:00:00+08:00')

const failing = { getArrangement: () => Promise.reject(new Error('offline')) }

afterEach(() => resetArrangement())

test('a server publishes next year’s 调休: the app installs it and keeps it for the next launch', async () => {
  const server = await startTestServer({ now: () => NOW, calendar: { 2027: PUBLISHED_2027 } })
  const storage = memoryStorage()
  try {
    const api = httpCalendarApi({ base: server.url, transport: fetchTransport, retries: 0 })
    expect(isWorkingDay('2027-01-10')).toBe(false) // provisional: a plain Sunday
    expect(isProvisionalDate('2027-01-10')).toBe(true)
    expect(await syncCalendar(api, storage)).toEqual(['2027'])
    expect(isWorkingDay('2027-01-10')).toBe(true) // the published make-up Sunday
    expect(isWorkingDay('2027-01-02')).toBe(false)
    expect(isProvisionalDate('2027-01-10')).toBe(false)
    expect(isProvisionalDate('2028-01-10')).toBe(true)
  } finally {
    await server.close()
  }

  // next launch, offline: the copy on the device holds
  resetArrangement()
  expect(isWorkingDay('2027-01-10')).toBe(false)
  expect(await syncCalendar(failing, storage)).toEqual([])
  expect(isWorkingDay('2027-01-10')).toBe(true)
})

test('the bundled table needs nothing stored; a failing backend keeps the bundled calendar', async () => {
  const storage = memoryStorage()
  expect(await syncCalendar(failing, storage)).toEqual([])
  expect(storage.get(STORED_CALENDAR_KEY)).toBeUndefined()
  expect(isWorkingDay('2027-01-01')).toBe(false)
})

test.each([
  ['truncated JSON', '{"years":{"2027":{"provis'],
  ['a number', 42],
  ['a wrong shape', { years: { 2027: { provisional: 'no', holidays: [] } } }],
  ['a newer version with other fields', { version: 9, calendars: {} }]
])('damaged storage (%s) is ignored, and the backend’s answer still installs', async (_case, value) => {
  const storage = memoryStorage({ [STORED_CALENDAR_KEY]: value })
  expect(await syncCalendar({ getArrangement: async () => ({ 2027: PUBLISHED_2027 }) }, storage)).toEqual(['2027'])
  expect(isWorkingDay('2027-01-10')).toBe(true)
  expect(storage.get(STORED_CALENDAR_KEY)).toEqual({ years: { 2027: PUBLISHED_2027 } })
})

test('storage full: the arrangement holds for this launch all the same', async () => {
  const storage = memoryStorage()
  storage.set = () => {
    throw new Error('quota')
  }
  expect(await syncCalendar({ getArrangement: async () => ({ 2027: PUBLISHED_2027 }) }, storage)).toEqual(['2027'])
  expect(isWorkingDay('2027-01-10')).toBe(true)
})
