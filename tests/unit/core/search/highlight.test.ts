import fc from 'fast-check'
import { splitByRanges } from '@/core/search/highlight'

describe('splitByRanges', () => {
  test('splits plain and highlighted runs', () => {
    expect(splitByRanges('社保卡申领', [[0, 2]])).toEqual([
      { text: '社保', hit: true },
      { text: '卡申领', hit: false }
    ])
    expect(
      splitByRanges('社保·查询', [
        [0, 2],
        [3, 5]
      ])
    ).toEqual([
      { text: '社保', hit: true },
      { text: '·', hit: false },
      { text: '查询', hit: true }
    ])
  })

  test('no ranges, empty text', () => {
    expect(splitByRanges('长辈模式', [])).toEqual([{ text: '长辈模式', hit: false }])
    expect(splitByRanges('', [[0, 3]])).toEqual([])
  })

  test('unsorted, overlapping, adjacent and out-of-bounds ranges are tidied', () => {
    expect(
      splitByRanges('abcdef', [
        [4, 9],
        [0, 2],
        [1, 3],
        [3, 4],
        [-5, 0],
        [5, 5]
      ])
    ).toEqual([{ text: 'abcdef', hit: true }])
    expect(
      splitByRanges('abcdef', [
        [2, 1],
        [10, 12]
      ])
    ).toEqual([{ text: 'abcdef', hit: false }])
  })

  test('the same ranges highlight the 繁體 title char for char', () => {
    const parts = splitByRanges('機動車駕駛證換證', [[3, 6]])
    expect(parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['駕駛證'])
  })

  test('property: joining the parts gives back the text; runs alternate', () => {
    fc.assert(
      fc.property(
        fc.fullUnicodeString({ maxLength: 40 }),
        fc.array(fc.tuple(fc.integer({ min: -5, max: 50 }), fc.integer({ min: -5, max: 50 }))),
        (text, ranges) => {
          const parts = splitByRanges(text, ranges)
          expect(parts.map((p) => p.text).join('')).toBe(text)
          parts.forEach((p, i) => {
            expect(p.text.length).toBeGreaterThan(0)
            if (i > 0) expect(p.hit).not.toBe(parts[i - 1].hit)
          })
        }
      )
    )
  })
})
