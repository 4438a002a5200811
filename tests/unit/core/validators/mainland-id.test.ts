import fc from 'fast-check'
import { mainlandIdCheckChar, validateMainlandId, validateIdDocument } from '@/core/validators'
import { NOW, validMainlandId } from './arbitraries'

const check = (input: string) => validateMainlandId(input, { now: NOW })

describe('validateMainlandId: known numbers', () => {
  test.each([
    ['11010519491231002X', '11010519491231002X'], // the example of GB 11643-1999
    ['11010519491231002x', '11010519491231002X'],
    ['110105 19491231 002X', '11010519491231002X'],
    ['１１０１０５１９４９１２３１００２Ｘ', '11010519491231002X'], // full-width IME input
    [' 440703199001011239 ', '440703199001011239'], // 江门市蓬江区
    ['440781198512310040', '440781198512310040'], // 台山市
    ['44070320000229001X', '44070320000229001X'], // leap day
    ['810000199506150017', '810000199506150017'] // 港澳台居民居住证 (Hong Kong resident)
  ])('%s is valid', (input, value) => {
    expect(check(input)).toEqual({ ok: true, value })
  })

  test.each([
    ['', 'id.mainland.empty'],
    ['   ', 'id.mainland.empty'],
    ['11010519491231002Y', 'id.mainland.chars'],
    ['1101051949123100X2', 'id.mainland.chars'],
    ['110105-19491231-002X', 'id.mainland.chars'],
    ['110105491231002', 'id.mainland.legacy15'],
    ['1101051949123100', 'id.mainland.length'],
    ['1101051949123100211', 'id.mainland.length'],
    ['99010519491231002X', 'id.mainland.region'],
    ['00010519491231002X', 'id.mainland.region'],
    ['110105194902300021', 'id.mainland.birthDate'], // 30 February
    ['110105194913010021', 'id.mainland.birthDate'], // month 13
    ['440524188001010014', 'id.mainland.birthDate'], // correct check digit, but born in 1880
    ['440703202611230011', 'id.mainland.birthDateFuture'], // tomorrow, Beijing time
    ['110105194912310021', 'id.mainland.checkDigit'],
    ['440703199001011230', 'id.mainland.checkDigit']
  ])('%j → %s', (input, code) => {
    expect(check(input)).toEqual({ ok: false, code })
  })

  test('a baby born today (Beijing date) is accepted', () => {
    expect(check('440703202611220016').ok).toBe(true)
  })

  test('"today" is the Beijing date: 23:30 UTC on 21 Nov is already 22 Nov in Jiangmen', () => {
    const lateUtc = Date.UTC(2026, 10, 21, 23, 30)
    expect(validateMainlandId('440703202611220016', { now: lateUtc }).ok).toBe(true)
    const earlierUtc = Date.UTC(2026, 10, 21, 15, 59)
    expect(validateMainlandId('440703202611220016', { now: earlierUtc })).toEqual({
      ok: false,
      code: 'id.mainland.birthDateFuture'
    })
  })

  test('the dispatcher passes options through', () => {
    expect(validateIdDocument('mainland', '440703202611230011', { now: NOW })).toEqual({
      ok: false,
      code: 'id.mainland.birthDateFuture'
    })
  })

  test('check character of the standard example', () => {
    expect(mainlandIdCheckChar('11010519491231002')).toBe('X')
  })
})

describe('validateMainlandId: properties', () => {
  test('generated valid IDs always pass and normalise to themselves', () => {
    fc.assert(
      fc.property(validMainlandId, (id) => {
        expect(check(id)).toEqual({ ok: true, value: id })
        expect(check(id.toLowerCase())).toEqual({ ok: true, value: id })
      }),
      { numRuns: 500 }
    )
  })

  test('any other check character fails with id.mainland.checkDigit', () => {
    fc.assert(
      fc.property(validMainlandId, fc.constantFrom(...'0123456789X'), (id, c) => {
        fc.pre(c !== id[17])
        expect(check(id.slice(0, 17) + c)).toEqual({ ok: false, code: 'id.mainland.checkDigit' })
      }),
      { numRuns: 500 }
    )
  })

  test('any single-digit change in the first 17 digits is rejected (MOD 11-2 catches it)', () => {
    fc.assert(
      fc.property(
        validMainlandId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, pos, delta) => {
          const changed = String((Number(id[pos]) + delta) % 10)
          const mutated = id.slice(0, pos) + changed + id.slice(pos + 1)
          expect(check(mutated).ok).toBe(false)
        }
      ),
      { numRuns: 500 }
    )
  })

  test('swapping two different adjacent digits is rejected', () => {
    fc.assert(
      fc.property(validMainlandId, fc.integer({ min: 0, max: 15 }), (id, pos) => {
        fc.pre(id[pos] !== id[pos + 1])
        const swapped = id.slice(0, pos) + id[pos + 1] + id[pos] + id.slice(pos + 2)
        expect(check(swapped).ok).toBe(false)
      }),
      { numRuns: 300 }
    )
  })
})
