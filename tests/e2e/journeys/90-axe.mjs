// Accessibility: axe-core over every page of the app (the list the H5 build registers), in normal and in elder
// mode. No serious or critical violation is allowed; the others are printed. Each page opens with the query of its
// row in the real-client table (tests/clients/expectations.ts), so a detail page is audited on a real record.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { assert, open, pageQueries, routeOf, setSwitch } from '../lib.mjs'

export const name = 'axe'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

const BLOCKING = ['serious', 'critical']

async function audit(page) {
  await page.addScriptTag({ content: AXE })
  return page.evaluate(async () => {
    // the page on screen only: Taro keeps earlier pages hidden in the DOM, and axe skips hidden nodes anyway
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] })
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
      count: v.nodes.length
    }))
  })
}

export default async function axe(page, ctx) {
  const queries = pageQueries()
  await open(page, '/pages/home/index')
  const pages = await page.evaluate(() => window.__taroAppConfig.routes.map((r) => r.path.replace(/^\//, '')))
  assert.ok(pages.length > 10, `the app registers ${pages.length} pages`)
  const blocking = []
  for (const mode of ['normal', 'elder']) {
    if (mode === 'elder') {
      await open(page, '/pages/home/index')
      await setSwitch(page, '.home__elder', true)
    }
    // violated rules per page, and the elements they concern
    const rules = { critical: 0, serious: 0, moderate: 0, minor: 0 }
    const nodes = { ...rules }
    for (const path of pages) {
      await open(page, routeOf(path, queries[path]))
      for (const v of await audit(page)) {
        rules[v.impact] += 1
        nodes[v.impact] += v.count
        const line = `${mode} ${path}: ${v.impact} ${v.id} ×${v.count} (${v.help}) ${v.nodes.join(' | ')}`
        if (BLOCKING.includes(v.impact)) blocking.push(line)
        ctx.log(line)
      }
    }
    ctx.log(`${mode}: ${pages.length} pages, rules ${JSON.stringify(rules)}, elements ${JSON.stringify(nodes)}`)
  }
  assert.equal(blocking.length, 0, `${blocking.length} serious or critical axe violations (listed above)`)
}
