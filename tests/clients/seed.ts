// Device storage a page needs to show the user's own records, made through the embedded backend itself
// (the same code that runs on the device), so the records always have the shape the app reads.
import { createEmbeddedBackend } from '../../src/backend/embedded'
import { appealsDatasets, toSimplified } from '../../src/backend/embedded/appeals-data'
import { govDatasets } from '../../src/backend/embedded/gov-data'
import { memoryStorage } from '../../src/backend/storage/key-value'
import type { AppealRequest } from '../../src/backend/types'
import { shanghaiDate } from '../../src/core/calendar'

export const SEEDED_APPEAL_REQUEST: AppealRequest = {
  idempotencyKey: 'seed-1',
  zone: 'jiangmen',
  type: 'complaint',
  channel: 'enterprise',
  urgent: false,
  categoryCode: '',
  tags: ['噪音'],
  content: '厂区旁边的建筑工地每天夜里十一点以后还在施工，噪音很大，影响员工休息，请有关部门处理。',
  location: { city: 'jiangmen', district: 'pengjiang', address: '蓬江区白沙大道西1号' },
  photos: [],
  contact: { name: '陈大明', phoneRegion: 'cn', phone: '13800138000' },
  enterprise: { name: '江门市示例电子有限公司', creditCode: '' },
  confidential: false,
  subscriptions: []
}

/** the instant the seeded appeal was filed, and so its reference (诉求编号) */
export const SEED_NOW = Date.now()
export const SEEDED_APPEAL_REFERENCE = `SQ${shanghaiDate(SEED_NOW).replace(/-/g, '')}000001`

/** one enterprise appeal, accepted, dispatched and being handled: its deadlines tick */
export async function appealStorage(now = SEED_NOW): Promise<Map<string, unknown>> {
  const storage = memoryStorage()
  const backend = createEmbeddedBackend(storage, { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified }, () => now)
  const { categories } = await backend.appeals.catalogue('zh-Hans')
  const leaf = (nodes = categories): string => (nodes[0].children ? leaf(nodes[0].children) : nodes[0].code)
  const appeal = await backend.appeals.submit({ ...SEEDED_APPEAL_REQUEST, categoryCode: leaf(), enterprise: { name: '江门市示例电子有限公司', creditCode: '91440703MA4UJ5XQ0W' } })
  await backend.appeals.office.act(appeal.id, { actor: 'center', event: 'accept' })
  await backend.appeals.office.act(appeal.id, { actor: 'center', event: 'dispatch', unitId: '' })
  await backend.appeals.office.act(appeal.id, { actor: 'unit', event: 'start' })
  return new Map(Object.entries(storage.dump()))
}
