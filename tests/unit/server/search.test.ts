/**
 * @jest-environment node
 */
// GET /search against the app's embedded search: the same request gives the same answer from both, for words,
// pinyin, initials (kpdl: 开平碉楼), 繁體 input, typos, a zone's 本专区可办 with its count of the rest, pages of
// the list and 繁體 answers; any query built from the catalogue's own words gives the same answer too. The HTTP
// backend's search goes to the server and falls back to the bundled index when the server cannot be reached.
import fc from 'fast-check'
import hantTable from '@/generated/hant-table.json'
import index from '@/generated/search-index.json'
import { embeddedSearchApi } from '@/backend/embedded/search'
import { httpSearchApi } from '@/backend/http/search'
import { hitInLocale, type SearchRequest } from '@/backend/search-query'
import { createHantConverter, type HantTable } from '@/core/i18n/hant'
import type { SearchIndex } from '@/core/search'
import { isBackendError } from '@/backend/errors'
import { bundledSearchCatalogue } from '../../../server/search'
import { fetchTransport } from '../../helpers/fetch-transport'
import { WAIT_TIMEOUT_MS } from '../../helpers/timeouts'
import { startTestServer, type TestServer } from './harness'

const embedded = embeddedSearchApi()
const toHant = createHantConverter(hantTable as HantTable)
const rows = (index as unknown as SearchIndex).rows

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())

const options = (base: string) => ({ base, transport: fetchTransport, retries: 0, timeoutMs: WAIT_TIMEOUT_MS })
const client = () => httpSearchApi(options(server.url))

async function get(query: string) {
  const res = await fetch(`${server.url}/search?${query}`)
  return { status: res.status, body: await res.json() }
}

const REQUESTS: SearchRequest[] = [
  { query: 'kpdl' },
  { query: '开平碉楼' },
  { query: 'kaiping' },
  { query: 'sbcx' },
  { query: 'gjj' },
  { query: 'shebao' },
  { query: '社bao' },
  { query: '社會保險' },
  { query: '身分证' },
  { query: 'shebap' },
  { query: 'yyzz' },
  { query: '营业执照' },
  { query: '12345' },
  { query: 'ETC' },
  { query: '投诉' },
  { query: '人才' },
  { query: '长辈模式' },
  { query: '   ' },
  { query: '社保', zone: 'shenjiang' },
  { query: 'sfz', zone: 'zhongjiang' },
  { query: '社保', zone: 'jiangmen' },
  { query: '社保', limit: 5 },
  { query: '社保', limit: 5, offset: 5 },
  { query: '证', limit: 50, offset: 150 },
  { query: '证', zone: 'shenjiang', limit: 10, offset: 20 }
]

test('the server answers as the embedded search, for words, pinyin, initials, typos, zones and pages', async () => {
  const api = client()
  for (const request of REQUESTS) {
    expect({ request, answer: await api.search(request) }).toEqual({ request, answer: await embedded.search(request) })
  }
  // kpdl finds 开平碉楼 by its initials, in the catalogue's tourism part
  const { hits } = await api.search({ query: 'kpdl' })
  expect(hits[0].tier).toBe('initials')
  expect(hits.some((h) => h.doc.kind === 'sight')).toBe(true)
})

test('the catalogue is the whole bundled index: gov services, appeals, talent, tourism, culture, investment', () => {
  const catalogue = bundledSearchCatalogue()
  expect(catalogue.size).toBe(rows.length)
  const kinds = new Set((index as unknown as SearchIndex).kinds)
  for (const kind of ['service', 'appeal', 'posting', 'sight', 'event', 'investment']) expect(kinds).toContain(kind)
})

test('any query made of the catalogue’s own words, pinyin or initials gets the embedded answer', async () => {
  const api = client()
  const row = fc.constantFrom(...rows)
  const slice = (text: string) =>
    fc
      .tuple(fc.nat(text.length), fc.integer({ min: 1, max: 6 }))
      .map(([start, n]) => text.slice(Math.min(start, text.length - 1), start + n))
  const query = fc.oneof(
    row.chain((r) => slice(r[2])),
    row.chain((r) => slice(r[4].split('|')[0].replace(/ /g, ''))),
    row.map((r) =>
      r[4]
        .split('|')[0]
        .split(' ')
        .map((s) => s[0])
        .join('')
    )
  )
  await fc.assert(
    fc.asyncProperty(
      query,
      fc.constantFrom(undefined, 'shenjiang' as const, 'zhongjiang' as const),
      fc.integer({ min: 1, max: 30 }),
      async (q, zone, limit) => {
        const request = { query: q, zone, limit }
        expect(await api.search(request)).toEqual(await embedded.search(request))
      }
    ),
    { numRuns: 60 }
  )
})

test('locale=zh-Hant (or lang=zh-Hant) answers in 繁體, one character for one, so the ranges still fit', async () => {
  const { status, body } = await get(`q=${encodeURIComponent('社保')}&locale=zh-Hant&limit=3`)
  expect(status).toBe(200)
  expect(await get(`q=${encodeURIComponent('社保')}&lang=zh-Hant&limit=3`)).toEqual({ status, body })
  const hans = await embedded.search({ query: '社保', limit: 3 })
  expect(body.hits).toEqual(hans.hits.map((h) => hitInLocale(h, 'zh-Hant', toHant)))
  expect(body.hits[0].doc.title).not.toBe(hans.hits[0].doc.title)
  expect(body.hits[0].doc.title).toHaveLength(hans.hits[0].doc.title.length)
})

test('a request out of bounds is 400 search.invalid', async () => {
  for (const query of [
    'q=a&limit=0',
    'q=a&limit=51',
    'q=a&limit=x',
    'q=a&offset=-1',
    'q=a&limit=50&offset=151',
    'q=a&zone=beijing',
    'q=a&lang=en',
    'q=a&locale=en',
    'q=a&q=b',
    `q=${'a'.repeat(201)}`
  ]) {
    expect({ query, ...(await get(query)) }).toEqual({
      query,
      status: 400,
      body: { error: { code: 'invalid', reason: 'search.invalid' } }
    })
  }
  // no words, no hits
  expect(await get('')).toEqual({ status: 200, body: { hits: [], elsewhere: 0 } })
})

test('the HTTP backend falls back to the bundled index when the server cannot be reached, but not on a refusal', async () => {
  const gone = await startTestServer()
  const base = gone.url
  await gone.close()
  const offline = httpSearchApi({ ...options(base), fallback: embedded })
  expect(await offline.search({ query: 'kpdl' })).toEqual(await embedded.search({ query: 'kpdl' }))
  const withoutFallback = httpSearchApi(options(base))
  await expect(withoutFallback.search({ query: 'kpdl' })).rejects.toMatchObject({ code: 'network' })
  // a refusal is the server's answer, not an outage: it is not hidden behind the bundled index
  const refused = httpSearchApi({ ...options(server.url), fallback: embedded })
  const error = await refused.search({ query: 'a', limit: 0 }).catch((e: unknown) => e)
  expect(isBackendError(error) && error.reason).toBe('search.invalid')
})
