// Every process.env.TARO_APP_* the app reads is given a value at build time (.env or config's defineConstants).
// Taro inlines only the variables it knows; any other stays a reference to `process`, which WeChat and Alipay do
// not have, and the page that reads it crashes at boot there (while H5 and jest, which have a `process`, pass).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { listFiles } from '../../scripts/lib/files'

const root = path.resolve(__dirname, '../..')

test('every TARO_APP_* variable the source reads is defined for the build', () => {
  const defined = new Set(
    [
      ...readFileSync(path.join(root, '.env'), 'utf8').matchAll(/^(TARO_APP_\w+)=/gm),
      ...readFileSync(path.join(root, 'config/index.ts'), 'utf8').matchAll(/'process\.env\.(TARO_APP_\w+)'/g)
    ].map((m) => m[1])
  )
  const read = new Set(
    listFiles(path.join(root, 'src'), (n) => /\.tsx?$/.test(n)).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/process\.env\.(TARO_APP_\w+)/g)].map((m) => m[1])
    )
  )
  expect(read.size).toBeGreaterThan(3)
  expect([...read].filter((v) => !defined.has(v))).toEqual([])
})
