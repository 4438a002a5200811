// An online application for the pages' tests and the client checks, made through the embedded backend itself (the
// code that runs on the device), so what is in device storage always has the shape the app reads.
import { createEmbeddedBackend } from '@/backend/embedded'
import { appealsDatasets, toSimplified } from '@/backend/embedded/appeals-data'
import { govDatasets } from '@/backend/embedded/gov-data'
import { memoryStorage } from '@/backend/storage/key-value'
import type { Backend } from '@/backend/types'
import type { ApplicationRequest } from '@/core/applications'

/**
 * 不动产登记资料查询 (or another matter) applied for online by 陈小明 with a photo of its 申请书, then moved on by
 * `steps` (the office);
 * returns its id (its 申办编号) and the device storage holding it.
 */
export async function seedApplication(
  steps: (backend: Backend, id: string) => Promise<unknown> = async () => undefined,
  /** the backend's clock: an instant, or a clock the steps move on (a 公示 that must end before 通过) */
  now: number | (() => number) = Date.now(),
  /** another matter, with its own answers and pages */
  matter?: Pick<ApplicationRequest, 'matterId' | 'answers' | 'attachments'>
): Promise<{ id: string; storage: Record<string, unknown> }> {
  const storage = memoryStorage()
  const backend = createEmbeddedBackend(
    storage,
    { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified },
    typeof now === 'number' ? () => now : now
  )
  const { id } = await backend.applications.submit({
    idempotencyKey: 'seed-application-1',
    matterId: 'gov-services/svc-0027',
    formVersion: 1,
    zone: 'jiangmen',
    applicant: {
      name: '陈小明',
      idType: 'mainland',
      idNumber: '11010519491231002X',
      phoneRegion: 'cn',
      phone: '13800138000'
    },
    answers: { queryType: 'queryType-1', purpose: 'purpose-1' },
    attachments: { m2: [{ path: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', size: 14 }] },
    ...matter
  })
  await steps(backend, id)
  return { id, storage: storage.dump() }
}
