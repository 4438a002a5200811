import fc from 'fast-check'
import {
  creditCodeCheckChar,
  CREDIT_CODE_CHARSET,
  maskCreditCode,
  maskIdNumber,
  maskName,
  maskPhone
} from '@/core/validators'

describe('maskPhone', () => {
  test.each([
    ['13812345678', '138****5678'],
    ['+86 138 1234 5678', '138****5678'],
    ['51234567', '51****67'],
    ['+852 5123 4567', '51****67'],
    ['00853 6612 3456', '66****56'],
    ['123', '***'],
    ['', '']
  ])('%j → %s', (input, masked) => {
    expect(maskPhone(input)).toBe(masked)
  })
})

describe('maskName', () => {
  test.each([
    ['陈大明', '陈*明'],
    ['李明', '李*'],
    ['欧阳小明', '欧**明'],
    ['买买提·艾力', '买**·*力'],
    ['陈', '*'],
    ['Chan Tai Man', 'C***'],
    ['Li', 'L***'],
    ['', '']
  ])('%j → %s', (input, masked) => {
    expect(maskName(input)).toBe(masked)
  })
})

describe('maskIdNumber', () => {
  test.each([
    ['11010519491231002X', '110***********002X'],
    ['440703199001011239', '440***********1239'],
    ['A123456(3)', 'A1****6(3)'],
    ['AB987654(3)', 'AB*****4(3)'],
    ['1234567(8)', '12****7(8)'],
    ['H12345678', 'H1*****78'],
    ['H1234567801', 'H1*******01'],
    ['12345', '*****'],
    ['', '']
  ])('%j → %s', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked)
  })

  test('never reveals more than the first 3 and last 4 characters', () => {
    const masked = maskIdNumber('440703199001011239')
    expect(masked.replace(/\*/g, '').length).toBe(7)
  })
})

describe('maskCreditCode', () => {
  test.each([
    ['91440700MA4UQ2XX3Q', '9144**********XX3Q'],
    [' 9144 0700 MA4U Q2XX 3Q ', '9144**********XX3Q'],
    ['９１４４０７００ＭＡ４ＵＱ２ＸＸ３Ｑ', '9144**********XX3Q'],
    ['1234', '****'],
    ['', '']
  ])('%j → %s', (input, masked) => {
    expect(maskCreditCode(input)).toBe(masked)
  })

  test('any code keeps its length and shows only its first and last four characters', () => {
    const code = fc
      .array(fc.constantFrom(...CREDIT_CODE_CHARSET), { minLength: 17, maxLength: 17 })
      .map((c) => c.join('') + creditCodeCheckChar(c.join('')))
    fc.assert(
      fc.property(code, (c) => {
        const masked = maskCreditCode(c)
        expect(masked).toHaveLength(18)
        expect(masked.slice(0, 4)).toBe(c.slice(0, 4))
        expect(masked.slice(-4)).toBe(c.slice(-4))
        expect(masked.slice(4, -4)).toBe('*'.repeat(10))
      })
    )
  })
})
