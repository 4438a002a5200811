// Every message key the code asks for exists in 简体, and 繁體 has exactly the same keys.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles as files } from '../../scripts/lib/files'

const src = path.resolve(__dirname, '../../src')

const catalogues = files(src, (n) => n.endsWith('zh-Hans.json'))
const keys = new Set(catalogues.flatMap((f) => Object.keys(JSON.parse(readFileSync(f, 'utf8')))))

test('every literal t(...) key in the source has a 简体 message', () => {
  const missing: string[] = []
  for (const file of files(src, (n) => /\.tsx?$/.test(n))) {
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(/\bt\(\s*'([^'$]+)'/g)) {
      if (!keys.has(m[1])) missing.push(`${path.relative(src, file)}: ${m[1]}`)
    }
    // keys built from a prefix, e.g. t(`gov.audience.${a}`): the prefix must name some messages
    for (const m of text.matchAll(/\bt\(\s*`([^`$]+)\$\{/g)) {
      if (![...keys].some((k) => k.startsWith(m[1]))) missing.push(`${path.relative(src, file)}: ${m[1]}…`)
    }
  }
  expect(missing).toEqual([])
})

test('each 繁體 catalogue has the same keys as its 简体 source, all translated', () => {
  for (const file of catalogues) {
    const hans = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
    const hant = JSON.parse(readFileSync(file.replace(/zh-Hans\.json$/, 'zh-Hant.json'), 'utf8')) as Record<
      string,
      string
    >
    expect(Object.keys(hant).sort()).toEqual(Object.keys(hans).sort())
    expect(Object.values(hant).every((v) => typeof v === 'string' && v.length > 0)).toBe(true)
  }
})

test('the zone, module and status keys used by data exist', () => {
  for (const k of [
    'zone.jiangmen.name',
    'zone.shenjiang.name',
    'zone.zhongjiang.name',
    'city.shenzhen',
    'city.zhongshan',
    'region.hk',
    'region.mo'
  ]) {
    expect(keys.has(k)).toBe(true)
  }
})
