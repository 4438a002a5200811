// npm run new:module: the skeleton it writes (into a scratch copy of the manifest) changes no shared file but the
// manifest, and imports only what exists. That the skeleton builds, lints and passes its own test is checked by
// generating one for real (docs/architecture.md, "Adding a module").
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { writeModule } from '../../../scripts/new-module'

const root = path.resolve(__dirname, '../../..')
let scratch: string

beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'new-module-'))
  for (const file of ['.prettierrc.json', 'src/modules.ts']) {
    mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true })
    copyFileSync(path.join(root, file), path.join(scratch, file))
  }
})
afterEach(() => rmSync(scratch, { recursive: true, force: true }))

test('the manifest is the one existing file it changes, by the import of the record and its place in MODULES', () => {
  const written = writeModule(scratch, 'culture-walks', '城市漫步')
  const existing = written.filter((f) => existsSync(path.join(root, f)))
  expect(existing).toEqual(['src/modules.ts'])

  const listed = (file: string) =>
    readFileSync(file, 'utf8')
      .match(/export const MODULES = \[([^\]]*)\]/)?.[1]
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
  const before = readFileSync(path.join(root, 'src/modules.ts'), 'utf8').split('\n')
  const after = readFileSync(path.join(scratch, 'src/modules.ts'), 'utf8').split('\n')
  expect(after.filter((line) => !before.includes(line))).toContain(
    "import { cultureWalksModule } from './features/culture-walks/module'"
  )
  expect(listed(path.join(scratch, 'src/modules.ts'))).toEqual([
    ...listed(path.join(root, 'src/modules.ts'))!,
    'cultureWalksModule'
  ])
})

test('every import of the skeleton resolves to a file of the project or of the skeleton itself', () => {
  const written = writeModule(scratch, 'culture-walks', '城市漫步')
  const resolvable = (from: string, spec: string) => {
    const base = spec.startsWith('@/') ? path.join('src', spec.slice(2)) : path.join(path.dirname(from), spec)
    return ['', '.ts', '.tsx', '/index.tsx', '/index.ts'].some((ext) =>
      [root, scratch].some((dir) => existsSync(path.join(dir, base + ext)))
    )
  }
  const unresolved = written.flatMap((file) =>
    [
      ...readFileSync(path.join(scratch, file), 'utf8').matchAll(
        /from '((?:@\/|\.)[^']+)'|import\('((?:@\/|\.)[^']+)'\)/g
      )
    ]
      .map((m) => m[1] ?? m[2])
      .filter((spec) => !spec.endsWith('zh-Hant.json') && !spec.startsWith('@/generated/'))
      .filter((spec) => !resolvable(file, spec))
      .map((spec) => `${file}: ${spec}`)
  )
  expect(unresolved).toEqual([])
})

test('it refuses an id that is not kebab-case, and a module that exists', () => {
  expect(() => writeModule(scratch, 'Tourism')).toThrow(/kebab-case/)
  writeModule(scratch, 'culture-walks')
  expect(() => writeModule(scratch, 'culture-walks')).toThrow(/exists already/)
})
