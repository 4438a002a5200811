// The search page: a result found through an alias or synonym says which words it matched, in both scripts, and
// in a cross-city zone the results are what the zone offers (本专区可办) unless the user asks for all of them.
import { fireEvent } from '@testing-library/react'
import { renderPage, type RenderedPage } from '../../../helpers/render-page'

const load = () => import('@/features/search/pages/search')
const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })

/** the result row whose title reads `title` (titles are drawn in highlighted pieces) */
function row(page: RenderedPage, title: string): HTMLElement {
  const rows = Array.from(page.container.querySelectorAll<HTMLElement>('.search__result'))
  const titleOf = (r: HTMLElement) => {
    const el = r.querySelector('.search__result-title')
    const kind = el?.querySelector('.wst-tag')?.textContent ?? ''
    return el?.textContent?.slice(kind.length)
  }
  const found = rows.find((r) => titleOf(r) === title)
  if (!found) throw new Error(`no result titled ${title}; results: ${rows.map((r) => r.textContent).join(' | ')}`)
  return found
}

async function search(page: RenderedPage, query: string) {
  await page.input('#search-input', query, { leave: false })
}

test.each(['营业执照', 'yingyezhizhao'])('%s lists 企业设立登记 with the alias it matched beside it', async (q) => {
  const page = await renderPage(load)
  await search(page, q)
  const result = row(page, '企业设立登记')
  expect(result.querySelector('.search__why')?.textContent).toBe('匹配：办营业执照')
  // the matched part of the alias is marked, as the matched part of a title is
  expect(Array.from(result.querySelectorAll('.search__why .search__hit')).map((e) => e.textContent)).toEqual([
    '营业执照'
  ])
})

test('in 繁體 the matched alias is shown in 繁體', async () => {
  const page = await renderPage(load, { settings: { locale: 'zh-Hant' } })
  await search(page, '營業執照')
  expect(row(page, '企業設立登記').querySelector('.search__why')?.textContent).toBe('匹配：辦營業執照')
})

test('a title match needs no reason beside it', async () => {
  const page = await renderPage(load)
  await search(page, '企业设立登记')
  expect(row(page, '企业设立登记').querySelector('.search__why')).toBeNull()
})

test('a synonym match says which synonym was searched', async () => {
  const page = await renderPage(load)
  await search(page, '企业开办')
  expect(row(page, '企业设立登记').querySelector('.search__why')?.textContent).toBe(
    '按“企业开办”的同义词“营业执照”找到，匹配：办营业执照'
  )
})

test('in the 江门专区 every item is offered, so there is no scope switch', async () => {
  const page = await renderPage(load, { storage: zone('jiangmen') })
  expect(page.container.querySelector('[aria-label="搜索范围"]')).toBeNull()
  await search(page, '入学报名')
  expect(row(page, '义务教育阶段学校招生入学报名')).toBeDefined()
})

test('in the 深江 zone the results are 本专区可办 until the user switches to all, for the rest of the session', async () => {
  const page = await renderPage(load, { storage: zone('shenjiang') })
  const scope = page.container.querySelector('[aria-label="搜索范围"]')!
  expect(scope.querySelector('[aria-selected="true"]')?.textContent).toBe('本专区可办')
  // Jiangmen's school admission is not handled in Shenzhen
  await search(page, '入学报名')
  expect(page.text()).not.toContain('义务教育阶段学校招生入学报名')
  expect(page.getByText(/本专区不能办理/).textContent).toMatch(/另有 \d+ 个结果本专区不能办理/)
  await page.tap('查看全部事项')
  expect(row(page, '义务教育阶段学校招生入学报名')).toBeDefined()
  expect(scope.querySelector('[aria-selected="true"]')?.textContent).toBe('全部事项')
  page.unmount()

  // leaving the page and coming back keeps the choice (the store lives for the session, not on the device)
  const store = require('@/features/search/store') as typeof import('@/features/search/store')
  expect(store.useSearchScope.getState().scope).toBe('all')
  expect(page.device.has('wst:search-scope')).toBe(false)
})

test('items the zone offers keep their place in 本专区可办', async () => {
  const page = await renderPage(load, { storage: zone('shenjiang') })
  await search(page, '营业执照')
  // 企业设立登记 is accepted in Shenzhen and Jiangmen alike
  expect(row(page, '企业设立登记').querySelector('.search__why')?.textContent).toBe('匹配：办营业执照')
  fireEvent.click(page.getByText('全部事项'))
  await page.settle()
  expect(row(page, '企业设立登记')).toBeDefined()
})
