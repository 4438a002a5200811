import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildSearchIndex } from '@/core/search/build-index'
import { createSearcher } from '@/core/search/engine'
import { parseCharMap } from '@/core/search/normalize'
import { SYNONYM_GROUPS } from '@/core/search/synonyms'
import { DOCS } from './fixtures'

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(DOCS)

  test('stores one syllable per searchable char, fields split by |', () => {
    const row = (id: string) => index.rows.find((r) => r[0] === id)!
    expect(row('sbk')[4]).toBe('she bao ka shen ling|ban she bao ka')
    expect(row('dot')[4]).toBe('she bao cha xun dan wei')
    expect(row('etc')[4]).toBe('e t c ban li')
    expect(row('hotline')[4]).toBe('1 2 3 4 5 zheng wu fu wu re xian')
    expect(row('elder')[4]).toBe('zhang bei mo shi') // polyphone read in context
  })

  test('rows drop trailing defaults and share kinds', () => {
    const row = (id: string) => index.rows.find((r) => r[0] === id)!
    expect(row('sb')).toEqual(['sb', 0, '社保', '/features/gov-services/pages/guide/index?id=sb', 'she bao'])
    expect(row('sbk').slice(5)).toEqual([['办社保卡'], 2])
    expect(row('elder').slice(5)).toEqual([[], 0, '大字体、简化界面'])
    expect(index.kinds).toEqual(['service', 'setting', 'page'])
  })

  test('carries traditional forms of indexed and synonym chars only', () => {
    const t2s = parseCharMap(index.t2s)
    expect(t2s.get('駕')).toBe('驾')
    expect(t2s.get('暫')).toBe('暂') // 暂 occurs only in the synonym table (暂住证)
    expect(t2s.get('戶')).toBe('户')
    expect(t2s.get('臺')).toBe('台')
    expect(t2s.has('龍')).toBe(false) // 龙 appears nowhere
    expect(index.t2s.length).toBeLessThan(2000)
  })

  test('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index)
  })

  test('a stale index (pinyin not matching titles) is refused', () => {
    const stale = JSON.parse(JSON.stringify(index))
    stale.rows[0][2] = stale.rows[0][2] + '新'
    expect(() => createSearcher(stale)).toThrow(/out of date/)
  })
})

describe('synonym table', () => {
  test('each term belongs to one group of at least two', () => {
    const all = SYNONYM_GROUPS.flat()
    expect(new Set(all).size).toBe(all.length)
    SYNONYM_GROUPS.forEach((g) => expect(g.length).toBeGreaterThanOrEqual(2))
  })

  test('covers the pairs citizens ask about', () => {
    const together = (a: string, b: string) => SYNONYM_GROUPS.some((g) => g.includes(a) && g.includes(b))
    expect(together('公积金', '住房公积金')).toBe(true)
    expect(together('社保', '社会保险')).toBe(true)
    expect(together('身份证', '居民身份证')).toBe(true)
    expect(together('医保', '医疗保险')).toBe(true)
    expect(together('驾照', '驾驶证')).toBe(true)
    expect(together('港澳通行证', '往来港澳通行证')).toBe(true)
    expect(together('户口', '户籍')).toBe(true)
    expect(together('营业执照', '企业设立登记')).toBe(true)
    expect(together('长辈版', '老年模式')).toBe(true)
  })
})

describe('runtime bundle', () => {
  // The mini-program ships engine.ts and what it imports; pinyin-pro and opencc-js must stay out.
  test('nothing reachable from the runtime entry imports the build-time libraries', () => {
    const dir = join(__dirname, '../../../../src/core/search')
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      const source = readFileSync(join(dir, `${file}.ts`), 'utf8')
      for (const [, spec] of source.matchAll(/from '([^']+)'/g)) {
        expect(spec).not.toMatch(/pinyin-pro|opencc|build-index/)
        if (spec.startsWith('./')) visit(spec.slice(2))
      }
    }
    visit('index')
    expect([...seen].sort()).toEqual([
      'corpus',
      'engine',
      'highlight',
      'index',
      'normalize',
      'pinyin-match',
      'synonyms',
      'types'
    ])
  })
})
