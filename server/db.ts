// The one database interface of the server, over a real PostgreSQL (pg's pool) or an embedded one (PGlite,
// PostgreSQL compiled to WASM) when no DATABASE_URL is given. Every write that must hold under concurrency runs in
// `transaction`, which retries the whole function when PostgreSQL gives up on a serialization conflict or a
// deadlock, so callers write each rule once, as if alone.
import { mkdirSync } from 'node:fs'
import pg from 'pg'

export interface Rows<T> {
  rows: T[]
  rowCount: number
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Rows<T>>
}

export interface Database extends Queryable {
  /**
   * reads that tolerate a replica's lag (public slot availability): a read replica's pool when one is configured
   * (DATABASE_REPLICA_URL), the primary when none is or the replica does not answer. Nothing of a signed-in user
   * reads here: /me and /office read their own writes on the primary.
   */
  readonly replica: Queryable
  /** runs `fn` in one transaction: committed when it returns, rolled back when it throws */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /** several statements in one string (a migration file) */
  exec(sql: string): Promise<void>
  /** 'postgresql' or 'pglite', for the start-up line and /healthz */
  readonly kind: 'postgresql' | 'pglite'
  close(): Promise<void>
}

/** SQLSTATEs after which the same transaction may pass when run again */
const RETRYABLE = new Set(['40001', '40P01'])
const ATTEMPTS = 5

export const sqlState = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string'
    ? (e as { code: string }).code
    : undefined

/**
 * The database cannot be reached (stopped, restarting, a failover, the network): the request is answered 503
 * `database.unavailable` at once, never held until it comes back. Whatever the request wrote was rolled back or,
 * when the answer to a COMMIT was what got lost, committed: a retry with the same Idempotency-Key finds out which.
 */
export class DatabaseUnavailable extends Error {
  constructor(readonly cause: unknown) {
    super('database unavailable')
    this.name = 'DatabaseUnavailable'
  }
}

/** SQLSTATE classes and codes of a server that is going or not there yet: connection exceptions (08), shutdown
 * (57P01 admin, 57P02 crash), starting up (57P03), too many connections (53300) */
const UNAVAILABLE_STATES = /^(08...|57P0[123]|53300)$/
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN'
])
/** pg's own words for a connection it lost, could not make in time, or may no longer use */
const UNAVAILABLE_MESSAGE =
  /Connection terminated|not queryable|timeout exceeded when trying to connect|connection timeout/i

export function isUnavailable(e: unknown): boolean {
  if (e instanceof DatabaseUnavailable) return true
  const code = sqlState(e) ?? ''
  if (UNAVAILABLE_STATES.test(code) || UNAVAILABLE_ERRNO.has(code)) return true
  // a connection refused on every address of a name comes as one AggregateError
  const errors = (e as { errors?: unknown })?.errors
  if (Array.isArray(errors) && errors.length > 0 && errors.every(isUnavailable)) return true
  return e instanceof Error && UNAVAILABLE_MESSAGE.test(e.message)
}

async function unavailableAs<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    throw isUnavailable(e) && !(e instanceof DatabaseUnavailable) ? new DatabaseUnavailable(e) : e
  }
}

async function withRetry<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run()
    } catch (e) {
      if (attempt >= ATTEMPTS || !RETRYABLE.has(sqlState(e) ?? '')) throw e
    }
  }
}

// bigint columns (ids, epoch milliseconds) come back as numbers: every value the server keeps fits in 2^53
const INT8 = 20
const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === INT8 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')
}

export interface PostgresOptions {
  /** connections in the pool (each replica's pool too) */
  max?: number
  /** the schema every query works in (a test's own); created when missing */
  schema?: string
  /** read replicas (DATABASE_REPLICA_URL): the lag-tolerant reads go to them in turn */
  replicaUrls?: string[]
  /** how long a query waits for a connection of a full pool before it is answered 503 */
  connectTimeoutMs?: number
}

