// Versioned migrations: server/migrations/NNN_name.sql, applied in order at start, each file once, all pending ones
// in one transaction with the schema_migrations rows that record them. Two servers starting at once on one database
// take the same advisory lock, so the second finds the work done.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Database } from './db'

export const MIGRATIONS_DIR = join(__dirname, 'migrations')
const NAME = /^(\d{3})_[a-z0-9_]+\.sql$/

export interface Migration {
  version: number
  name: string
  sql: string
}

export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql'))
  const migrations = files.map((name) => {
    const m = NAME.exec(name)
    if (!m) throw new Error(`migration file name not NNN_name.sql: ${name}`)
    return { version: Number(m[1]), name, sql: readFileSync(join(dir, name), 'utf8') }
  })
  migrations.sort((a, b) => a.version - b.version)
  migrations.forEach((m, i) => {
    if (i > 0 && migrations[i - 1].version === m.version) throw new Error(`two migrations numbered ${m.version}`)
  })
  return migrations
}

/** applies what is pending; answers the versions applied now */
export async function migrate(db: Database, migrations = readMigrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    // any fixed number: the lock is the database's, held until this transaction ends
    await tx.query('SELECT pg_advisory_xact_lock(1300013)')
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`
    )
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version)
    )
    const applied: number[] = []
    for (const m of migrations) {
      if (done.has(m.version)) continue
      // one file may hold several statements: run them one by one through the same transaction
      for (const statement of splitStatements(m.sql)) await tx.query(statement)
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name])
      applied.push(m.version)
    }
    return applied
  })
}

/** the statements of a migration file: split on semicolons at line ends, comments dropped (no $$ bodies here) */
export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .map((line) => line.replace(/--.*$/, ''))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean)
}
