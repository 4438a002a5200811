import type { SavedItem, SavedRef } from '@/core/domain'
import type { UserApi } from '../types'
import { savedItemBody } from './bodies'
import { createHttpClient, type ClientOptions } from './client'

/** /{module}/{kind}/{id} of a saved item */
const refPath = (ref: SavedRef) => [ref.module, ref.kind, ref.id].map(encodeURIComponent).join('/')

export function httpUserApi(options: ClientOptions): UserApi {
  const call = createHttpClient(options)
  return {
    listFavourites: () => call<SavedItem[]>('GET', '/me/favourites'),
    async isFavourite(ref) {
      return (await call<{ favourite: boolean }>('GET', `/me/favourites/${refPath(ref)}`)).favourite
    },
    async toggleFavourite(item) {
      const current = await this.isFavourite(item)
      // PUT and DELETE are idempotent, so a retried toggle never flips twice
      if (current) await call('DELETE', `/me/favourites/${refPath(item)}`)
      else await call('PUT', `/me/favourites/${refPath(item)}`, { body: savedItemBody(item) })
      return !current
    },
    listHistory: () => call<SavedItem[]>('GET', '/me/history'),
    async addHistory(item) {
      await call('PUT', `/me/history/${refPath(item)}`, { body: savedItemBody(item) })
    },
    async clearHistory() {
      await call('DELETE', '/me/history')
    },
    async countAppealUpdates() {
      return (await call<{ count: number }>('GET', '/me/appeals/updates')).count
    },
    async countApplicationUpdates() {
      return (await call<{ count: number }>('GET', '/me/applications/updates')).count
    }
  }
}
