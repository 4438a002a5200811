// The reference HTTP server of docs/api.md, backed by the embedded implementation over in-memory storage.
// The contract tests run the HTTP backend against it; `npx tsx scripts/api-server.ts` serves it on
// 127.0.0.1:8787 for an H5 build made with TARO_APP_BACKEND=http.
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { BackendError, isBackendError } from '../src/backend/errors'
import { createEmbeddedBackend } from '../src/backend/embedded'
import { appealsDatasets, toSimplified } from '../src/backend/embedded/appeals-data'
import { govDatasets } from '../src/backend/embedded/gov-data'
import { memoryStorage } from '../src/backend/storage/key-value'
import { parseArrangement, type Arrangement } from '../src/core/calendar'
import { embeddedTalentApi } from '../src/backend/embedded/talent'
import { embeddedInvestmentApi, parseMatchRequest } from '../src/backend/embedded/investment'
import { embeddedTourismApi } from '../src/backend/embedded/tourism'
import { embeddedCrowdingApi } from '../src/backend/embedded/crowding'
import { NO_LIVE_COUNT } from '../src/backend/http/crowding'
import { embeddedCultureApi } from '../src/backend/embedded/culture'
import { cultureRecords } from '../src/backend/storage/culture-records'
import type { Backend, CrowdingApi, CultureApi, InvestmentApi, TalentApi, TourismApi } from '../src/backend/types'
import type { Locale, SavedRef } from '../src/core/domain'

const STATUS: Record<BackendError['code'], number> = {
  invalid: 400,
  not_found: 404,
  conflict: 409,
  network: 502,
  timeout: 504,
  server: 500,
  storage: 507
}

/** routes whose answers are never kept for an Idempotency-Key */
const FORGOTTEN = /^\/investment\/match$/

type Handler = (p: { params: string[]; query: URLSearchParams; body: any; key?: string }) => Promise<unknown>

