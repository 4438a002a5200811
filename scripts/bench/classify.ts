// Category suggestion benchmark (识别为：…): top-1 accuracy of suggestClassification on the tuning items that
// carry a categoryCode, from the text alone as a resident describes it first (no tags, no category chosen),
// with the routing model's unit for the same text, and without it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCategoryTree } from '../../src/core/appeals/categories'
import { suggestClassification, type SuggestableTag } from '../../src/core/appeals/classify'
import { routeAppeal } from '../../src/core/appeals/routing'
import { createSimplifier, type HantTable } from '../../src/core/i18n/hant'
import { loadLabelledAppeals, loadRoutingModel } from './appeals'

const root = join(__dirname, '..', '..')
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'))

export async function benchClassify(): Promise<void> {
  const tree = parseCategoryTree(readJson('src/data/appeals/categories.json'))
  const tags = readJson('src/data/appeals/tags.json') as SuggestableTag[]
  const fold = createSimplifier(readJson('src/generated/hant-table.json') as HantTable)
  const model = loadRoutingModel()
  const set = loadLabelledAppeals().filter((a) => a.categoryCode)
  let correct = 0
  let keywordsOnly = 0
  let none = 0
  const misses: string[] = []
  for (const a of set) {
    const text = fold(a.text)
    const routing = routeAppeal({ text, tags: [], city: a.city ?? 'jiangmen', district: a.district }, model)
    const got = suggestClassification(a.text, { tree, tags, routing, fold }).categoryCode
    if (got === a.categoryCode) correct++
    else misses.push(`${a.categoryCode}→${got ?? 'none'}`)
    if (got === null) none++
    if (suggestClassification(a.text, { tree, tags, fold }).categoryCode === a.categoryCode) keywordsOnly++
  }
  const n = set.length
  console.log(`appeal-classify accuracy=${(correct / n).toFixed(3)} n=${n}`)
  console.log(
    `appeal-classify keywords-only accuracy=${(keywordsOnly / n).toFixed(3)} no-suggestion=${none} ` +
      `misses: ${misses.join(' ') || 'none'}`
  )
}

if (require.main === module) {
  benchClassify().catch((err) => {
    console.error(err)
    process.exit(1)
  })
}
