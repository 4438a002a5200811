import { maskIdNumber, maskName, maskPhone } from '@/core/validators'

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
