// `npm run bench` → tsx scripts/bench.ts. Each section lives in scripts/bench/ and prints its own figures.
import { benchAppeals } from './bench/appeals'
import { benchClassify } from './bench/classify'
import { benchLighthouse } from './bench/lighthouse'
import { benchSearch } from './bench/search'

async function main(): Promise<void> {
  await benchSearch()
  await benchAppeals()
  await benchClassify()
  // last: it needs the built H5 site and Chromium, and says so when either is missing
  await benchLighthouse()
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
