import fc from 'fast-check'
import type { PhoneRegion } from '@/core/domain'
import { detectPhoneRegion, phoneLineType, toE164, validatePhone } from '@/core/validators'

describe('validatePhone', () => {
  test.each([
    ['cn', '13812345678', '13812345678'],
    ['cn', '138 1234 5678', '13812345678'],
    ['cn', '138-1234-5678', '13812345678'],
    ['cn', '+86 138 1234 5678', '13812345678'],
    ['cn', '8613812345678', '13812345678'],
    ['cn', '0086-13812345678', '13812345678'],
    ['cn', '＋８６１９９１２３４５６７８', '19912345678'],
    ['hk', '51234567', '51234567'],
    ['hk', '+852 5123 4567', '51234567'],
    ['hk', '(852) 2123-4567', '21234567'],
    ['hk', '00852 91234567', '91234567'],
    ['hk', '85261234567', '61234567'],
    ['mo', '66123456', '66123456'],
    ['mo', '+853 6612 3456', '66123456'],
    ['mo', '28123456', '28123456'],
    ['mo', '85328123456', '28123456']
  ] as const)('%s %j → %s', (region, input, value) => {
    expect(validatePhone(region, input)).toEqual({ ok: true, value })
  })

  test.each([
    ['cn', '', 'phone.empty'],
    ['hk', ' - ', 'phone.empty'],
    ['cn', '138abcd5678', 'phone.chars'],
    ['cn', '138#1234#5678', 'phone.chars'],
    ['mo', '6612 345６x', 'phone.chars'],
    ['cn', '+852 5123 4567', 'phone.regionMismatch'],
    ['hk', '+86 13812345678', 'phone.regionMismatch'],
    ['mo', '+852 51234567', 'phone.regionMismatch'],
    ['hk', '+1 415 555 0100', 'phone.regionMismatch'],
    ['cn', '85251234567', 'phone.regionMismatch'],
    ['hk', '8613812345678', 'phone.regionMismatch'],
    ['cn', '1381234567', 'phone.cn.length'],
    ['cn', '138123456789', 'phone.cn.length'],
    ['cn', '+86', 'phone.cn.length'],
    ['cn', '12812345678', 'phone.cn.prefix'],
    ['cn', '23812345678', 'phone.cn.prefix'],
    ['hk', '5123456', 'phone.hk.length'],
    ['hk', '512345678', 'phone.hk.length'],
    ['hk', '11234567', 'phone.hk.prefix'],
    ['hk', '01234567', 'phone.hk.prefix'],
    ['mo', '6612345', 'phone.mo.length'],
    ['mo', '51234567', 'phone.mo.prefix'],
    ['mo', '29123456', 'phone.mo.prefix']
  ] as const)('%s %j → %s', (region, input, code) => {
    expect(validatePhone(region, input)).toEqual({ ok: false, code })
  })

  test('an unknown region is reported, not thrown', () => {
    expect(validatePhone('tw' as PhoneRegion, '0912345678')).toEqual({ ok: false, code: 'phone.region.unknown' })
  })
})

describe('detectPhoneRegion', () => {
  test.each([
    ['+86 138 1234 5678', 'cn'],
    ['0086 13812345678', 'cn'],
    ['8613812345678', 'cn'],
    ['13812345678', 'cn'],
    ['+852 5123 4567', 'hk'],
    ['00852-51234567', 'hk'],
    ['85251234567', 'hk'],
    ['+853 6612 3456', 'mo'],
    ['85366123456', 'mo'],
    ['66123456', null], // valid in both Hong Kong and Macau
    ['+1 415 555 0100', null],
    ['hello', null],
    ['', null]
  ])('%j → %s', (input, region) => {
    expect(detectPhoneRegion(input)).toBe(region)
  })
})

describe('phone helpers', () => {
  test('line types', () => {
    expect(phoneLineType('hk', '21234567')).toBe('fixed')
    expect(phoneLineType('hk', '51234567')).toBe('mobile')
    expect(phoneLineType('mo', '66123456')).toBe('mobile')
    expect(phoneLineType('mo', '28123456')).toBe('fixed')
    expect(phoneLineType('cn', '13812345678')).toBe('mobile')
  })

  test('E.164', () => {
    expect(toE164('hk', '51234567')).toBe('+85251234567')
  })
})

const nationalNumber: Record<PhoneRegion, fc.Arbitrary<string>> = {
  cn: fc
    .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999999999 }))
    .map(([b, r]) => `1${b}${String(r).padStart(9, '0')}`),
  hk: fc
    .tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 9999999 }))
    .map(([b, r]) => `${b}${String(r).padStart(7, '0')}`),
  mo: fc.oneof(
    fc.integer({ min: 0, max: 9999999 }).map((r) => `6${String(r).padStart(7, '0')}`),
    fc.integer({ min: 0, max: 999999 }).map((r) => `28${String(r).padStart(6, '0')}`)
  )
}
const ccOf: Record<PhoneRegion, string> = { cn: '86', hk: '852', mo: '853' }

/** The same number as people write it: with or without country code, spaced or dashed. */
const writtenNumber = fc.constantFrom<PhoneRegion>('cn', 'hk', 'mo').chain((region) =>
  fc
    .tuple(nationalNumber[region], fc.constantFrom('', '+', '00', '+ '), fc.constantFrom('', ' ', '-'), fc.boolean())
    .map(([national, intl, sep, split]) => {
      const body = split ? national.slice(0, 4) + sep + national.slice(4) : national
      return { region, national, written: intl === '' ? body : `${intl}${ccOf[region]}${sep}${body}` }
    })
)

describe('validatePhone: properties', () => {
  test('every written form of a valid number normalises to the national number', () => {
    fc.assert(
      fc.property(writtenNumber, ({ region, national, written }) => {
        expect(validatePhone(region, written)).toEqual({ ok: true, value: national })
      }),
      { numRuns: 500 }
    )
  })

  test('normalisation is idempotent', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<PhoneRegion>('cn', 'hk', 'mo'),
        fc.oneof(
          writtenNumber.map((w) => w.written),
          fc.string()
        ),
        (region, input) => {
          const once = validatePhone(region, input)
          if (once.ok) expect(validatePhone(region, once.value)).toEqual(once)
        }
      ),
      { numRuns: 500 }
    )
  })

  test('a number with an explicit country code is detected as its region', () => {
    fc.assert(
      fc.property(writtenNumber, ({ region, written }) => {
        if (/^\+|^00/.test(written)) expect(detectPhoneRegion(written)).toBe(region)
      }),
      { numRuns: 300 }
    )
  })
})
