import { isWorkday } from 'chinese-days'

test('the holiday calendar knows the 2026 National Day holiday', () => {
  expect(isWorkday('2026-10-01')).toBe(false)
  expect(isWorkday('2026-10-09')).toBe(true)
})
