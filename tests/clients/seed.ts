// Device storage a page needs to show the user's own records, made through the embedded backend itself
// (the same code that runs on the device), so the records always have the shape the app reads.
import { createEmbeddedBackend } from '../../src/backend/embedded'
import { appealsDatasets, toSimplified } from '../../src/backend/embedded/appeals-data'
import { govDatasets } from '../../src/backend/embedded/gov-data'
import { memoryStorage } from '../../src/backend/storage/key-value'
import { shanghaiDate } from '../../src/core/calendar'
import { appealRequest } from '../unit/pages/appeals/seed-appeals'

/** the instant the seeded appeal was filed, and so its reference (诉求编号) */
export const SEED_NOW = Date.now()
export const SEEDED_APPEAL_REFERENCE = `SQ${shanghaiDate(SEED_NOW).replace(/-/g, '')}000001`

/** one enterprise appeal, accepted, dispatched and being handled: its deadlines tick */
export async function appealStorage(now = SEED_NOW): Promise<Map<string, unknown>> {
  const storage = memoryStorage()
  const backend = createEmbeddedBackend(
    storage,
    { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
    () => now
  )
  const { categories } = await backend.appeals.catalogue('zh-Hans')
  const leaf = (nodes = categories): string => (nodes[0].children ? leaf(nodes[0].children) : nodes[0].code)
  const appeal = await backend.appeals.submit(appealRequest({ idempotencyKey: 'seed-1', categoryCode: leaf() }))
  await backend.appeals.office.act(appeal.id, { actor: 'center', event: 'accept' })
  await backend.appeals.office.act(appeal.id, { actor: 'center', event: 'dispatch', unitId: '' })
  await backend.appeals.office.act(appeal.id, { actor: 'unit', event: 'start' })
  return new Map(Object.entries(storage.dump()))
}
