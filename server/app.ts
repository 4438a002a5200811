// The production server of docs/api.md: fastify, every body checked by a zod schema, records in PostgreSQL.
// buildServer wires the routes over a database that is already migrated; startServer also listens, on 127.0.0.1
// unless told otherwise, and closes gracefully: it stops taking connections, lets the requests in flight finish,
// then closes the database.
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyServerOptions } from 'fastify'
import type { AddressInfo } from 'node:net'
import type { Arrangement } from '@/core/calendar'
import type { InvestmentDataset } from '@/backend/embedded/investment'
import { DatabaseUnavailable, type Database } from './db'
import { sessions as makeSessions } from './auth/sessions'
import type { LoginProvider, ProviderId } from './auth/providers'
import type { VisitorKeys } from './auth/visitor-keys'
import { errorAnswer } from './http/errors'
import { registerSecurity } from './http/security'
import { DEFAULT_RATE_LIMITS, rateLimiter, type RateLimits } from './http/rate-limit'
import { BODY_LIMIT } from './routes/limits'
import { govRoutes } from './routes/gov'
import { appealRoutes } from './routes/appeals'
import { applicationRoutes } from './routes/applications'
import { userRoutes } from './routes/user'
import { authRoutes } from './routes/auth'
import { tourismRoutes } from './routes/tourism'
import { investmentRoutes } from './routes/investment'
import { officeAuditRoutes } from './routes/office-audit'
import { officeDepartmentRoutes } from './routes/office-departments'
import { consoleRoutes } from './routes/office-console'
import { subscriptionRoutes } from './messages/routes'
import { searchRoutes } from './routes/search'
import { bundledSearchCatalogue, type SearchCatalogue } from './search'

export const API_PREFIX = '/api/v1'

/** Retry-After of a 503 database.unavailable, in seconds */
export const UNAVAILABLE_RETRY_S = 2

export interface ServerOptions {
  db: Database
  now?: () => number
  /** the login providers on offer; the test provider only where asked for */
  providers: Partial<Record<ProviderId, LoginProvider>>
  /** the H5 site's origin, the only one CORS answers */
  corsOrigin?: string
  /** holiday arrangements published after the bundle, served by GET /calendar */
  calendar?: Arrangement
  /** 招商服务 reference data in place of the bundled one (a test's own parks, projects and policies) */
  investment?: InvestmentDataset
  /** the sights' gate systems' device keys (VISITOR_KEYS), by SHA-256; none: nobody reports visitor counts */
  visitorKeys?: VisitorKeys
  /** the search catalogue in place of the bundled index's (the benchmark's 80,000 items) */
  search?: SearchCatalogue
  /**
   * the clock of session expiry: real time, apart from the business clock `now` that tests move by days to reach
   * a deadline
   */
  sessionClock?: () => number
  /** session lifetimes; short, so a lost token is soon worth nothing */
  userSessionMs?: number
  officeSessionMs?: number
  logger?: FastifyServerOptions['logger']
  /** behind a load balancer: take the client's address from X-Forwarded-For */
  trustProxy?: boolean
  /** false: none (tests that send thousands of requests from one address) */
  rateLimits?: RateLimits | false
  /** the clock of the rate windows; real time by default */
  rateClock?: () => number
}

/** personal data never reaches a log line: headers that carry tokens are redacted, bodies are never logged */
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'req.remoteAddress',
  'req.remotePort'
]

const errorKind = (e: unknown) => {
  const { name, code, message } = (e ?? {}) as { name?: unknown; code?: unknown; message?: unknown }
  // PostgreSQL's messages may quote a value ("invalid input syntax for type integer: …"): its SQLSTATE says enough
  const database = typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)
  return { name, code, message: !database && typeof message === 'string' ? message.slice(0, 200) : undefined }
}

