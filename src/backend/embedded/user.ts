import type { SavedRef } from '@/core/domain'
import type { UserApi } from '../types'
import { countUnseenAppeals, countUnseenApplications, type UserRecords } from '../storage/records'

const sameItem = (a: SavedRef, b: SavedRef) => a.module === b.module && a.kind === b.kind && a.id === b.id

export function embeddedUserApi(records: UserRecords): UserApi {
  const { favourites, history } = records
  return {
    async listFavourites() {
      return favourites.all()
    },
    async isFavourite(ref) {
      return favourites.all().some((f) => sameItem(f, ref))
    },
    async toggleFavourite(item) {
      const all = favourites.all()
      const exists = all.some((f) => sameItem(f, item))
      favourites.write(exists ? all.filter((f) => !sameItem(f, item)) : [item, ...all])
      return !exists
    },
    async listHistory() {
      return history.all()
    },
    async addHistory(item) {
      history.write([item, ...history.all().filter((h) => !sameItem(h, item))])
    },
    async clearHistory() {
      history.write([])
    },
    async countAppealUpdates() {
      return countUnseenAppeals(records)
    },
    async countApplicationUpdates() {
      return countUnseenApplications(records)
    }
  }
}
