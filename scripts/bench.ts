// `npm run bench` → tsx scripts/bench.ts. Each section lives in scripts/bench/ and prints its own figures.
import { benchAppeals } from './bench/appeals'
import { benchClassify } from './bench/classify'
import { benchLighthouse } from './bench/lighthouse'
import { benchSearch } from './bench/search'
import { benchServerLoad } from './bench/server-load'
import { benchServerSearch } from './bench/server-search'

async function main(): Promise<void> {
  await benchSearch()
  await benchAppeals()
  await benchClassify()
  // the production server, a process of its own on 127.0.0.1: search over 80,000 items, then the bounded load test
  await benchServerSearch()
  await benchServerLoad()
  // last: it needs the built H5 site and Chromium, and says so when either is missing
  await benchLighthouse()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
