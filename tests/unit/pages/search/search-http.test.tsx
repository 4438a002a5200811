// The search page of an HTTP build: its results are the answers of the backend's asynchronous search (the server,
// or the bundled index when the server cannot be reached: src/backend/search.ts), asked with the zone only while
// the list is 本专区可办, and an answer that comes after newer words never replaces theirs.
import { waitFor } from '@testing-library/react'
import type { SearchAnswer, SearchRequest } from '@/backend/search-query'
import { renderPage, type RenderedPage } from '../../../helpers/render-page'

const load = () => import('@/features/search/pages/search')
const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })
const titles = (page: RenderedPage) =>
  Array.from(page.container.querySelectorAll('.search__result-title')).map((el) => {
    const kind = el.querySelector('.wst-tag')?.textContent ?? ''
    return el.textContent!.slice(kind.length)
  })

/** the backend's search as the HTTP build has it: no answer at once; each answer released by the test */
function asyncSearch() {
  const asked: { request: SearchRequest; answer: (a?: SearchAnswer) => void }[] = []
  jest.doMock('@/backend/search', () => {
    const { embeddedSearchApi } = jest.requireActual('@/backend/embedded/search')
    const local = embeddedSearchApi()
    return {
      searchApi: {
        search: (request: SearchRequest) =>
          new Promise<SearchAnswer>((resolve) =>
            asked.push({ request, answer: (a) => resolve(a ?? local.searchNow(request)) })
          )
      }
    }
  })
  return asked
}

afterEach(() => jest.dontMock('@/backend/search'))

test('the results are the backend’s answers, asked with the zone while the list is 本专区可办', async () => {
  const asked = asyncSearch()
  const page = await renderPage(load, { storage: zone('shenjiang') })
  await page.input('#search-input', '营业执照', { leave: false })
  await waitFor(() => expect(asked.at(-1)?.request).toEqual({ query: '营业执照', zone: 'shenjiang', limit: 40 }))
  expect(titles(page)).toEqual([])
  asked.at(-1)!.answer()
  await waitFor(() => expect(titles(page)).toContain('企业设立登记'))
  await page.tap('全部事项')
  await waitFor(() => expect(asked.at(-1)?.request).toEqual({ query: '营业执照', zone: undefined, limit: 40 }))
  asked.at(-1)!.answer()
  await waitFor(() => expect(page.text()).not.toMatch(/本专区不能办理/))
})

test('an answer that arrives after newer words is dropped', async () => {
  const asked = asyncSearch()
  const page = await renderPage(load)
  await page.input('#search-input', '社保', { leave: false })
  await waitFor(() => expect(asked.map((a) => a.request.query)).toContain('社保'))
  await page.input('#search-input', '营业执照', { leave: false })
  await waitFor(() => expect(asked.map((a) => a.request.query)).toContain('营业执照'))
  const first = asked.find((a) => a.request.query === '社保')!
  const second = asked.find((a) => a.request.query === '营业执照')!
  second.answer()
  await waitFor(() => expect(titles(page)).toContain('企业设立登记'))
  const shown = titles(page)
  first.answer()
  await page.settle()
  expect(titles(page)).toEqual(shown)
})
