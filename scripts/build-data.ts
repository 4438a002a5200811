// Generates what the app needs from hand-written sources, before every build and test run:
//  - a 繁體 sibling (*.zh-Hant.json) for every 简体 message catalogue (*.zh-Hans.json) under src/
//  - the 繁體 table for the datasets under src/data/ and the search index (src/generated/hant-table.json)
//  - the unified search index, from what each module contributes (src/**/search-source.ts)
//  - the statutory holidays of the years after the published holiday arrangements end
//    (src/generated/statutory-holidays.json), provisional until the real 调休 is published
//  - the 智能分派 n-gram weights learned from the labelled appeals (src/generated/routing-model.json)
//  - the icons, as CSS classes drawn from lucide's SVG sources (src/generated/icons.scss)
//  - the bundled datasets packed for shipping (src/generated/gov-data.json, talent-data.json, tourism-data.json,
//    investment-data.json; application-forms.json, the forms of every module's src/data/<module>/application-forms.json)
// Generated files are not committed (.gitignore); this script is fast and deterministic.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles } from './lib/files'
import { toHant } from './lib/hant'
import { pack } from '../src/core/packed-json'
import { buildRoutingModel } from './lib/routing-learner'
import { buildAll as buildSearch } from './lib/search-sources'
import { iconsScss } from './lib/icons'
import { statutoryArrangement } from './lib/statutory-holidays'
import officialData from 'chinese-days/dist/chinese-days.json'

const root = path.resolve(__dirname, '..')
const src = path.join(root, 'src')

function writeIfChanged(file: string, content: string): boolean {
  let old: string | undefined
  try {
    old = readFileSync(file, 'utf8')
  } catch {
    old = undefined
  }
  if (old === content) return false
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, content)
  return true
}

let written = 0
const STATUTORY_YEARS = 11

for (const file of listFiles(src, (name) => name.endsWith('zh-Hans.json'))) {
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
  const hant = Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, toHant(v)]))
  if (writeIfChanged(file.replace(/zh-Hans\.json$/, 'zh-Hant.json'), JSON.stringify(hant, null, 1) + '\n')) written++
}

for (const [file, content] of buildSearch()) {
  if (writeIfChanged(path.join(src, 'generated', file), content)) written++
}

if (writeIfChanged(path.join(src, 'generated', 'icons.scss'), iconsScss())) written++

// the bundled datasets, packed (src/core/packed-json.ts): each file of a folder under its name, the keys and
// repeated strings once; what the app ships in place of the readable sources it is made from
const FORMS = 'application-forms.json'
const dataDir = path.join(src, 'data')
const jsonOf = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'))
/** a module's dataset: each file of its data folder (but its forms) under its name */
function dataset(module: string): Record<string, unknown> {
  const dir = path.join(dataDir, module)
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.json') && n !== FORMS)
    .sort()
  return Object.fromEntries(files.map((n) => [n.replace(/\.json$/, ''), jsonOf(path.join(dir, n))]))
}
const PACKED: [string, Record<string, unknown>][] = [
  ['gov-data.json', dataset('gov')],
  ['talent-data.json', dataset('talent')],
  ['tourism-data.json', dataset('tourism')],
  ['investment-data.json', dataset('investment')],
  // every module's 在线申办 forms (src/data/<module>/application-forms.json), one list in folder order
  [
    FORMS,
    {
      'application-forms': readdirSync(dataDir)
        .sort()
        .map((folder) => path.join(dataDir, folder, FORMS))
        .filter((file) => existsSync(file))
        .flatMap((file) => jsonOf(file) as unknown[])
    }
  ]
]
for (const [out, value] of PACKED) {
  if (writeIfChanged(path.join(src, 'generated', out), JSON.stringify(pack(value)) + '\n')) written++
}

for (const [file, content] of buildRoutingModel())
  if (writeIfChanged(path.join(src, 'generated', file), content)) written++

// ten years and more past the last published arrangement
const lastOfficialYear = Math.max(...Object.keys(officialData.holidays).map((d) => Number(d.slice(0, 4))))
const statutory = statutoryArrangement(lastOfficialYear + 1, lastOfficialYear + STATUTORY_YEARS)
if (writeIfChanged(path.join(src, 'generated', 'statutory-holidays.json'), JSON.stringify(statutory) + '\n')) written++

console.log(`build-data: ${written} generated file(s) updated`)