function makePool(connectionString: string, max: number, connectTimeoutMs: number, schema?: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    types,
    // a request never queues forever behind a pool whose server has gone
    connectionTimeoutMillis: connectTimeoutMs,
    // a server that vanished without closing the socket (a failover, a dropped link) is noticed
    keepAlive: true,
    // an idle pool never keeps the process alive (tests, a server that is closing)
    allowExitOnIdle: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {})
  })
  // an idle client losing its server (a restart) must not take the process down; the pool drops it and the next
  // query connects anew
  pool.on('error', () => undefined)
  return pool
}

export function postgresDatabase(
  connectionString: string,
  { max = 10, schema, replicaUrls = [], connectTimeoutMs = 5000 }: PostgresOptions = {}
): Database {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name: ${schema}`)
  const pool = makePool(connectionString, max, connectTimeoutMs, schema)
  const replicas = replicaUrls.map((url) => makePool(url, max, connectTimeoutMs, schema))
  // the test's schema, made on first use; tried again after a failure (the database was not up yet)
  let made: Promise<void> | undefined
  const ready = (): Promise<void> =>
    schema
      ? (made ??= pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).then(
          () => undefined,
          (e: unknown) => {
            made = undefined
            throw e
          }
        ))
      : Promise.resolve()
  const query = <T>(on: pg.Pool, sql: string, params?: unknown[]) =>
    unavailableAs(async () => {
      await ready()
      const r = await on.query(sql, params)
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 }
    })
  let turn = 0
  return {
    kind: 'postgresql',
    query: <T>(sql: string, params: unknown[] = []) => query<T>(pool, sql, params),
    replica: {
      async query<T>(sql: string, params: unknown[] = []) {
        if (!replicas.length) return query<T>(pool, sql, params)
        const replica = replicas[turn++ % replicas.length]
        try {
          return await query<T>(replica, sql, params)
        } catch (e) {
          // a replica that does not answer is not an outage while the primary does
          if (e instanceof DatabaseUnavailable) return query<T>(pool, sql, params)
          throw e
        }
      }
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return unavailableAs(() =>
        withRetry(async () => {
          await ready()
          const client = await pool.connect()
          // the connection may die while the client is out of the pool between two queries: pg then emits
          // 'error' on the client, which would end the process with no listener; the next query fails instead
          let lost: unknown
          const onLost = (e: unknown) => (lost = e)
          client.on('error', onLost)
          try {
            await client.query('BEGIN')
            const tx: Queryable = {
              async query<R>(sql: string, params: unknown[] = []) {
                const r = await client.query(sql, params)
                return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 }
              }
            }
            const result = await fn(tx)
            await client.query('COMMIT')
            return result
          } catch (e) {
            await client.query('ROLLBACK').catch((r: unknown) => (lost ??= r))
            throw e
          } finally {
            client.removeListener('error', onLost)
            // a client whose connection failed is closed, never handed to the next request
            client.release(lost instanceof Error ? lost : lost === undefined ? undefined : true)
          }
        })
      )
    },
    exec: async (sql) => {
      // no parameters: the simple protocol, which takes several statements in one string
      await query(pool, sql)
    },
    close: async () => {
      await Promise.all([pool.end(), ...replicas.map((r) => r.end())])
    }
  }
}

/**
 * PostgreSQL in WASM, in this process: in memory, or kept in `dataDir`. One connection: PGlite runs every query and
 * transaction one after another, which is what the row locks of the server ask of a real server anyway.
 */
export async function embeddedDatabase(dataDir?: string): Promise<Database> {
  // loaded only here, so a server on a real PostgreSQL never pays for the WASM build
  const { PGlite } = await import('@electric-sql/pglite')
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const db = new PGlite(dataDir, { parsers: { [INT8]: (v: string) => Number(v) } })
  await db.waitReady
  const wrap = (q: { query: (sql: string, params?: unknown[]) => Promise<any> }): Queryable => ({
    async query<T>(sql: string, params: unknown[] = []) {
      const r = await q.query(sql, params)
      return { rows: r.rows as T[], rowCount: r.affectedRows || r.rows.length }
    }
  })
  const direct = wrap(db)
  return {
    kind: 'pglite',
    ...direct,
    replica: direct,
    transaction: (fn) => withRetry(() => db.transaction((tx) => fn(wrap(tx)))),
    async exec(sql) {
      await db.exec(sql)
    },
    close: () => db.close()
  }
}
