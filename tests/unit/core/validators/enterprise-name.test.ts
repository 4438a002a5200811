import fc from 'fast-check'
import { validateEnterpriseName } from '@/core/validators'

describe('validateEnterpriseName', () => {
  test.each([
    ['江门市蓬江区某某科技有限公司', '江门市蓬江区某某科技有限公司'],
    [' 江门市某某科技有限公司（江海分公司） ', '江门市某某科技有限公司（江海分公司）'],
    ['江门市某某贸易有限公司(台山分公司)', '江门市某某贸易有限公司（台山分公司）'],
    ['江门 市 某某 有限公司', '江门市某某有限公司'],
    ['江门市ＴＣＬ电器有限公司', '江门市TCL电器有限公司'],
    ['开平市A&B五金制品厂', '开平市A&B五金制品厂'],
    ['鹤山市某某-某某合伙企业', '鹤山市某某-某某合伙企业'],
    ['江门市𠮷祥餐饮店', '江门市𠮷祥餐饮店'],
    ['米娜·阿不都贸易商行', '米娜·阿不都贸易商行'],
    ['ABC  (Jiangmen)   Trading', 'ABC (Jiangmen) Trading'],
    ['某厂', '某厂']
  ])('%j → %j', (input, value) => {
    expect(validateEnterpriseName(input)).toEqual({ ok: true, value })
  })

  test.each([
    ['', 'enterpriseName.empty'],
    ['  \u3000', 'enterpriseName.empty'],
    ['厂', 'enterpriseName.length'],
    ['A', 'enterpriseName.length'],
    ['江'.repeat(61), 'enterpriseName.length'],
    ['江门市某某有限公司！', 'enterpriseName.chars'],
    ['江门市某某有限公司@', 'enterpriseName.chars'],
    ['江门市某某有限公司😀', 'enterpriseName.chars'],
    ['12345', 'enterpriseName.chars'],
    ['（）', 'enterpriseName.chars'],
    ['ABC Co., Ltd.', 'enterpriseName.chars']
  ])('%j → %s', (input, code) => {
    expect(validateEnterpriseName(input)).toEqual({ ok: false, code })
  })

  test('length counts characters, not UTF-16 units', () => {
    expect(validateEnterpriseName('𠮷'.repeat(60)).ok).toBe(true)
    expect(validateEnterpriseName('𠮷'.repeat(61))).toEqual({ ok: false, code: 'enterpriseName.length' })
    expect(validateEnterpriseName('江'.repeat(60)).ok).toBe(true)
  })

  test('property: accepted names are normalised idempotently and 2–60 characters long', () => {
    const piece = fc.constantFrom(
      '江',
      '门',
      '有',
      '限',
      '公',
      '司',
      'A',
      'b',
      '1',
      '(',
      '）',
      '·',
      '&',
      '-',
      ' ',
      '\u3000',
      'Ｘ',
      '!',
      '𠮷'
    )
    fc.assert(
      fc.property(fc.oneof(fc.stringOf(piece, { maxLength: 70 }), fc.fullUnicodeString()), (input) => {
        const r = validateEnterpriseName(input)
        if (r.ok) {
          expect(validateEnterpriseName(r.value)).toEqual(r)
          const n = Array.from(r.value).length
          expect(n).toBeGreaterThanOrEqual(2)
          expect(n).toBeLessThanOrEqual(60)
        }
      }),
      { numRuns: 500 }
    )
  })
})
