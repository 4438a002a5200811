import { buildSearchIndex } from '@/core/search/build-index'
import { createSearcher } from '@/core/search/engine'
import { DOCS, TIER_ORDER, hitOf, ids, searcher } from './fixtures'

const s = searcher()

describe('Chinese input', () => {
  test('exact, prefix and contains, in that order', () => {
    const hits = s.search('社保')
    expect(hits[0].doc.id).toBe('sb')
    expect(hits[0].tier).toBe('exact')
    const tierOf = (id: string) => hitOf(hits, id)?.tier
    expect(tierOf('sbcx')).toBe('prefix')
    expect(tierOf('sbk')).toBe('prefix')
    expect(tierOf('grsb')).toBe('contains')
    expect(ids(hits).indexOf('sbcx')).toBeLessThan(ids(hits).indexOf('grsb'))
  })

  test('ranges point at the matched title chars, skipping punctuation', () => {
    expect(hitOf(s.search('社保查询'), 'sbcx')!.ranges).toEqual([[0, 4]])
    expect(hitOf(s.search('社保查询'), 'dot')!.ranges).toEqual([
      [0, 2],
      [3, 5]
    ])
    expect(hitOf(s.search('缴费'), 'grsb')!.ranges).toEqual([[4, 6]])
  })

  test('a keyword match scores below a title match of the same kind and has no title ranges', () => {
    const hits = s.search('参保证明')
    expect(hits[0].doc.id).toBe('shbx')
    expect(hits[0].tier).toBe('exact')
    expect(hits[0].ranges).toEqual([])
    expect(hits[0].score).toBeLessThan(1000)
  })

  test('returns the doc as contributed', () => {
    const hit = s.search('长辈模式')[0]
    expect(hit.doc).toEqual(DOCS.find((d) => d.id === 'elder'))
  })
})

describe('pinyin input', () => {
  test('full pinyin', () => {
    const hits = s.search('shebao')
    expect(ids(hits).slice(0, 2)).toEqual(['sbk', 'sb']) // featured first within the tier, then shorter
    expect(hitOf(hits, 'sb')!.tier).toBe('pinyin')
    expect(hitOf(hits, 'sb')!.ranges).toEqual([[0, 2]])
    expect(ids(hits)).toEqual(expect.arrayContaining(['sbcx', 'sbk', 'grsb']))
    expect(hitOf(hits, 'grsb')!.ranges).toEqual([[2, 4]])
  })

  test('pinyin still being typed matches the syllable prefix', () => {
    expect(ids(s.search('sheb'))).toContain('sbcx')
    expect(ids(s.search('jiashiz'))).toEqual(['jsz'])
    expect(s.search('jiashizheng')[0].ranges).toEqual([[3, 6]])
  })

  test('initials', () => {
    const hits = s.search('sbcx')
    expect(hits[0].doc.id).toBe('sbcx')
    expect(hits[0].tier).toBe('initials')
    expect(hits[0].ranges).toEqual([[0, 4]])
    expect(hitOf(hits, 'dot')!.ranges).toEqual([
      [0, 2],
      [3, 5]
    ])
    expect(ids(s.search('gjj'))).toEqual(expect.arrayContaining(['gjjtq', 'gjjdk']))
    expect(ids(s.search('sfz'))).toContain('sfz')
  })

  test('initials mixed with full syllables', () => {
    const hit = s.search('hzhao')[0]
    expect(hit.doc.id).toBe('hz')
    expect(hit.tier).toBe('pinyin')
    expect(hit.ranges).toEqual([[2, 4]])
    expect(s.search('zhfgjj')[0].doc.id).toBe('gjjtq') // retroflex initial zh
  })

  test('mixed Chinese and pinyin', () => {
    const hits = s.search('社bao')
    expect(ids(hits).slice(0, 2)).toEqual(['sbk', 'sb'])
    expect(hitOf(hits, 'sb')!.tier).toBe('pinyin')
    expect(hitOf(hits, 'sb')!.ranges).toEqual([[0, 2]])
    expect(ids(hits)).toContain('grsb')
    expect(ids(s.search('gong积'))).toEqual(expect.arrayContaining(['gjjtq', 'gjjdk']))
    expect(s.search('社bao')).toEqual(s.search('she保'))
  })

  test('case, full-width letters and spaces do not matter', () => {
    expect(s.search('SBCX')).toEqual(s.search('sbcx'))
    expect(s.search('ｓｂｃｘ')).toEqual(s.search('sbcx'))
    expect(s.search(' she  bao ')).toEqual(s.search('shebao'))
  })

  test('latin and digits in titles match literally', () => {
    expect(s.search('etc')[0].doc.id).toBe('etc')
    expect(s.search('etc')[0].ranges).toEqual([[0, 3]])
    expect(s.search('12345')[0].doc.id).toBe('hotline')
    expect(s.search('12345zwfw')[0].doc.id).toBe('hotline')
  })
})

