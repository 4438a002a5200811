// Appeals for the appeal pages' tests, made through the embedded backend itself (the code that runs on the
// device), so the records in device storage always have the shape the app reads. A seed is filed and walked
// through the 12345 loop at instants before now, a minute apart, so the app can act on it at the real now.
import { createEmbeddedBackend } from '@/backend/embedded'
import { appealsDatasets, toSimplified } from '@/backend/embedded/appeals-data'
import { govDatasets } from '@/backend/embedded/gov-data'
import { memoryStorage } from '@/backend/storage/key-value'
import type { AppealRequest } from '@/core/appeals/types'
import type { AppealView, OfficeCommand } from '@/backend/types'

export const CREDIT_CODE = '91440703MA4UJ5XQ0W'

/** an enterprise complaint about night-time building noise, in 蓬江区 */
export function appealRequest(overrides: Partial<AppealRequest> = {}): AppealRequest {
  return {
    idempotencyKey: `seed-${Math.random().toString(36).slice(2, 10)}`,
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
    enterprise: { name: '江门市示例电子有限公司', creditCode: CREDIT_CODE },
    confidential: false,
    subscriptions: [],
    ...overrides
  }
}

/** the office steps that bring a filed appeal to each status */
export const STEPS = {
  submitted: [],
  processing: [
    { actor: 'center', event: 'accept' },
    { actor: 'center', event: 'dispatch', unitId: '' },
    { actor: 'unit', event: 'start' }
  ],
  awaitingRating: [
    { actor: 'center', event: 'accept' },
    { actor: 'center', event: 'dispatch', unitId: '' },
    { actor: 'unit', event: 'start' },
    {
      actor: 'unit',
      event: 'reply',
      text: '已责令施工单位夜间停止高噪音作业，并安排执法人员夜间巡查。',
      attachments: []
    },
    { actor: 'center', event: 'revisit' }
  ]
} satisfies Record<string, OfficeCommand[]>

export interface Seed {
  request?: Partial<AppealRequest>
  steps?: OfficeCommand[]
}

/**
 * Device storage holding the given appeals (the first is filed first), as the app's backend keeps them:
 * `wst:appeals` and `wst:appeals-seen`. The first filing is made `minutesAgo` minutes before now (by default
 * just long enough for every step to fit before now). Returns the entries and the appeals as the backend
 * shows them.
 */
export async function seedAppeals(
  seeds: Seed[],
  { minutesAgo }: { minutesAgo?: number } = {}
): Promise<{ storage: Record<string, unknown>; appeals: AppealView[] }> {
  const storage = memoryStorage()
  const steps = seeds.reduce((n, s) => n + 1 + (s.steps?.length ?? 0), 0)
  let at = Date.now() - (minutesAgo ?? steps + 5) * 60_000 - 60_000
  const backend = createEmbeddedBackend(
    storage,
    { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
    () => (at += 60_000)
  )
  const { categories } = await backend.appeals.catalogue('zh-Hans')
  const leaf = (nodes = categories): string => (nodes[0].children ? leaf(nodes[0].children) : nodes[0].code)
  const appeals: AppealView[] = []
  for (const seed of seeds) {
    let appeal = await backend.appeals.submit(appealRequest({ categoryCode: leaf(), ...seed.request }))
    for (const command of seed.steps ?? []) appeal = await backend.appeals.office.act(appeal.id, command)
    appeals.push(await backend.appeals.get(appeal.id))
  }
  return { storage: storage.dump(), appeals }
}

/** the appeals the device holds now, as stored ({ v, items }) */
export function storedAppeals(device: Map<string, unknown>): Array<Record<string, any>> {
  const raw = device.get('wst:appeals')
  const envelope = (typeof raw === 'string' ? JSON.parse(raw) : raw) as
    { items?: Array<Record<string, any>> } | undefined
  return envelope?.items ?? []
}

/** a zustand store persisted on the device (a JSON string of { state, version }) */
export function storedState(device: Map<string, unknown>, key: string): Record<string, any> | undefined {
  const raw = device.get(key)
  return typeof raw === 'string' ? (JSON.parse(raw) as { state: Record<string, any> }).state : undefined
}

/** device storage that puts the app in a zone */
export const zoneStorage = (zoneId: 'jiangmen' | 'shenjiang' | 'zhongjiang') => ({
  'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 })
})
