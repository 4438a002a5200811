// Accessibility: axe-core over every page of the app (the list the H5 build registers), in normal and in elder
// mode. No serious or critical violation is allowed; the others are printed. Pages that need a record open
// with one of the sample data's ids; the appeal detail opens with an id nobody filed (its not-found state).
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { assert, open, setSwitch } from '../lib.mjs'

export const name = 'axe'

const require = createRequire(import.meta.url)
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** the query a page opens with (ids from src/data/gov) */
const QUERIES = {
  'features/gov-services/pages/catalogue/index': 'featured=1',
  'features/gov-services/pages/guide/index': 'id=svc-0001',
  'features/gov-services/pages/bundle/index': 'id=bundle-0001',
  'features/gov-services/pages/booking/index': 'service=svc-0001',
  'features/gov-services/pages/hall/index': 'id=hall-0001',
  'features/appeals/pages/detail/index': 'id=axe-none'
}

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
      const query = QUERIES[path]
      await open(page, `/${path}${query ? `?${query}` : ''}`)
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
