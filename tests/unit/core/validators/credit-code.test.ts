import fc from 'fast-check'
import {
  CREDIT_CODE_AUTHORITIES,
  CREDIT_CODE_CHARSET,
  PROVINCE_CODES,
  creditCodeCheckChar,
  validateCreditCode
} from '@/core/validators'

const charsetChar = fc.constantFrom(...CREDIT_CODE_CHARSET)
const authorityAndCategory = fc
  .constantFrom(...Object.entries(CREDIT_CODE_AUTHORITIES))
  .chain(([authority, categories]) => fc.constantFrom(...categories).map((category) => authority + category))
const division = fc.oneof(
  fc.constant('100000'),
  fc
    .tuple(fc.constantFrom(...PROVINCE_CODES), fc.integer({ min: 0, max: 9999 }))
    .map(([p, n]) => p + String(n).padStart(4, '0'))
)

/** A valid code: any authority/category pair, a division, any 主体标识码 and its check char. */
const validCreditCode = fc
  .tuple(authorityAndCategory, division, fc.array(charsetChar, { minLength: 9, maxLength: 9 }))
  .map(([head, area, body]) => {
    const first17 = head + area + body.join('')
    return first17 + creditCodeCheckChar(first17)
  })

describe('creditCodeCheckChar', () => {
  // published codes of well-known companies (their business licences)
  test.each([
    ['914403001922038216'], // 华为技术有限公司
    ['91330100716105852F'], // 阿里巴巴（中国）有限公司
    ['91110000710926094P'], // 中国石油化工股份有限公司
    ['91440300708461136T'] // 深圳市腾讯计算机系统有限公司
  ])('%s', (code) => {
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17])
    expect(validateCreditCode(code)).toEqual({ ok: true, value: code })
  })

  test('a Jiangmen-format code gets its computed check char', () => {
    // 91 enterprise, 440700 江门市, MA4UQ2XX3 主体标识码: Σ mod 31 = 5, so 31 − 5 = 26 → 'Q'
    expect(creditCodeCheckChar('91440700MA4UQ2XX3')).toBe('Q')
    expect(validateCreditCode('91440700MA4UQ2XX3Q').ok).toBe(true)
    expect(validateCreditCode('91440700MA4UQ2XX30')).toEqual({ ok: false, code: 'creditCode.checkChar' })
  })

  test('a sum divisible by 31 gives check char 0, not 31', () => {
    // '10' + 16 zeros: 1×1 + 0 = 1 → 30 → 'Y'; find a prefix with Σ ≡ 0 by varying one char
    const prefixes = [...CREDIT_CODE_CHARSET].map((c) => `91440700${c}00000000`)
    const zero = prefixes.filter((p) => creditCodeCheckChar(p) === '0')
    expect(zero.length).toBe(1)
    expect(validateCreditCode(zero[0] + '0').ok).toBe(true)
  })

  test('rejects characters outside the set', () => {
    expect(() => creditCodeCheckChar('91440700MA4UQ2XXS')).toThrow(RangeError)
  })
})

describe('validateCreditCode', () => {
  test('normalises case, spaces and full-width characters', () => {
    expect(validateCreditCode(' 9144 0700 ma4u q2xx 3q ')).toEqual({ ok: true, value: '91440700MA4UQ2XX3Q' })
    expect(validateCreditCode('９１４４０７００ＭＡ４ＵＱ２ＸＸ３Ｑ')).toEqual({
      ok: true,
      value: '91440700MA4UQ2XX3Q'
    })
    expect(validateCreditCode('\u300091440700MA4UQ2XX3Q\t')).toEqual({ ok: true, value: '91440700MA4UQ2XX3Q' })
  })

  test.each([
    ['', 'creditCode.empty'],
    ['   ', 'creditCode.empty'],
    ['91440700MA4UQ2XXOQ', 'creditCode.chars'], // letter O for zero
    ['91440700MA4UQ2XXIQ', 'creditCode.chars'],
    ['91440700MA4UQ2XXSQ', 'creditCode.chars'],
    ['91440700MA4UQ2XXVQ', 'creditCode.chars'],
    ['91440700MA4UQ2XXZQ', 'creditCode.chars'],
    ['91440700-MA4UQ2XX3Q', 'creditCode.chars'],
    ['91440700MA4UQ2XX3', 'creditCode.length'],
    ['91440700MA4UQ2XX3Q1', 'creditCode.length'],
    ['B1440700MA4UQ2XX3Q', 'creditCode.authority'], // no authority B
    ['99440700MA4UQ2XX3Q', 'creditCode.authority'], // 工商 has no category 9
    ['Y2440700MA4UQ2XX3Q', 'creditCode.authority'], // Y is always Y1
    ['91A40700MA4UQ2XX3Q', 'creditCode.division'],
    ['91000000MA4UQ2XX3Q', 'creditCode.division'],
    ['91990700MA4UQ2XX3Q', 'creditCode.division'],
    ['91440700MA4UQ2XX3R', 'creditCode.checkChar']
  ])('%j → %s', (input, code) => {
    expect(validateCreditCode(input)).toEqual({ ok: false, code })
  })

  test('non-string input is empty', () => {
    for (const bad of [undefined, null, 42, {}])
      expect(validateCreditCode(bad as never)).toEqual({ ok: false, code: 'creditCode.empty' })
  })

  test('property: generated valid codes are accepted unchanged, also in lower case', () => {
    fc.assert(
      fc.property(validCreditCode, (code) => {
        expect(validateCreditCode(code)).toEqual({ ok: true, value: code })
        expect(validateCreditCode(code.toLowerCase())).toEqual({ ok: true, value: code })
      }),
      { numRuns: 500 }
    )
  })

  test('property: any single-character change of a valid code is rejected', () => {
    const replacement = fc.constantFrom(...CREDIT_CODE_CHARSET, 'I', 'O', 'S', 'V', 'Z')
    fc.assert(
      fc.property(validCreditCode, fc.integer({ min: 0, max: 17 }), replacement, (code, i, c) => {
        fc.pre(code[i] !== c)
        const changed = code.slice(0, i) + c + code.slice(i + 1)
        expect(validateCreditCode(changed).ok).toBe(false)
      }),
      { numRuns: 2000 }
    )
  })

  test('property: swapping two different characters of the first 17 is rejected', () => {
    // the weights are distinct powers of 3 mod 31, so (a − b)(w_i − w_j) ≢ 0 mod 31
    fc.assert(
      fc.property(validCreditCode, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 16 }), (code, i, j) => {
        fc.pre(code[i] !== code[j])
        const chars = [...code]
        ;[chars[i], chars[j]] = [chars[j], chars[i]]
        expect(validateCreditCode(chars.join('')).ok).toBe(false)
      }),
      { numRuns: 1000 }
    )
  })

  test('property: never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.fullUnicodeString(),
          fc.stringOf(fc.constantFrom(...'0123456789ABIOSZYqx １ '), { maxLength: 22 })
        ),
        (s) => {
          const r = validateCreditCode(s)
          if (r.ok) expect(validateCreditCode(r.value)).toEqual(r)
        }
      )
    )
  })
})
