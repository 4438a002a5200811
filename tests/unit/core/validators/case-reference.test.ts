import { caseReferenceDate, validateCaseReference } from '@/core/validators'

describe('validateCaseReference', () => {
  test.each([
    ['JM20261103000127', 'JM20261103000127'],
    ['jm20261103000127', 'JM20261103000127'],
    ['JM 20261103 000127', 'JM20261103000127'],
    [' JM-20240229-000001 ', 'JM20240229000001'],
    ['ＪＭ２０２６１１０３０００１２７', 'JM20261103000127']
  ])('%j → %s', (input, value) => {
    expect(validateCaseReference(input)).toEqual({ ok: true, value })
  })

  test.each([
    ['', 'caseRef.empty'],
    ['  ', 'caseRef.empty'],
    ['20261103000127', 'caseRef.prefix'],
    ['SZ20261103000127', 'caseRef.prefix'],
    ['J20261103000127', 'caseRef.prefix'],
    ['JM2026110300O127', 'caseRef.chars'], // letter O for zero
    ['JM2026/11/03/000127', 'caseRef.chars'],
    ['JM2026110300012', 'caseRef.length'],
    ['JM202611030001270', 'caseRef.length'],
    ['JM', 'caseRef.length'],
    ['JM20261303000127', 'caseRef.date'],
    ['JM20250229000127', 'caseRef.date'],
    ['JM20261100000127', 'caseRef.date'],
    ['JM19991231000127', 'caseRef.date']
  ])('%j → %s', (input, code) => {
    expect(validateCaseReference(input)).toEqual({ ok: false, code })
  })

  test('acceptance date', () => {
    expect(caseReferenceDate('JM20261103000127')).toBe('2026-11-03')
  })
})
