// 预约号: readable, derived from the hall and the day, and never given twice.
import {
  BOOKING_REFERENCE_PATTERN,
  bookingReference,
  groupedReference,
  hallCode,
  nextBookingReference
} from '@/core/booking'

test('a hall code is the four digits its id ends in, or four stable characters for another shape of id', () => {
  expect(hallCode('hall-0001')).toBe('0001')
  expect(hallCode('hall-12')).toBe('0012')
  expect(hallCode('hall-123456')).toBe('3456')
  const other = hallCode('jiangmen-centre')
  expect(other).toMatch(/^[0-9A-Z]{4}$/)
  expect(hallCode('jiangmen-centre')).toBe(other)
  expect(hallCode('jiangmen-annex')).not.toBe(other)
})

test('the number reads YY, the day, the hall and the place in that day', () => {
  expect(bookingReference('hall-0003', '2026-11-24', 7)).toBe('YY202611240003007')
  expect(bookingReference('hall-0003', '2026-11-24', 1234)).toBe('YY2026112400031234')
  expect(bookingReference('hall-0003', '2026-11-24', 7)).toMatch(BOOKING_REFERENCE_PATTERN)
  expect('YY2026112400030').not.toMatch(BOOKING_REFERENCE_PATTERN)
})

test('the next number counts every booking of that hall and day, and skips one already taken', () => {
  const at = (hallId: string, date: string, reference?: string) => ({ hallId, date, reference })
  expect(nextBookingReference('hall-0001', '2026-11-24', [])).toBe('YY202611240001001')
  const existing = [
    at('hall-0001', '2026-11-24', 'YY202611240001001'),
    at('hall-0001', '2026-11-25', 'YY202611250001001'),
    at('hall-0002', '2026-11-24', 'YY202611240002001')
  ]
  expect(nextBookingReference('hall-0001', '2026-11-24', existing)).toBe('YY202611240001002')
  // a record whose number is ahead of the count (one came back from elsewhere) pushes the next one on
  const ahead = [...existing, at('hall-0001', '2026-11-24', 'YY202611240001003')]
  expect(nextBookingReference('hall-0001', '2026-11-24', ahead)).toBe('YY202611240001004')
  const gap = [at('hall-0001', '2026-11-24', 'YY202611240001002')]
  expect(nextBookingReference('hall-0001', '2026-11-24', gap)).toBe('YY202611240001003')
})

test('shown in the groups a clerk reads back; a number of another shape as it is', () => {
  expect(groupedReference('YY202611240001007')).toBe('YY 20261124 0001 007')
  expect(groupedReference('YY2026112400A11234')).toBe('YY 20261124 00A1 1234')
  expect(groupedReference('BKMI4X2K9C1')).toBe('BKMI4X2K9C1')
})

test('another kind of place takes the same shape under its own prefix', () => {
  expect(nextBookingReference('jiangmen-museum', '2026-12-08', [], 'WL')).toMatch(/^WL20261208[0-9A-Z]{4}001$/)
  expect(groupedReference('WL202612080001012')).toBe('WL 20261208 0001 012')
})