export function createApiHandler(
  backend: Backend,
  talent: TalentApi = embeddedTalentApi(),
  tourism: TourismApi = embeddedTourismApi(),
  culture: CultureApi = embeddedCultureApi({ records: cultureRecords(memoryStorage()), now: Date.now }),
  /** counts no visitors unless given a live source: the app then shows the typical profile as 通常 */
  crowding: CrowdingApi = embeddedCrowdingApi(),
  investment: InvestmentApi = embeddedInvestmentApi()
) {
  const { gov, user, appeals, applications, calendar } = backend
  const locale = (q: URLSearchParams): Locale => (q.get('locale') === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans')
  const ref = ([module, kind, id]: string[]): SavedRef => ({ module, kind, id })
  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/calendar$/, async () => ({ years: await calendar.getArrangement() })],
    ['GET', /^\/talent\/policies$/, async ({ query }) => talent.listPolicies(locale(query))],
    ['GET', /^\/talent\/policies\/([^/]+)$/, async ({ params, query }) => talent.getPolicy(params[0], locale(query))],
    ['GET', /^\/talent\/postings$/, async ({ query }) => talent.listPostings(locale(query))],
    ['GET', /^\/talent\/postings\/([^/]+)$/, async ({ params, query }) => talent.getPosting(params[0], locale(query))],
    ['GET', /^\/talent\/fairs$/, async ({ query }) => talent.listFairs(locale(query))],
    ['GET', /^\/talent\/housing$/, async ({ query }) => talent.listHousing(locale(query))],
    ['GET', /^\/talent\/housing\/([^/]+)$/, async ({ params, query }) => talent.getHousing(params[0], locale(query))],
    ['GET', /^\/investment\/parks$/, async ({ query }) => investment.listParks(locale(query))],
    [
      'GET',
      /^\/investment\/parks\/([^/]+)$/,
      async ({ params, query }) => investment.getPark(params[0], locale(query))
    ],
    ['GET', /^\/investment\/projects$/, async ({ query }) => investment.listProjects(locale(query))],
    [
      'GET',
      /^\/investment\/projects\/([^/]+)$/,
      async ({ params, query }) => investment.getProject(params[0], locale(query))
    ],
    ['GET', /^\/investment\/policies$/, async ({ query }) => investment.listPolicies(locale(query))],
    [
      'GET',
      /^\/investment\/policies\/([^/]+)$/,
      async ({ params, query }) => investment.getPolicy(params[0], locale(query))
    ],
    // the company profile is matched and forgotten: neither stored nor logged, and never replayed by a key
    [
      'POST',
      /^\/investment\/match$/,
      async ({ body, query }) => investment.matchPolicies(parseMatchRequest(body), locale(query))
    ],
    ['GET', /^\/tourism\/sights$/, async ({ query }) => tourism.listSights(locale(query))],
    ['GET', /^\/tourism\/sights\/([^/]+)$/, async ({ params, query }) => tourism.getSight(params[0], locale(query))],
    ['GET', /^\/tourism\/sights\/([^/]+)\/crowding$/, async ({ params }) => crowding.typical(params[0])],
    [
      'GET',
      /^\/tourism\/sights\/([^/]+)\/visitors$/,
      async ({ params }) => {
        const live = await crowding.live(params[0])
        if (!live) throw new BackendError('not_found', NO_LIVE_COUNT)
        return live
      }
    ],
    ['GET', /^\/tourism\/routes$/, async ({ query }) => tourism.listRoutes(locale(query))],
    ['GET', /^\/tourism\/routes\/([^/]+)$/, async ({ params, query }) => tourism.getRoute(params[0], locale(query))],
    ['GET', /^\/tourism\/stations$/, async ({ query }) => tourism.listStations(locale(query))],
    ['GET', /^\/tourism\/concessions$/, async ({ query }) => tourism.listConcessionPolicies(locale(query))],
    ['GET', /^\/culture\/venues$/, async ({ query }) => culture.listVenues(locale(query))],
    ['GET', /^\/culture\/venues\/([^/]+)$/, async ({ params, query }) => culture.getVenue(params[0], locale(query))],
    [
      'GET',
      /^\/culture\/venues\/([^/]+)\/slots$/,
      async ({ params, query }) => culture.getVenueSlots(params[0], query.get('date') ?? '')
    ],
    ['GET', /^\/culture\/events$/, async ({ query }) => culture.listEvents(locale(query))],
    ['GET', /^\/culture\/events\/([^/]+)$/, async ({ params, query }) => culture.getEvent(params[0], locale(query))],
    [
      'POST',
      /^\/me\/venue-reservations$/,
      async ({ body, key }) => {
        if (!key || key !== body?.idempotencyKey) throw new BackendError('invalid', 'idempotencyKey')
        return culture.reserve(body)
      }
    ],
    ['GET', /^\/me\/venue-reservations$/, async () => culture.listReservations()],
    ['GET', /^\/me\/venue-reservations\/([^/]+)$/, async ({ params }) => culture.getReservation(params[0])],
    ['POST', /^\/me\/venue-reservations\/([^/]+)\/cancel$/, async ({ params }) => culture.cancelReservation(params[0])],
    ['GET', /^\/gov\/themes$/, async ({ query }) => gov.listThemes(locale(query))],
    ['GET', /^\/gov\/departments$/, async ({ query }) => gov.listDepartments(locale(query))],
    [
      'GET',
      /^\/gov\/services$/,
      async ({ query }) =>
        gov.listServices(
          {
            zone: (query.get('zone') ?? 'jiangmen') as any,
            scope: query.get('scope') === 'all' ? 'all' : 'zone',
            audience: (query.get('audience') ?? undefined) as any,
            themeId: query.get('themeId') ?? undefined,
            departmentId: query.get('departmentId') ?? undefined,
            featured: query.get('featured') === 'true'
          },
          locale(query)
        )
    ],
    ['GET', /^\/gov\/services\/([^/]+)$/, async ({ params, query }) => gov.getService(params[0], locale(query))],
    ['GET', /^\/gov\/bundles$/, async ({ query }) => gov.listBundles(locale(query))],
    ['GET', /^\/gov\/bundles\/([^/]+)$/, async ({ params, query }) => gov.getBundle(params[0], locale(query))],
    ['GET', /^\/gov\/halls\/([^/]+)$/, async ({ params, query }) => gov.getHall(params[0], locale(query))],
    [
      'GET',
      /^\/gov\/halls\/([^/]+)\/availability$/,
      async ({ params, query }) => gov.getAvailability(params[0], query.get('date') ?? '')
    ],
    ['GET', /^\/gov\/cases\/([^/]+)$/, async ({ params, query }) => gov.findCase(params[0], locale(query))],
    [
      'POST',
      /^\/me\/bookings$/,
      async ({ body, key }) => {
        if (!key || key !== body?.idempotencyKey) throw new BackendError('invalid', 'idempotencyKey')
        return gov.book(body)
      }
    ],
    ['GET', /^\/me\/bookings$/, async () => gov.listBookings()],
    ['GET', /^\/me\/bookings\/([^/]+)$/, async ({ params }) => gov.getBooking(params[0])],
    ['POST', /^\/me\/bookings\/([^/]+)\/cancel$/, async ({ params }) => gov.cancelBooking(params[0])],
    [
      'POST',
      /^\/me\/bookings\/([^/]+)\/reschedule$/,
      async ({ params, body, key }) => {
        if (!key || key !== body?.idempotencyKey) throw new BackendError('invalid', 'idempotencyKey')
        return gov.rescheduleBooking(params[0], body)
      }
    ],
    ['GET', /^\/me\/favourites$/, async () => user.listFavourites()],
    [
      'GET',
      /^\/me\/favourites\/([^/]+)\/([^/]+)\/([^/]+)$/,
      async ({ params }) => ({ favourite: await user.isFavourite(ref(params)) })
    ],
    [
      'PUT',
      /^\/me\/favourites\/([^/]+)\/([^/]+)\/([^/]+)$/,
      async ({ params, body }) => {
        if (!(await user.isFavourite(ref(params)))) await user.toggleFavourite(body)
        return { favourite: true }
      }
    ],
    [
      'DELETE',
      /^\/me\/favourites\/([^/]+)\/([^/]+)\/([^/]+)$/,
      async ({ params }) => {
        const { module, kind, id } = ref(params)
        const item = (await user.listFavourites()).find((f) => f.module === module && f.kind === kind && f.id === id)
        if (item) await user.toggleFavourite(item)
        return { favourite: false }
      }
    ],
    ['GET', /^\/me\/history$/, async () => user.listHistory()],
    [
      'PUT',
      /^\/me\/history\/([^/]+)\/([^/]+)\/([^/]+)$/,
      async ({ body }) => user.addHistory(body).then(() => ({ ok: true }))
    ],
    ['DELETE', /^\/me\/history$/, async () => user.clearHistory().then(() => ({ ok: true }))],
    ['GET', /^\/appeals\/catalogue$/, async ({ query }) => appeals.catalogue(locale(query))],
    ['POST', /^\/appeals\/routing-proposals$/, async ({ body }) => appeals.proposeRouting(body)],
    [
      'POST',
      /^\/me\/appeals$/,
      async ({ body, key }) => {
        if (!key || key !== body?.idempotencyKey) throw new BackendError('invalid', 'idempotencyKey')
        return appeals.submit(body)
      }
    ],
    ['GET', /^\/me\/appeals$/, async () => appeals.list()],
    ['GET', /^\/me\/appeals\/updates$/, async () => ({ count: await user.countAppealUpdates() })],
    ['GET', /^\/me\/appeals\/([^/]+)$/, async ({ params }) => appeals.get(params[0])],
    ['POST', /^\/me\/appeals\/([^/]+)\/withdraw$/, async ({ params }) => appeals.withdraw(params[0])],
    [
      'POST',
      /^\/me\/appeals\/([^/]+)\/rating$/,
      async ({ params, body }) => appeals.rate(params[0], body?.level, body?.reason)
    ],
    [
      'PUT',
      /^\/me\/appeals\/([^/]+)\/seen$/,
      async ({ params }) => appeals.markSeen(params[0]).then(() => ({ ok: true }))
    ],
    ['GET', /^\/applications\/forms$/, async ({ query }) => applications.listForms(locale(query))],
    [
      'GET',
      /^\/applications\/forms\/([^/]+)$/,
      async ({ params, query }) => applications.getForm(params[0], locale(query))
    ],
    [
      'POST',
      /^\/me\/applications$/,
      async ({ body, key }) => {
        if (!key || key !== body?.idempotencyKey) throw new BackendError('invalid', 'idempotencyKey')
        return applications.submit(body)
      }
    ],
    ['GET', /^\/me\/applications$/, async () => applications.list()],
    ['GET', /^\/me\/applications\/updates$/, async () => ({ count: await user.countApplicationUpdates() })],
    ['GET', /^\/me\/applications\/([^/]+)$/, async ({ params }) => applications.get(params[0])],
    [
      'POST',
      /^\/me\/applications\/([^/]+)\/amendment$/,
      async ({ params, body }) => applications.amend(params[0], body)
    ],
    [
      'POST',
      /^\/me\/applications\/([^/]+)\/rating$/,
      async ({ params, body }) => applications.rate(params[0], body?.level, body?.reason)
    ],
    [
      'PUT',
      /^\/me\/applications\/([^/]+)\/seen$/,
      async ({ params }) => applications.markSeen(params[0]).then(() => ({ ok: true }))
    ],
    ['GET', /^\/office\/applications$/, async () => applications.office.list()],
    [
      'POST',
      /^\/office\/applications\/([^/]+)\/events$/,
      async ({ params, body }) => applications.office.act(params[0], body)
    ],
    ['GET', /^\/office\/appeals$/, async () => appeals.office.list()],
    ['POST', /^\/office\/appeals\/([^/]+)\/events$/, async ({ params, body }) => appeals.office.act(params[0], body)]
  ]
  // the first answer to each Idempotency-Key, replayed for every repeat of that key
  const answered = new Map<string, [number, unknown]>()

  return async function handle(req: http.IncomingMessage, res: http.ServerResponse, prefix = '/api/v1') {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE'
      })
      res.end(JSON.stringify(payload))
    }
    if (req.method === 'OPTIONS') return send(204, null)
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : ''
    const route = routes.find(([method, re]) => method === req.method && re.test(path))
    if (!route) return send(404, { error: { code: 'not_found', reason: 'route' } })
    let raw = ''
    for await (const chunk of req) raw += chunk
    const header = req.headers['idempotency-key']
    const key = typeof header === 'string' ? header : undefined
    const replay = key === undefined ? undefined : answered.get(`${req.method} ${path} ${key}`)
    if (replay) return send(...replay)
    const answer = async (): Promise<[number, unknown]> => {
      try {
        const body = raw ? JSON.parse(raw) : undefined
        const params = (route[1].exec(path) ?? []).slice(1).map(decodeURIComponent)
        return [200, await route[2]({ params, query: url.searchParams, body, key })]
      } catch (e) {
        if (isBackendError(e)) return [STATUS[e.code], { error: { code: e.code, reason: e.reason } }]
        if (e instanceof SyntaxError) return [400, { error: { code: 'invalid', reason: 'json' } }]
        return [500, { error: { code: 'server', reason: 'server' } }]
      }
    }
    const [status, payload] = await answer()
    // only what was done is replayed; a refusal or a server error left nothing behind, so a repeat is tried again
    // a match answer holds the profile's values (its reasons): it is never kept, so never replayed
    if (key !== undefined && status === 200 && !FORGOTTEN.test(path))
      answered.set(`${req.method} ${path} ${key}`, [status, payload])
    send(status, payload)
  }
}

