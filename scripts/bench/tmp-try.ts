import { buildSearchIndex } from '../../src/core/search/build-index'
import { createSearcher } from '../../src/core/search/engine'
import { syntheticCatalogue } from './catalogue'
import { BENCH_QUERIES } from './search'
const json = JSON.stringify(buildSearchIndex(syntheticCatalogue(80000)))
let t = performance.now()
const s = createSearcher(JSON.parse(json))
console.log('load', (performance.now() - t).toFixed(0))
const strokes = BENCH_QUERIES.flatMap((q) => Array.from(q, (_, i) => Array.from(q).slice(0, i + 1).join('')))
for (let r = 0; r < 3; r++) for (const q of strokes) s.search(q)
const res: [string, number, number][] = []
for (const q of strokes) { let t = performance.now(); let n = 0; for (let r = 0; r < 5; r++) n = s.search(q).length; res.push([q, (performance.now() - t) / 5, n]) }
res.sort((a, b) => b[1] - a[1]); console.log(res.slice(0, 25).map(x => `${x[0]} ${x[1].toFixed(3)} ${x[2]}`).join('\n'))
for (const q of ['sbcx', 'shebap', 'gatxz', 'hzhao', 'jiashizheng', '身分证', '公积金题取']) console.log(q, s.search(q, 3).map((h) => `${h.doc.title}:${h.tier}:${h.score}:${JSON.stringify(h.ranges)}`).join(' | '))