describe('synonyms', () => {
  test.each([
    ['住房公积金', 'gjjdk'],
    ['公积金', 'gjjtq'],
    ['社会保险', 'sbcx'],
    ['社保', 'shbx'],
    ['身份证', 'sfz'],
    ['医保', 'yl'],
    ['驾照', 'jsz'],
    ['驾照换证', 'jsz'],
    ['户口迁移', 'hj'],
    ['营业执照', 'qy'],
    ['老年模式', 'elder'],
    ['关怀版', 'elder']
  ])('%s finds %s', (query, id) => {
    const hit = hitOf(s.search(query, 50), id)
    expect(hit).toBeDefined()
  })

  test('a synonym match ranks below literal matches and is labelled', () => {
    const hits = s.search('社会保险')
    expect(hits[0].doc.id).toBe('shbx')
    expect(hits[0].tier).toBe('prefix')
    expect(hitOf(hits, 'sbcx')!.tier).toBe('synonym')
    expect(hitOf(hits, 'sbcx')!.ranges).toEqual([[0, 2]]) // the synonym as found in the title
  })
})

describe('the words a result was found by', () => {
  // a catalogue entry the way the embedded data has it: the title never says 营业执照, an alias does
  const business = createSearcher(
    buildSearchIndex([
      { id: 'qy', kind: 'service', title: '企业设立登记', keywords: ['开公司', '办营业执照'], route: '/qy' },
      { id: 'gt', kind: 'service', title: '个体工商户设立登记', keywords: ['个体户注册'], route: '/gt' },
      { id: 'sb', kind: 'service', title: '社会保险个人权益记录查询', keywords: ['社保查询', '社保'], route: '/sb' },
      { id: 'hj', kind: 'service', title: '户籍迁移', route: '/hj' }
    ])
  )

  test.each(['营业执照', 'yingyezhizhao', 'yyzz', '營業執照'])('%s finds 企业设立登记 through its alias', (query) => {
    const hit = hitOf(business.search(query), 'qy')!
    expect(hit.ranges).toEqual([])
    expect(hit.match).toEqual({ field: 'keyword', term: '办营业执照', keyword: 1, ranges: [[1, 5]] })
  })

  test('a title match reports the title, with the same ranges as the hit', () => {
    const hit = hitOf(business.search('设立登记'), 'gt')!
    expect(hit.match).toEqual({ field: 'title', term: '个体工商户设立登记', ranges: [[5, 9]] })
    expect(hit.match.ranges).toEqual(hit.ranges)
  })

  test('of two aliases that match, the better match is reported', () => {
    // 社保 is a whole alias (exact), and the start of 社保查询 (prefix)
    expect(hitOf(business.search('社保'), 'sb')!.match).toEqual({
      field: 'keyword',
      term: '社保',
      keyword: 1,
      ranges: [[0, 2]]
    })
  })

  test('a synonym match names the word typed and the synonym that was found, in the title or an alias', () => {
    const inTitle = hitOf(business.search('户口迁移'), 'hj')!
    expect(inTitle.tier).toBe('synonym')
    expect(inTitle.match).toEqual({
      field: 'title',
      term: '户籍迁移',
      ranges: [[0, 4]],
      synonym: { typed: '户口', searched: '户籍' }
    })
    const inAlias = hitOf(business.search('企业开办'), 'qy')!
    expect(inAlias.tier).toBe('synonym')
    expect(inAlias.match).toEqual({
      field: 'keyword',
      term: '办营业执照',
      keyword: 1,
      ranges: [[1, 5]],
      synonym: { typed: '企业开办', searched: '营业执照' }
    })
  })

  test('an alias found by pinyin with a wrong letter still names the alias', () => {
    const hit = hitOf(business.search('kaigongsu'), 'qy')
    expect(hit?.match.term).toBe('开公司')
  })
})

describe('繁體 input', () => {
  test.each([
    ['社會保險', 'shbx'],
    ['駕駛證', 'jsz'],
    ['戶籍遷移', 'hj'],
    ['護照', 'hz'],
    ['長輩模式', 'elder'],
    ['臺山', 'ts']
  ])('%s finds %s', (query, id) => {
    expect(s.search(query)[0].doc.id).toBe(id)
  })

  test('ranges still index the simplified title', () => {
    expect(s.search('駕駛證')[0].ranges).toEqual([[3, 6]])
  })
})

