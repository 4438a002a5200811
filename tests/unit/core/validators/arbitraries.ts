// fast-check generators of valid identity numbers, shared by the property tests.
import fc from 'fast-check'
import { isoDateBetween } from '../calendar/fixtures/dates'
import { hongKongIdCheckChar, mainlandIdCheckChar, PROVINCE_CODES } from '@/core/validators'

/** 2026-11-22 12:00 Beijing time: a fixed "now" so birth-date rules are reproducible. */
export const NOW = Date.UTC(2026, 10, 22, 4, 0, 0)

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''))

const birthDate = isoDateBetween('1900-01-01', '2026-11-22').map((d) => d.replace(/-/g, ''))

/** A valid 18-character mainland ID born between 1900-01-01 and NOW. */
export const validMainlandId = fc
  .tuple(fc.constantFrom(...PROVINCE_CODES), digits(4), birthDate, digits(3))
  .map(([province, area, birth, seq]) => {
    const first17 = `${province}${area}${birth}${seq}`
    return first17 + mainlandIdCheckChar(first17)
  })

const letter = fc.integer({ min: 65, max: 90 }).map((c) => String.fromCharCode(c))

/** [prefix, six digits, check char] of a valid HKID. */
export const validHongKongIdParts = fc
  .tuple(
    fc.oneof(
      letter,
      fc.tuple(letter, letter).map(([a, b]) => a + b)
    ),
    digits(6)
  )
  .map(([prefix, six]) => [prefix, six, hongKongIdCheckChar(prefix, six)] as const)
