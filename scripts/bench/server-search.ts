// Server-side search through HTTP: a server process whose catalogue is the 80,000 generated items of the engine's
// own benchmark (scripts/bench/catalogue.ts), every keystroke of the benchmark's queries sent as GET /search on
// 127.0.0.1 one after another, timed from the request to the parsed answer. Also: the server's index build (time,
// heap) at start, and the same keystrokes 16 at a time.
import { BENCH_QUERIES } from './search'
import { ms, send, startServerProcess } from './server-load'
import { keystrokes, percentile } from './stats'

const DOCS = 80000
const ROUNDS = 3

async function timeAll(base: string, strokes: string[], concurrency: number): Promise<number[]> {
  const samples: number[] = []
  let next = 0
  const worker = async () => {
    for (let i = next++; i < strokes.length; i = next++) {
      const r = await send(`${base}/search?q=${encodeURIComponent(strokes[i])}&limit=20`, 'GET')
      if (r.status !== 200) throw new Error(`search ${strokes[i]}: ${r.status} ${JSON.stringify(r.body)}`)
      samples.push(r.ms)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return samples.sort((a, b) => a - b)
}

export async function benchServerSearch(): Promise<void> {
  console.log(`\n# server search: GET /search over HTTP on 127.0.0.1, ${DOCS} generated items`)
  const server = await startServerProcess({ BENCH_SEARCH_DOCS: String(DOCS) })
  try {
    const { docs, buildMs, heapBytes } = server.search
    console.log(`index at start: ${docs} docs, createSearcher ${ms(buildMs)} ms, heap +${ms(heapBytes / 2 ** 20)} MiB`)
    const strokes = keystrokes(BENCH_QUERIES)
    await timeAll(server.base, strokes, 1) // warm-up: the JIT, the connection
    const one: number[] = []
    for (let round = 0; round < ROUNDS; round++) one.push(...(await timeAll(server.base, strokes, 1)))
    one.sort((a, b) => a - b)
    const many = await timeAll(server.base, [...strokes, ...strokes, ...strokes], 16)
    console.log(
      `${strokes.length} keystrokes x${ROUNDS}, one at a time: p50 ${ms(percentile(one, 50), 2)} ms, p95 ${ms(percentile(one, 95), 2)} ms, max ${ms(one[one.length - 1], 2)} ms`
    )
    console.log(
      `16 at a time: p50 ${ms(percentile(many, 50), 2)} ms, p95 ${ms(percentile(many, 95), 2)} ms, max ${ms(many[many.length - 1], 2)} ms`
    )
    console.log(`server-search p50=${ms(percentile(one, 50), 3)} p95=${ms(percentile(one, 95), 3)} n=${docs}`)
    console.log(`server-search-16 p50=${ms(percentile(many, 50), 3)} p95=${ms(percentile(many, 95), 3)} n=${docs}`)
  } finally {
    await server.stop()
  }
}
