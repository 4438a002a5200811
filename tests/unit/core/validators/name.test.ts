import { isChineseName, validateName } from '@/core/validators'

describe('validateName', () => {
  test.each([
    ['陈大文', '陈大文'],
    ['李明', '李明'],
    [' 陈 大 文 ', '陈大文'],
    ['欧阳娜娜', '欧阳娜娜'],
    ['買買提·艾力', '買買提·艾力'],
    ['买买提.艾力', '买买提·艾力'], // ASCII period typed for the middle dot
    ['买买提•艾力', '买买提·艾力'],
    ['阿伦‧古治', '阿伦·古治'], // U+2027, common in Hong Kong texts
    ['𠮷野家', '𠮷野家'], // extension B character
    ['CHAN, Tai Man', 'CHAN, Tai Man'],
    ['Chan  Tai   Man', 'Chan Tai Man'],
    ['José da Conceição', 'José da Conceição'],
    ['O’Neil', "O'Neil"],
    ['Jean-Pierre Ho', 'Jean-Pierre Ho'],
    ['Li', 'Li'],
    ['ＣＨＡＮ Ｔａｉ', 'CHAN Tai'] // full-width Latin
  ])('%j → %j', (input, value) => {
    expect(validateName(input)).toEqual({ ok: true, value })
  })

  test.each([
    ['', 'name.empty'],
    ['   ', 'name.empty'],
    ['陈', 'name.tooShort'],
    ['A', 'name.tooShort'],
    ['陈'.repeat(31), 'name.tooLong'],
    ['A'.repeat(31), 'name.tooLong'],
    ['陈大文2', 'name.chars'],
    ['Chan Tai Man 2', 'name.chars'],
    ['陈大文😀', 'name.chars'],
    ['Chan@Tai', 'name.chars'],
    ['12345', 'name.chars'],
    ['!!', 'name.chars'],
    ['陈大文 Chan', 'name.mixedScripts'],
    ['·艾力', 'name.punctuation'],
    ['买买提·', 'name.punctuation'],
    ['买买提··艾力', 'name.punctuation'],
    ['-Chan', 'name.punctuation'],
    ['Chan--Tai', 'name.punctuation'],
    ['Chan,', 'name.punctuation']
  ])('%j → %s', (input, code) => {
    expect(validateName(input)).toEqual({ ok: false, code })
  })

  test('length counts characters, not UTF-16 units', () => {
    expect(validateName('𠮷'.repeat(30)).ok).toBe(true)
    expect(validateName('𠮷')).toEqual({ ok: false, code: 'name.tooShort' })
  })

  test('normalisation is idempotent on the examples', () => {
    for (const input of ['买买提.艾力', 'Chan  Tai   Man', ' 陈 大 文 ', 'O’Neil']) {
      const once = validateName(input)
      expect(once.ok).toBe(true)
      if (once.ok) expect(validateName(once.value)).toEqual(once)
    }
  })

  test('isChineseName', () => {
    expect(isChineseName('陈大文')).toBe(true)
    expect(isChineseName('Chan Tai Man')).toBe(false)
  })
})
