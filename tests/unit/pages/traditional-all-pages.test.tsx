// 繁體 leaves no 简体 behind: every page of the app (the tab pages and every page of every module in the manifest,
// development-only ones too), opened in 繁體 on representative data (the query and the user's records of its row in
// the real-client table, tests/clients/expectations.ts), shows no text and has no accessible name or placeholder
// that the 繁體 converter (OpenCC with the project's phrase fixes) would still change.
import { waitFor } from '@testing-library/react'
import shellHant from '@/locales/shell.zh-Hant.json'
import { MODULE_RECORDS, moduleRoot } from '@/modules'
import { TAB_PAGES } from '@/routes'
import { toHant } from '../../../scripts/lib/hant'
import { EXPECTATIONS } from '../../clients/expectations'
import { renderPage, type RenderedPage } from '../../helpers/render-page'

const PAGES = [
  ...Object.values(TAB_PAGES),
  ...MODULE_RECORDS.flatMap((m) => Object.values(m.pages).map((p) => `${moduleRoot(m)}/${p}`))
]

/** pages whose row in the table has no query yet: the route they are opened with here */
const ROUTES: Record<string, Record<string, string>> = {
  'features/gov-services/pages/apply/index': { service: 'svc-0004' }
}

// People's own words (the user's names, addresses, what an appeal says and the stretches of it routing quotes; the
// notes a handling office writes) are shown as they were typed, in whichever script: the seeded records are those of
// people who type 繁體. Everything else a record holds (the names of services, halls and matters it keeps, tags,
// statuses) is the app's, and must show in 繁體.
const TYPED = new Set(['name', 'content', 'address', 'term', 'note'])

function typedInHant(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    if (/^[[{]/.test(value)) {
      try {
        return JSON.stringify(typedInHant(JSON.parse(value), key))
      } catch {
        return value
      }
    }
    return TYPED.has(key) ? toHant(value) : value
  }
  if (Array.isArray(value)) return value.map((v) => typedInHant(v, key))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typedInHant(v, k)]))
  return value
}

const HAN = /[\u3400-\u9fff]/
const NAMED = ['aria-label', 'placeholder', 'title', 'alt', 'aria-description']

/** every text the page shows and every accessible name, placeholder and title it gives its elements */
function strings(page: RenderedPage): string[] {
  const out = new Set<string>()
  const root = page.container
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim()
    if (text && HAN.test(text)) out.add(text)
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const name of NAMED) {
      const value = el.getAttribute(name)?.trim()
      if (value && HAN.test(value)) out.add(value)
    }
  }
  const title = page.title()
  if (title && HAN.test(title)) out.add(title)
  return [...out]
}

test('the table lists every page (a page without a row still opens, with no query)', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(20)
})

/** more routes of the same pages, for data whose words OpenCC once got wrong (网签, 签注, 换发 …) and search results */
const MORE: [string, Record<string, string>][] = [
  ['features/gov-services/pages/guide/index', { id: 'svc-0005', situation: 'resale' }],
  ['features/gov-services/pages/guide/index', { id: 'svc-0007', situation: 'endorsement' }],
  ['features/gov-services/pages/guide/index', { id: 'svc-0074' }],
  ['features/search/pages/search/index', { q: '营业执照' }],
  ['features/search/pages/search/index', { q: 'shebao' }]
]

type Case = [path: string, query: Record<string, string> | undefined]
const CASES: Case[] = [...PAGES.map((path): Case => [path, EXPECTATIONS[path]?.query ?? ROUTES[path]]), ...MORE]

test.each(CASES)('%s %j shows no text the 繁體 converter would still change', async (path, query) => {
  const row = EXPECTATIONS[path]
  const seeded = row?.storage ? await row.storage() : new Map<string, unknown>()
  const storage = Object.fromEntries([...seeded].map(([key, value]) => [key, typedInHant(value)]))
  const page = await renderPage(() => import(`@/${path}`), {
    params: query,
    path: `/${path}`,
    storage,
    settings: { locale: 'zh-Hant', privacyConsent: 1 }
  })
  // the data has arrived: nothing is loading any more
  await waitFor(() => expect(page.text()).not.toContain(shellHant['common.loading']))
  await page.settle()
  // what is folded away (更多信息 …) is shown too: open every closed disclosure, once each
  for (let opened = 0; opened < 20; opened++) {
    const closed = page.container.querySelector('[aria-expanded="false"]')
    if (!closed) break
    await page.tap(closed)
  }
  const found = strings(page)
  expect(found.length).toBeGreaterThan(0)
  const left = found.filter((s) => toHant(s) !== s).map((s) => `${s}  →  ${toHant(s)}`)
  expect(left).toEqual([])
})
