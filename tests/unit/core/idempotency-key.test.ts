import fc from 'fast-check'
import { newIdempotencyKey } from '@/core/idempotency-key'

const KEY = /^[0-9a-z]+-[0-9a-z]{8}$/
const instant = fc.integer({ min: 0, max: Date.UTC(2200, 0, 1) })
// every value Math.random can return: [0, 1)
const unit = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true })

test('a key is the time in base 36, a dash and eight base-36 digits, whatever the clock and the random draw', () => {
  fc.assert(
    fc.property(instant, unit, (now, r) => {
      const key = newIdempotencyKey(now, () => r)
      expect(key).toMatch(KEY)
      expect(parseInt(key.split('-')[0], 36)).toBe(now)
    })
  )
})

test('two keys of the same millisecond differ when their random draws differ', () => {
  // draws on different steps of the eight-digit grid
  const step = fc.integer({ min: 0, max: 36 ** 8 - 1 })
  const draw = (n: number) => () => (n + 0.5) / 36 ** 8
  fc.assert(
    fc.property(instant, step, step, (now, a, b) => {
      fc.pre(a !== b)
      expect(newIdempotencyKey(now, draw(a))).not.toBe(newIdempotencyKey(now, draw(b)))
    })
  )
})

test('keys sort by the time they were made', () => {
  fc.assert(
    fc.property(instant, instant, unit, unit, (t1, t2, r1, r2) => {
      fc.pre(t1 < t2 && t1.toString(36).length === t2.toString(36).length)
      expect(newIdempotencyKey(t1, () => r1) < newIdempotencyKey(t2, () => r2)).toBe(true)
    })
  )
})

test('with the real clock and random source, ten thousand keys are all different', () => {
  const keys = Array.from({ length: 10_000 }, () => newIdempotencyKey())
  expect(new Set(keys).size).toBe(keys.length)
  for (const key of keys) expect(key).toMatch(KEY)
})