describe('near misses', () => {
  test('one wrong Chinese char in a query of three or more', () => {
    const hit = hitOf(s.search('身分证'), 'sfz')!
    expect(hit.tier).toBe('fuzzy')
    expect(hit.ranges).toEqual([
      [2, 3],
      [4, 5]
    ]) // the wrong char is not highlighted
    expect(hitOf(s.search('公积金题取'), 'gjjtq')?.tier).toBe('fuzzy')
    expect(s.search('身分')).toEqual([]) // two chars: too short to guess
  })

  test('one wrong, missing or extra letter in pinyin of five or more', () => {
    expect(hitOf(s.search('jiashizhemg'), 'jsz')?.tier).toBe('fuzzy') // wrong
    expect(hitOf(s.search('jashizheng'), 'jsz')?.tier).toBe('fuzzy') // missing
    expect(hitOf(s.search('jiashizhheng'), 'jsz')?.tier).toBe('fuzzy') // extra
    expect(hitOf(s.search('shebap'), 'sb')?.tier).toBe('fuzzy')
    expect(s.search('hzhso')).toEqual(expect.not.arrayContaining([expect.objectContaining({ tier: 'pinyin' })]))
  })

  test('short pinyin is not corrected', () => {
    expect(s.search('shbo')).toEqual([])
  })
})

describe('ranking', () => {
  test('tiers never interleave', () => {
    for (const q of ['社保', 'sb', 'shebao', '社会保险', '身分证', 'jiashizhemg', 's', '社', '保险', 'bx', 'gong积']) {
      const hits = s.search(q, 100)
      const order = hits.map((h) => TIER_ORDER.indexOf(h.tier))
      expect(order).toEqual([...order].sort((a, b) => a - b))
      const scores = hits.map((h) => h.score)
      expect(scores).toEqual([...scores].sort((a, b) => b - a))
    }
  })

  test('exact > prefix > initials > fuzzy on one query', () => {
    const t = createSearcher(
      buildSearchIndex([
        { id: 'fuzzy', kind: 'k', title: '乙乙社保大询', route: 'f' },
        { id: 'initials', kind: 'k', title: '乙乙社保查询', route: 'i' },
        { id: 'prefix', kind: 'k', title: 'sbcx乙', route: 'p' },
        { id: 'exact', kind: 'k', title: 'SBCX', route: 'e' }
      ])
    )
    const hits = t.search('sbcx')
    expect(hits.map((h) => [h.doc.id, h.tier])).toEqual([
      ['exact', 'exact'],
      ['prefix', 'prefix'],
      ['initials', 'initials']
    ])
    const han = t.search('社保查询')
    expect(han.map((h) => [h.doc.id, h.tier])).toEqual([
      ['initials', 'contains'],
      ['fuzzy', 'fuzzy']
    ])
  })

  test('boost orders docs within a tier but never lifts them over a better tier', () => {
    const t = createSearcher(
      buildSearchIndex([
        { id: 'plain', kind: 'k', title: '社保卡补办', route: 'a' },
        { id: 'featured', kind: 'k', title: '社保卡补换', boost: 3, route: 'b' },
        { id: 'hugely-featured', kind: 'k', title: '新版社保卡', boost: 1000, route: 'c' },
        { id: 'exact', kind: 'k', title: '社保卡', route: 'd' }
      ])
    )
    expect(ids(t.search('社保卡'))).toEqual(['exact', 'featured', 'plain', 'hugely-featured'])
  })

  test('shorter titles first among equals, boost before length', () => {
    const t = createSearcher(
      buildSearchIndex([
        { id: 'long', kind: 'k', title: '社保卡补办指南', route: 'a' },
        { id: 'short', kind: 'k', title: '社保卡补办', route: 'b' }
      ])
    )
    expect(ids(t.search('社保卡'))).toEqual(['short', 'long'])
    expect(ids(t.search('sbk'))).toEqual(['short', 'long'])
    const hits = s.search('社保卡')
    expect(ids(hits).slice(0, 2)).toEqual(['sbk', 'sbkgs']) // same length, sbk is featured
    expect(hits[1].tier).toBe('prefix')
  })

  test('limit caps the hits and keeps the best', () => {
    const all = s.search('s', 100)
    expect(all.length).toBeGreaterThan(3)
    expect(s.search('s', 3)).toEqual(all.slice(0, 3))
    expect(s.search('s', 0).length).toBeGreaterThan(0) // a nonsense limit falls back to the default
  })
})

describe('odd input', () => {
  test.each(['', '   ', '\t\n', '，。！？', '...', '·、', '😀', '\u0000'])('%j finds nothing', (q) => {
    expect(s.search(q)).toEqual([])
  })

  test('very long input is cut, not choked on', () => {
    const long = '社保查询'.repeat(5000)
    const t = performance.now()
    expect(() => s.search(long)).not.toThrow()
    expect(() => s.search('a'.repeat(100000))).not.toThrow()
    expect(() => s.search('shebao'.repeat(1000))).not.toThrow()
    expect(performance.now() - t).toBeLessThan(1000)
    expect(s.search('社保查询' + 'x'.repeat(100))).toEqual([])
  })

  test('an empty catalogue finds nothing', () => {
    const empty = createSearcher(buildSearchIndex([]))
    expect(empty.size).toBe(0)
    expect(empty.search('社保')).toEqual([])
  })

  test('size counts the docs', () => {
    expect(s.size).toBe(DOCS.length)
  })
})
