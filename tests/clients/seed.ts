// Device storage a page needs to show the user's own records, made through the embedded backend itself
// (the same code that runs on the device), so the records always have the shape the app reads.
import { createEmbeddedBackend } from '../../src/backend/embedded'
import { appealsDatasets, toSimplified } from '../../src/backend/embedded/appeals-data'
import { govDatasets } from '../../src/backend/embedded/gov-data'
import { memoryStorage } from '../../src/backend/storage/key-value'
import { bookingWindow, groupedReference, hallCode } from '../../src/core/booking'
import { shanghaiDate } from '../../src/core/calendar'
import { appealRequest } from '../unit/pages/appeals/seed-appeals'
import { seedApplication } from '../unit/pages/gov-services/seed-applications'

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

/** the seeded booking, under an id of its own so a page can be opened on it: 居民身份证换领 at hall-0001 */
export const SEEDED_BOOKING_ID = 'BK-SEED-1'
/** its 预约号 as the receipt shows it: the first booking of hall-0001 on the first day of the window */
export const SEEDED_BOOKING_REFERENCE = groupedReference(
  `YY${bookingWindow(SEED_NOW)[0].replace(/-/g, '')}${hallCode('hall-0001')}001`
)

/** one active booking for the first day of the window at SEED_NOW */
export async function bookingStorage(now = SEED_NOW): Promise<Map<string, unknown>> {
  const storage = memoryStorage()
  const backend = createEmbeddedBackend(
    storage,
    { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
    () => now
  )
  const hall = govDatasets['zh-Hans'].halls.find((h) => h.id === 'hall-0001')!
  await backend.gov.book({
    idempotencyKey: 'seed-booking-1',
    serviceId: 'svc-0004',
    hallId: hall.id,
    date: bookingWindow(now)[0],
    slot: hall.slots[0],
    name: '陈小明',
    idType: 'mainland',
    idNumber: '11010519491231002X',
    phoneRegion: 'cn',
    phone: '13800138000'
  })
  const dump = storage.dump() as Record<string, { v: number; items: { id: string }[] }>
  const envelope = dump['wst:bookings']
  dump['wst:bookings'] = { ...envelope, items: envelope.items.map((b) => ({ ...b, id: SEEDED_BOOKING_ID })) }
  return new Map(Object.entries(dump))
}

/** the seeded online application's 申办编号: the first online application of the day */
export const SEEDED_APPLICATION_REFERENCE = `JM${shanghaiDate(SEED_NOW).replace(/-/g, '')}500001`
export const SEEDED_AMEND_NOTE = '申请书照片不清晰，请重新拍摄上传'

/** one 不动产登记资料查询 applied for online, accepted, and asked for 补正 of its application form's photo */
export async function applicationStorage(now = SEED_NOW): Promise<Map<string, unknown>> {
  const { storage } = await seedApplication(async (backend, id) => {
    await backend.applications.office.act(id, { event: 'accept', actor: 'office' })
    await backend.applications.office.act(id, {
      event: 'requestAmend',
      actor: 'office',
      note: SEEDED_AMEND_NOTE,
      fields: [],
      materials: ['m2']
    })
  }, now)
  return new Map(Object.entries(storage))
}
