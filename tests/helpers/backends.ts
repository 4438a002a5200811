// The implementations of the data boundary, for contract suites: the embedded backend over memory storage, and the
// app's HTTP backend talking to the production server (server/, on PGlite or on the PostgreSQL of DATABASE_URL)
// over 127.0.0.1 as a signed-in resident and the offices (tests/unit/server/harness.ts). Each
// gives the `Backend` and the modules outside it (culture, talent, tourism, crowding, investment) over the same
// records and clock, on the bundled reference data or a test's own. Each clock moves on by a millisecond whenever
// it is read, as a real one does between two calls.
import type { Backend, CrowdingApi, CultureApi, InvestmentApi, TalentApi, TourismApi } from '@/backend/types'
import { createEmbeddedBackend } from '@/backend/embedded'
import { appealsDatasets, toSimplified } from '@/backend/embedded/appeals-data'
import { embeddedCrowdingApi } from '@/backend/embedded/crowding'
import { embeddedCultureApi } from '@/backend/embedded/culture'
import { govDatasets } from '@/backend/embedded/gov-data'
import { embeddedInvestmentApi, type InvestmentDataset } from '@/backend/embedded/investment'
import { embeddedTalentApi } from '@/backend/embedded/talent'
import { embeddedTourismApi } from '@/backend/embedded/tourism'
import { cultureRecords } from '@/backend/storage/culture-records'
import { memoryStorage } from '@/backend/storage/key-value'
import { serverBackend } from '../unit/server/harness'

/** the modules the app reaches outside `Backend` */
export interface Modules {
  culture: CultureApi
  talent: TalentApi
  tourism: TourismApi
  crowding: CrowdingApi
  investment: InvestmentApi
}

/** reference data in place of the bundled one, the same on every implementation */
export interface TestData {
  investment?: InvestmentDataset
}

export interface MadeBackend extends Modules {
  backend: Backend
  close(): Promise<void>
}

/** a clock starting at `start` that moves on by a millisecond at every read; `advance` jumps it */
export function testClock(start: number): { now: () => number; advance(ms: number): void } {
  let t = start
  return { now: () => t++, advance: (ms) => void (t += ms) }
}

export const BACKEND_IMPLEMENTATIONS: [string, (now: () => number, data?: TestData) => Promise<MadeBackend>][] = [
  [
    'embedded',
    async (now, data = {}) => ({
      backend: createEmbeddedBackend(
        memoryStorage(),
        { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
        now
      ),
      culture: embeddedCultureApi({ records: cultureRecords(memoryStorage()), now }),
      talent: embeddedTalentApi(),
      tourism: embeddedTourismApi(),
      crowding: embeddedCrowdingApi(),
      investment: embeddedInvestmentApi({ data: data.investment, now }),
      close: async () => undefined
    })
  ],
  ['server', serverBackend]
]
