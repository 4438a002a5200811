import type { SavedItem } from '@/backend/types'
import { routes } from '@/routes'
import { govApi } from './api'

/** a service as 我的 keeps it: both scripts' titles, so the main package needs no catalogue */
export async function savedService(id: string): Promise<SavedItem> {
  const [hans, hant] = await Promise.all([govApi.getService(id, 'zh-Hans'), govApi.getService(id, 'zh-Hant')])
  return { kind: 'service', id, title: hans.name, titleHant: hant.name, route: routes.guide(id), at: Date.now() }
}
