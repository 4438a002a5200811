import type { SavedItem, SavedRef } from '@/core/domain'
import { useQuery } from '@/components/query'
import { routes } from '@/routes'
import { govApi } from './api'
import { govServicesModule } from './module'

/** a service guide as a saved item of 政务服务 (the kind its module record lists under `saved`) */
export const serviceRef = (id: string): SavedRef => ({ module: govServicesModule.id, kind: 'service', id })

/** a service as 我的 keeps it: both scripts' titles, so the main package needs no catalogue */
export async function savedService(id: string): Promise<SavedItem> {
  const [hans, hant] = await Promise.all([govApi.getService(id, 'zh-Hans'), govApi.getService(id, 'zh-Hant')])
  // one 情形 of a matter is saved as that situation, so reopening it does not ask again
  const situation = hans.situationGroup?.situations.find((x) => x.serviceId === id)?.id
  return {
    ...serviceRef(id),
    title: hans.name,
    titleHant: hant.name,
    route: routes.guide(id, situation),
    at: Date.now()
  }
}

/** the service as 我的 keeps it, loaded once per service (its guide records history and favourites with it) */
export const useSavedService = (id: string) => useQuery(['gov.saved', id], () => savedService(id), { reference: true })
