import { buildSearchIndex } from '../../src/core/search/build-index'
import { createSearcher } from '../../src/core/search/engine'
import { syntheticCatalogue } from './catalogue'
const s = createSearcher(buildSearchIndex(syntheticCatalogue(80000)))
const qs = process.argv.slice(2)
for (const q of qs) { const r = s.search(q); console.log(q, r.length, r.slice(0,3).map(h=>h.doc.title+':'+h.tier).join(' ')) }
const t = performance.now()
for (let i = 0; i < 300; i++) for (const q of qs) s.search(q)
console.log('avg', ((performance.now() - t) / 300 / qs.length).toFixed(3))
