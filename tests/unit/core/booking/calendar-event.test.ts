// 添加到日历: the booked slot as instants in Beijing time, and the iCalendar file the H5 site downloads.
import { bookingCalendarEvent, icsOf } from '@/core/booking'

const booking = { reference: 'YY202611240001007', date: '2026-11-24', slot: '09:30-10:00' }
const words = {
  title: '预约办理：居民身份证换领',
  location: '江门市行政服务中心，江门市蓬江区白沙大道西1号市民服务中心A座1-3楼',
  description: '预约号 YY202611240001007\n请携带：居民身份证原件; 户口簿'
}

test('the slot is read in Beijing time, whatever the device zone', () => {
  const event = bookingCalendarEvent(booking, words)
  expect(event?.start).toBe(Date.parse('2026-11-24T09:30:00+08:00'))
  expect(event?.end).toBe(Date.parse('2026-11-24T10:00:00+08:00'))
  expect(event?.uid).toBe(booking.reference)
  expect(bookingCalendarEvent({ ...booking, slot: 'morning' }, words)).toBeNull()
})

test('the iCalendar text: UTC times, escaped text, folded lines, a reminder an hour before', () => {
  const event = bookingCalendarEvent(booking, words)!
  const ics = icsOf(event, Date.parse('2026-11-23T08:00:00+08:00'))
  expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  expect(ics).toContain('\r\nDTSTART:20261124T013000Z\r\n')
  expect(ics).toContain('\r\nDTEND:20261124T020000Z\r\n')
  expect(ics).toContain('\r\nDTSTAMP:20261123T000000Z\r\n')
  expect(ics).toContain('\r\nUID:YY202611240001007@wanshitong\r\n')
  expect(ics).toContain('TRIGGER:-PT1H')
  // no line over 75 octets; unfolded, the text comes back with its escapes
  const lines = ics.split('\r\n')
  expect(lines.every((l) => Buffer.byteLength(l, 'utf8') <= 75)).toBe(true)
  const unfolded = ics.replace(/\r\n /g, '')
  expect(unfolded).toContain(`\r\nLOCATION:${words.location}\r\n`)
  expect(unfolded).toContain('DESCRIPTION:预约号 YY202611240001007\\n请携带：居民身份证原件\\; 户口簿\r\n')
  expect(icsOf({ ...event, title: 'a,b' }, 0)).toContain('SUMMARY:a\\,b\r\n')
})
