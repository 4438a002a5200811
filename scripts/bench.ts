// `npm run bench` → tsx scripts/bench.ts. Each section lives in scripts/bench/ and prints its own figures.
import { benchSearch } from './bench/search'

async function main(): Promise<void> {
  await benchSearch()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
