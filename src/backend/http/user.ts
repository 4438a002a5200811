import type { SavedItem, UserApi } from '../types'
import { createHttpClient, type ClientOptions } from './client'

export function httpUserApi(options: ClientOptions): UserApi {
  const call = createHttpClient(options)
  return {
    listFavourites: () => call<SavedItem[]>('GET', '/me/favourites'),
    async isFavourite(kind, id) {
      return (await call<{ favourite: boolean }>('GET', `/me/favourites/${kind}/${encodeURIComponent(id)}`)).favourite
    },
    async toggleFavourite(item) {
      const current = await this.isFavourite(item.kind, item.id)
      // PUT and DELETE are idempotent, so a retried toggle never flips twice
      if (current) await call('DELETE', `/me/favourites/${item.kind}/${encodeURIComponent(item.id)}`)
      else await call('PUT', `/me/favourites/${item.kind}/${encodeURIComponent(item.id)}`, { body: item })
      return !current
    },
    listHistory: () => call<SavedItem[]>('GET', '/me/history'),
    async addHistory(item) {
      await call('PUT', `/me/history/${item.kind}/${encodeURIComponent(item.id)}`, { body: item })
    },
    async clearHistory() {
      await call('DELETE', '/me/history')
    },
    async countAppealUpdates() {
      return (await call<{ count: number }>('GET', '/me/appeals/updates')).count
    }
  }
}
