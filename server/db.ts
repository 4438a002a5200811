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
  /** connections in the pool */
  max?: number
  /** the schema every query works in (a test's own); created when missing */
  schema?: string
}

export function postgresDatabase(connectionString: string, { max = 10, schema }: PostgresOptions = {}): Database {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`bad schema name: ${schema}`)
  const pool = new pg.Pool({
    connectionString,
    max,
    types,
    // an idle pool never keeps the process alive (tests, a server that is closing)
    allowExitOnIdle: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {})
  })
  const ready = schema ? pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`).then(() => undefined) : Promise.resolve()
  // an idle client losing its server (a restart) must not take the process down; the next query reconnects
  pool.on('error', () => undefined)
  return {
    kind: 'postgresql',
    async query<T>(sql: string, params: unknown[] = []) {
      await ready
      const r = await pool.query(sql, params)
      return { rows: r.rows as T[], rowCount: r.rowCount ?? 0 }
    },
    transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return withRetry(async () => {
        await ready
        const client = await pool.connect()
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
          await client.query('ROLLBACK').catch(() => undefined)
          throw e
        } finally {
          client.release()
        }
      })
    },
    async exec(sql) {
      await ready
      await pool.query(sql)
    },
    close: () => pool.end()
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
  return {
    kind: 'pglite',
    ...wrap(db),
    transaction: (fn) => withRetry(() => db.transaction((tx) => fn(wrap(tx)))),
    async exec(sql) {
      await db.exec(sql)
    },
    close: () => db.close()
  }
}
