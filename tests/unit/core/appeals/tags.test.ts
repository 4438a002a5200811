import fc from 'fast-check'
import { foldTagText, isOneEditApart, searchTags, type TagVocabulary } from '@/core/appeals/tags'
import tags from '@/data/appeals/tags.json'

const vocabulary = tags as TagVocabulary
const names = vocabulary.map((t) => t.tag)

describe('tag vocabulary data', () => {
  test('80–120 unique short tags; aliases never repeat a tag', () => {
    expect(names.length).toBeGreaterThanOrEqual(80)
    expect(names.length).toBeLessThanOrEqual(120)
    expect(new Set(names).size).toBe(names.length)
    for (const t of vocabulary) {
      expect(t.tag.length).toBeLessThanOrEqual(8)
      for (const a of t.aliases ?? []) expect(a).not.toBe(t.tag)
    }
  })
})

describe('searchTags', () => {
  test('every tag finds itself first', () => {
    for (const name of names) expect(searchTags(vocabulary, name, 5)[0]).toBe(name)
  })

  test('prefix and contains matches come before alias matches', () => {
    const hits = searchTags(vocabulary, '噪音', 10)
    expect(hits[0]).toBe('噪音')
    expect(hits).toEqual(expect.arrayContaining(['施工噪音', '工业噪音', '邻里噪音']))
  })

  test('aliases find their tag', () => {
    expect(searchTags(vocabulary, '拖欠工资', 3)).toContain('欠薪')
    expect(searchTags(vocabulary, '的士', 3)).toContain('出租车')
  })

  test('case and full/half width insensitive', () => {
    expect(foldTagText('ＡＢｃ　1２')).toBe('abc12')
    expect(searchTags([{ tag: 'ETC' }], 'ｅｔｃ', 5)).toEqual(['ETC'])
  })

  test('a one-character typo or a swap still finds the tag', () => {
    expect(searchTags(vocabulary, '营商环竟', 5)).toContain('营商环境')
    expect(searchTags(vocabulary, '惠政企策', 5)).toContain('惠企政策')
    expect(searchTags(vocabulary, '食品安', 5)).toContain('食品安全')
  })

  test('query characters in order match as a last resort', () => {
    expect(searchTags(vocabulary, '老改造', 5)).toContain('老旧小区改造')
  })

  test('limits results; an empty query lists the first tags', () => {
    expect(searchTags(vocabulary, '', 3)).toEqual(names.slice(0, 3))
    expect(searchTags(vocabulary, '费', 2)).toHaveLength(2)
    expect(searchTags(vocabulary, '费', 0)).toEqual([])
  })

  test('property: every tag with one character replaced is still found (tags of 3+ chars)', () => {
    const long = names.filter((n) => Array.from(n).length >= 3)
    fc.assert(
      fc.property(fc.constantFrom(...long), fc.nat(), (name, k) => {
        const chars = Array.from(name)
        chars[k % chars.length] = '〇'
        expect(searchTags(vocabulary, chars.join(''), names.length)).toContain(name)
      })
    )
  })

  test('property: results are unique, within the limit, and all from the vocabulary', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 20 }), (q, limit) => {
        const hits = searchTags(vocabulary, q, limit)
        expect(hits.length).toBeLessThanOrEqual(limit)
        expect(new Set(hits).size).toBe(hits.length)
        for (const h of hits) expect(names).toContain(h)
      })
    )
  })

  test('isOneEditApart', () => {
    expect(isOneEditApart('停电', '停水')).toBe(true)
    expect(isOneEditApart('停电', '停电')).toBe(false)
    expect(isOneEditApart('ab', 'ba')).toBe(true)
    expect(isOneEditApart('abc', 'a')).toBe(false)
    expect(isOneEditApart('食品安', '食品安全')).toBe(true)
  })
})