export function buildServer(options: ServerOptions): FastifyInstance {
  const { db, now = Date.now } = options
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    requestTimeout: 30_000,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // a path fastify cannot decode (a malformed percent-escape) is the client's error, in the contract's shape
    frameworkErrors: (error, _req, reply) => {
      const [status, body] = errorAnswer(error)
      void (reply as FastifyReply).code(status).send(body)
    }
  })
  // JSON only: a text/plain body (what a cross-site form can send without a preflight) is refused with 415
  app.removeContentTypeParser('text/plain')
  registerSecurity(app, options.corsOrigin)

  const limits = options.rateLimits === undefined ? DEFAULT_RATE_LIMITS : options.rateLimits
  app.setErrorHandler((error, req, reply) => {
    const [status, body] = errorAnswer(error)
    // past either limit (an address's requests, a user's writes) the client is told when the window turns
    if (status === 429 && limits) reply.header('Retry-After', String(Math.ceil(limits.windowMs / 1000)))
    // the database is out (a restart, a failover): worth trying again in a moment, with the same Idempotency-Key
    if (status === 503) reply.header('Retry-After', String(UNAVAILABLE_RETRY_S))
    // the error's kind only: a database error's detail can quote the row it refused (a name, an ID number)
    if (status >= 500) req.log.error({ error: errorKind(error) }, 'request failed')
    // a client that has gone has nobody to answer
    if (!reply.raw.destroyed) void reply.code(status).send(body)
  })
  app.setNotFoundHandler((_req, reply) => void reply.code(404).send({ error: { code: 'not_found', reason: 'route' } }))

  app.get('/healthz', async (_req, reply) => {
    try {
      await db.query('SELECT 1')
      return { ok: true, database: db.kind }
    } catch {
      return reply.code(503).send({ ok: false })
    }
  })

  const rate = limits ? rateLimiter(db, limits.windowMs, options.rateClock) : undefined
  if (rate && limits) {
    app.addHook('onRequest', async (req) => {
      if (req.method === 'OPTIONS' || req.url === '/healthz') return
      // while the database is out the catalogue and search still answer from memory: the address's hit is not
      // counted then, and whatever needs the database answers 503 itself
      await rate(`address:${req.ip}`, limits.perAddress).catch((e: unknown) => {
        if (!(e instanceof DatabaseUnavailable)) throw e
      })
    })
  }

  const sessions = makeSessions({
    db,
    limitWrites: rate && limits ? (userId) => rate(`user:${userId}`, limits.perUserWrites) : undefined,
    now: options.sessionClock ?? Date.now,
    userTtlMs: options.userSessionMs ?? 2 * 3600_000,
    officeTtlMs: options.officeSessionMs ?? 8 * 3600_000
  })

  void app.register(
    async (api) => {
      const context = { app: api, db, now, sessions }
      authRoutes(context, options.providers)
      govRoutes(context)
      appealRoutes(context)
      applicationRoutes(context)
      userRoutes(context, options.calendar ?? {})
      tourismRoutes(context, options.visitorKeys)
      investmentRoutes(context, options.investment)
      officeDepartmentRoutes(context)
      officeAuditRoutes(context)
      subscriptionRoutes(context)
      searchRoutes(context, options.search ?? bundledSearchCatalogue())
    },
    { prefix: API_PREFIX }
  )
  // the office console's page (outside the API): served from server/console/
  consoleRoutes(app)
  return app
}

export interface RunningServer {
  app: FastifyInstance
  /** the base URL of the API, e.g. http://127.0.0.1:8787/api/v1 */
  url: string
  /** the origin, for /healthz */
  origin: string
  close(): Promise<void>
}

export async function startServer(
  options: ServerOptions & { port?: number; host?: string; closeDatabase?: boolean }
): Promise<RunningServer> {
  const app = buildServer(options)
  await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' })
  const { address, port } = app.server.address() as AddressInfo
  const host = address.includes(':') ? `[${address}]` : address
  const origin = `http://${host}:${port}`
  return {
    app,
    url: origin + API_PREFIX,
    origin,
    async close() {
      await app.close()
      if (options.closeDatabase) await options.db.close()
    }
  }
}
