import fc from 'fast-check'
import { ID_TYPES, PHONE_REGIONS } from '@/core/domain'
import {
  VALIDATION_CODES,
  VALIDATION_MESSAGES,
  detectPhoneRegion,
  maskIdNumber,
  maskName,
  maskPhone,
  validateCaseReference,
  validateHkMoPermit,
  validateHongKongId,
  validateIdDocument,
  validateMacauId,
  validateMainlandId,
  validateName,
  validatePhone,
  validationMessage,
  type ValidationResult
} from '@/core/validators'

describe('codes and messages', () => {
  test('codes are unique and namespaced', () => {
    expect(new Set(VALIDATION_CODES).size).toBe(VALIDATION_CODES.length)
    for (const code of VALIDATION_CODES)
      expect(code).toMatch(/^(id|phone|name|caseRef|creditCode|enterpriseName)\.[A-Za-z0-9.]+$/)
  })

  test('every code has a distinct, non-trivial Simplified Chinese message', () => {
    expect(Object.keys(VALIDATION_MESSAGES).sort()).toEqual([...VALIDATION_CODES].sort())
    const texts = Object.values(VALIDATION_MESSAGES)
    expect(new Set(texts).size).toBe(texts.length)
    for (const text of texts) {
      expect(text.length).toBeGreaterThanOrEqual(5)
      expect(text).toMatch(/[\u4e00-\u9fff]/)
    }
  })

  test('validationMessage falls back to the code', () => {
    expect(validationMessage('id.mainland.checkDigit')).toContain('校验位')
    expect(validationMessage('nope')).toBe('nope')
  })
})

/** Strings biased towards the shapes the validators look at, plus arbitrary Unicode. */
const anyInput = fc.oneof(
  fc.string(),
  fc.fullUnicodeString(),
  fc.stringOf(fc.constantFrom(...'0123456789XxHMJAjm()（）+-· .,陈𠮷/\u3000'), { maxLength: 25 })
)

const validators: Array<[string, (s: string) => ValidationResult]> = [
  ['mainland', (s) => validateMainlandId(s, { now: 0 })],
  ['hk', validateHongKongId],
  ['mo', validateMacauId],
  ['permit', validateHkMoPermit],
  ['name', validateName],
  ['caseRef', validateCaseReference],
  ...ID_TYPES.map((t): [string, (s: string) => ValidationResult] => [`doc:${t}`, (s) => validateIdDocument(t, s)]),
  ...PHONE_REGIONS.map((r): [string, (s: string) => ValidationResult] => [`phone:${r}`, (s) => validatePhone(r, s)])
]

describe('robustness', () => {
  test.each(validators)('%s never throws, returns a listed code, and is idempotent', (_, validate) => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = validate(input)
        if (result.ok) {
          expect(typeof result.value).toBe('string')
          expect(validate(result.value)).toEqual(result)
        } else {
          expect(VALIDATION_CODES).toContain(result.code)
        }
      }),
      { numRuns: 300 }
    )
  })

  test('non-string input from untyped callers is "empty", not a crash', () => {
    for (const bad of [undefined, null, 42, {}, []]) {
      expect(validateMainlandId(bad as never).ok).toBe(false)
      expect(validatePhone('cn', bad as never)).toEqual({ ok: false, code: 'phone.empty' })
      expect(validateName(bad as never)).toEqual({ ok: false, code: 'name.empty' })
      expect(maskPhone(bad as never)).toBe('')
      expect(maskName(bad as never)).toBe('')
      expect(maskIdNumber(bad as never)).toBe('')
      expect(detectPhoneRegion(bad as never)).toBeNull()
    }
  })

  test('masks never throw', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(typeof maskPhone(input)).toBe('string')
        expect(typeof maskName(input)).toBe('string')
        expect(typeof maskIdNumber(input)).toBe('string')
      })
    )
  })
})
