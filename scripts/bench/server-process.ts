// The server as the benchmarks run it: a process of its own (so the load generator does not share its event
// loop), on PGlite in memory or, with DATABASE_URL, in a schema of its own there (dropped when it stops); the
// test login provider; rate limits counted as in production but never reached. BENCH_SEARCH_DOCS=80000 gives it
// the benchmark's generated catalogue instead of the bundled index. Prints one line, READY {base, search}.
import { buildSearchIndex } from '../../src/core/search/build-index'
import { embeddedDatabase, postgresDatabase, type Database } from '../../server/db'
import { migrate } from '../../server/migrate'
import { startServer } from '../../server/app'
import { testProvider } from '../../server/auth/providers'
import { bundledSearchCatalogue, searchCatalogue } from '../../server/search'
import { syntheticCatalogue } from './catalogue'

async function main() {
  const url = process.env.DATABASE_URL
  const schema = url ? `bench_${process.pid}` : undefined
  const db: Database = url ? postgresDatabase(url, { schema }) : await embeddedDatabase()
  await migrate(db)
  const docs = Number(process.env.BENCH_SEARCH_DOCS ?? 0)
  // the index as build-data makes it (pinyin, 繁體 pairs), then made into a searcher as the server does at start
  const search = docs ? searchCatalogue(buildSearchIndex(syntheticCatalogue(docs))) : bundledSearchCatalogue()
  const server = await startServer({
    db,
    providers: { test: testProvider() },
    search,
    rateLimits: { perAddress: 1e9, perUserWrites: 1e9, windowMs: 60_000 }
  })
  const { size, buildMs, heapBytes } = search
  process.stdout.write(`READY ${JSON.stringify({ base: server.url, search: { docs: size, buildMs, heapBytes } })}\n`)
  process.once('SIGTERM', () => {
    void (async () => {
      await server.close()
      if (schema) await db.query(`DROP SCHEMA ${schema} CASCADE`)
      await db.close()
      process.exit(0)
    })()
  })
}

main().catch((e) => {
  process.stderr.write(`bench server failed: ${(e as Error).stack}\n`)
  process.exit(1)
})
