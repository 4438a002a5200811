import fc from 'fast-check'
import { hongKongIdCheckChar, validateHongKongId, validateIdDocument } from '@/core/validators'
import { validHongKongIdParts } from './arbitraries'

describe('validateHongKongId: known numbers', () => {
  test.each([
    ['A123456(3)', 'A123456(3)'],
    ['A1234563', 'A123456(3)'],
    ['a123456 (3)', 'A123456(3)'],
    ['A123456（3）', 'A123456(3)'], // full-width brackets from a Chinese IME
    ['C123456(9)', 'C123456(9)'],
    ['G123456(A)', 'G123456(A)'], // check value 10 is written A
    ['g123456a', 'G123456(A)'],
    ['AB987654(3)', 'AB987654(3)'], // two-letter prefix
    ['K000000(0)', 'K000000(0)']
  ])('%s is valid', (input, value) => {
    expect(validateHongKongId(input)).toEqual({ ok: true, value })
  })

  test.each([
    ['', 'id.hk.empty'],
    ['  ', 'id.hk.empty'],
    ['A123456-3', 'id.hk.chars'],
    ['A123456[3]', 'id.hk.chars'],
    ['A12345(3)', 'id.hk.format'],
    ['A1234567(3)', 'id.hk.format'],
    ['ABC123456(3)', 'id.hk.format'],
    ['1234567(3)', 'id.hk.format'],
    ['A123456(3', 'id.hk.format'],
    ['A123456(B)', 'id.hk.format'],
    ['A123456(4)', 'id.hk.checkDigit'],
    ['G123456(0)', 'id.hk.checkDigit'],
    ['AB987654(A)', 'id.hk.checkDigit']
  ])('%j → %s', (input, code) => {
    expect(validateHongKongId(input)).toEqual({ ok: false, code })
  })

  test('single-letter prefixes count a leading space as 36', () => {
    // 36·9 + 10·8 + (1·7 + 2·6 + 3·5 + 4·4 + 5·3 + 6·2) = 481 ≡ 8 (mod 11) → 11 − 8 = 3
    expect(hongKongIdCheckChar('A', '123456')).toBe('3')
  })

  test('the dispatcher routes "hk"', () => {
    expect(validateIdDocument('hk', 'a1234563')).toEqual({ ok: true, value: 'A123456(3)' })
  })
})

describe('validateHongKongId: properties', () => {
  test('generated valid numbers pass in every written form, normalised alike', () => {
    fc.assert(
      fc.property(validHongKongIdParts, ([prefix, six, c]) => {
        const expected = { ok: true, value: `${prefix}${six}(${c})` }
        expect(validateHongKongId(`${prefix}${six}(${c})`)).toEqual(expected)
        expect(validateHongKongId(`${prefix}${six}${c}`)).toEqual(expected)
        expect(validateHongKongId(`${prefix.toLowerCase()} ${six} (${c.toLowerCase()})`)).toEqual(expected)
      }),
      { numRuns: 500 }
    )
  })

  test('any other check character fails with id.hk.checkDigit', () => {
    fc.assert(
      fc.property(validHongKongIdParts, fc.constantFrom(...'0123456789A'), ([prefix, six, c], other) => {
        fc.pre(other !== c)
        expect(validateHongKongId(`${prefix}${six}(${other})`)).toEqual({ ok: false, code: 'id.hk.checkDigit' })
      }),
      { numRuns: 500 }
    )
  })

  test('any single-digit change is rejected', () => {
    fc.assert(
      fc.property(
        validHongKongIdParts,
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 9 }),
        ([prefix, six, c], pos, delta) => {
          const mutated = six.slice(0, pos) + String((Number(six[pos]) + delta) % 10) + six.slice(pos + 1)
          expect(validateHongKongId(`${prefix}${mutated}(${c})`).ok).toBe(false)
        }
      ),
      { numRuns: 300 }
    )
  })
})
