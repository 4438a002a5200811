// The module manifest is the one register of modules: every feature folder is in it, everything it names exists.
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import shellCatalogue from '@/generated/shell-catalogue.json'
import { shellMessages } from '@/components/use-translate'
import { MODULE_RECORDS, moduleRoot } from '@/modules'
import { ZONES } from '@/zones'

const src = path.resolve(__dirname, '../../src')

test('every folder under src/features is a module of the manifest, and every module has its folder', () => {
  const folders = readdirSync(path.join(src, 'features')).sort()
  expect(MODULE_RECORDS.map((m) => m.id).sort()).toEqual(folders)
})

test('every page a module lists exists, with its page config', () => {
  const missing = MODULE_RECORDS.flatMap((m) =>
    Object.values(m.pages).flatMap((page) =>
      ['.tsx', '.config.ts']
        .map((ext) => path.join(moduleRoot(m), page + ext))
        .filter((file) => !existsSync(path.join(src, file)))
    )
  )
  expect(missing).toEqual([])
})

test('every entry label is in a shell catalogue, and every grid and zone named exists', () => {
  const zones = ZONES.map((z) => z.id) as string[]
  const grids = Object.keys(shellCatalogue.grids)
  const problems = MODULE_RECORDS.flatMap((m) => {
    const sections = m.services ?? []
    const entries = [
      ...(m.home ?? []),
      ...(m.mine ?? []),
      ...sections.flatMap((s) => ('entries' in s ? s.entries : []))
    ]
    return [...entries.map((e) => e.labelKey), ...sections.flatMap((s) => s.titleKeys)]
      .filter((key) => !(key in shellMessages['zh-Hans']) || !(key in shellMessages['zh-Hant']))
      .map((key) => `${m.id}: label ${key}`)
      .concat(
        sections.flatMap((s) =>
          'grid' in s && !grids.includes(`${m.id}/${s.grid}`) ? [`${m.id}: grid ${s.grid}`] : []
        ),
        [...(m.zones ?? []), ...entries.flatMap((e) => e.zones ?? [])]
          .filter((z) => !zones.includes(z))
          .map((z) => `${m.id}: zone ${z}`)
      )
  })
  expect(problems).toEqual([])
})
