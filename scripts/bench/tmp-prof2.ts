import { buildSearchIndex } from '../../src/core/search/build-index'
import { Corpus } from '../../src/core/search/corpus'
import { pinyinCorrections } from '../../src/core/search/pinyin-match'
import { syntheticCatalogue } from './catalogue'
const c = new Corpus(buildSearchIndex(syntheticCatalogue(80000)))
for (const q of process.argv.slice(2)) {
  console.log(q, pinyinCorrections(c, q, 20))
  const t = performance.now(); for (let i = 0; i < 100; i++) pinyinCorrections(c, q, 6); console.log(((performance.now() - t) / 100).toFixed(3))
}