export async function startApiServer(
  port = 0,
  now: () => number = Date.now,
  /** holiday arrangements published after the app's bundle, served by GET /calendar */
  calendar: Arrangement = {},
  /** reference data in place of the bundled one (a test's own parks, projects and policies) */
  apis: { investment?: InvestmentApi } = {}
): Promise<{ url: string; close(): Promise<void> }> {
  const handle = createApiHandler(
    createEmbeddedBackend(
      memoryStorage(),
      { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
      now,
      calendar
    ),
    undefined,
    undefined,
    embeddedCultureApi({ records: cultureRecords(memoryStorage()), now }),
    undefined,
    apis.investment ?? embeddedInvestmentApi({ now })
  )
  const server = http.createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const { port: bound } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}/api/v1`,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

if (require.main === module) {
  // CALENDAR_FILE: a published arrangement ({ "years": { "2027": { provisional, published, holidays, workdays } } })
  // to ship next year's 调休 to the apps the day it is announced
  const file = process.env.CALENDAR_FILE
  const calendar = file ? parseArrangement(JSON.parse(readFileSync(file, 'utf8'))) : {}
  void startApiServer(Number(process.env.PORT ?? 8787), Date.now, calendar).then(({ url }) =>
    console.log(`API (embedded data, in memory) at ${url}`)
  )
}
