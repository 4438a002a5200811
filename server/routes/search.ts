// GET /search: unified search over the server's catalogue with the app's own engine (src/core/search) and the
// same request and answer as the app's embedded search (src/backend/search-query.ts). Public, read-only, and
// answered from memory: it never touches the database.
import { z } from 'zod'
import hantTable from '@/generated/hant-table.json'
import { createHantConverter, type HantTable } from '@/core/i18n/hant'
import { LOCALES, ZONE_IDS } from '@/core/domain'
import { hitInLocale, runSearch, SEARCH_LIMITS } from '@/backend/search-query'
import { parseBody } from '../http/body'
import type { SearchCatalogue } from '../search'
import type { RouteContext } from '../context'

const count = (max: number) =>
  z
    .string()
    .regex(/^\d{1,4}$/)
    .transform(Number)
    .pipe(z.number().int().max(max))

const querySchema = z
  .object({
    q: z.string().max(200).default(''),
    zone: z.enum(ZONE_IDS).optional(),
    // `locale` as every read of the contract; `lang` is the same, the name the issue gave it
    locale: z.enum(LOCALES).optional(),
    lang: z.enum(LOCALES).optional(),
    limit: count(SEARCH_LIMITS.maxLimit).pipe(z.number().min(1)).default(SEARCH_LIMITS.defaultLimit),
    offset: count(SEARCH_LIMITS.maxWindow).default(0)
  })
  .refine((r) => r.offset + r.limit <= SEARCH_LIMITS.maxWindow)

export function searchRoutes({ app }: RouteContext, catalogue: SearchCatalogue) {
  const toHant = createHantConverter(hantTable as HantTable)
  app.log.info(
    { search: { docs: catalogue.size, buildMs: Math.round(catalogue.buildMs), heapBytes: catalogue.heapBytes } },
    'search index ready'
  )
  app.get('/search', async (req) => {
    const { q, zone, locale, lang, limit, offset } = parseBody(querySchema, req.query, 'search.invalid')
    const answer = runSearch(catalogue.searcher, { query: q, zone, limit, offset })
    const script = locale ?? lang ?? 'zh-Hans'
    return { hits: answer.hits.map((hit) => hitInLocale(hit, script, toHant)), elsewhere: answer.elsewhere }
  })
}
