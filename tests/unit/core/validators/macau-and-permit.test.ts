import fc from 'fast-check'
import { hkMoPermitRegion, validateHkMoPermit, validateIdDocument, validateMacauId } from '@/core/validators'

describe('validateMacauId', () => {
  test.each([
    ['1234567(8)', '1234567(8)'],
    ['12345678', '1234567(8)'],
    ['1/234567/8', '1234567(8)'], // older printed form
    ['5215299 (8)', '5215299(8)'],
    ['7123456（0）', '7123456(0)']
  ])('%s is valid', (input, value) => {
    expect(validateMacauId(input)).toEqual({ ok: true, value })
  })

  test.each([
    ['', 'id.mo.empty'],
    ['1234567-8', 'id.mo.chars'],
    ['A1234567', 'id.mo.chars'],
    ['1234567', 'id.mo.length'],
    ['123456789', 'id.mo.length'],
    ['123456(78)', 'id.mo.format'],
    ['(1)2345678', 'id.mo.format'],
    ['2234567(8)', 'id.mo.firstDigit'],
    ['32345678', 'id.mo.firstDigit']
  ])('%j → %s', (input, code) => {
    expect(validateMacauId(input)).toEqual({ ok: false, code })
  })

  test('every 8-digit number starting 1, 5 or 7 passes in both written forms', () => {
    fc.assert(
      fc.property(fc.constantFrom('1', '5', '7'), fc.integer({ min: 0, max: 9999999 }), (first, rest) => {
        const d = first + String(rest).padStart(7, '0')
        const expected = { ok: true, value: `${d.slice(0, 7)}(${d[7]})` }
        expect(validateMacauId(d)).toEqual(expected)
        expect(validateMacauId(expected.value)).toEqual(expected)
      })
    )
  })
})

describe('validateHkMoPermit (回乡证)', () => {
  test.each([
    ['H12345678', 'H12345678'],
    ['m87654321', 'M87654321'],
    ['H 1234 5678', 'H12345678'],
    ['H1234567801', 'H1234567801'] // 11 characters printed on cards since 2013
  ])('%s is valid', (input, value) => {
    expect(validateHkMoPermit(input)).toEqual({ ok: true, value })
  })

  test.each([
    ['', 'id.hkmoPermit.empty'],
    ['H1234-5678', 'id.hkmoPermit.chars'],
    ['H1234567A', 'id.hkmoPermit.chars'],
    ['12345678', 'id.hkmoPermit.prefix'],
    ['C12345678', 'id.hkmoPermit.prefix'],
    ['H1234567', 'id.hkmoPermit.length'],
    ['H123456789', 'id.hkmoPermit.length'],
    ['H123456789012', 'id.hkmoPermit.length']
  ])('%j → %s', (input, code) => {
    expect(validateHkMoPermit(input)).toEqual({ ok: false, code })
  })

  test('region from the letter', () => {
    expect(hkMoPermitRegion('H12345678')).toBe('hk')
    expect(hkMoPermitRegion('M12345678')).toBe('mo')
  })
})

describe('validateIdDocument', () => {
  test('dispatches each type', () => {
    expect(validateIdDocument('mo', '12345678')).toEqual({ ok: true, value: '1234567(8)' })
    expect(validateIdDocument('hkmo_permit', 'h12345678')).toEqual({ ok: true, value: 'H12345678' })
  })

  test('an unknown type from untyped data is reported, not thrown', () => {
    expect(validateIdDocument('passport' as never, 'E12345678')).toEqual({ ok: false, code: 'id.type.unknown' })
  })
})
