// The account pages reach the user's records only through the backend boundary, read through the query layer.
import { userApi as backend } from '@/backend/user'
import type { UserApi } from '@/backend/types'
import { invalidating, useQuery, USER_SCOPES } from '@/components/query'

export const userApi: UserApi = {
  ...backend,
  clearHistory: () => invalidating([USER_SCOPES.history], backend.clearHistory())
}

/** 我的收藏, newest first; loaded again whenever the page is shown (a guide may have changed it) */
export const useFavourites = () => useQuery([USER_SCOPES.favourites], () => userApi.listFavourites())

/** 最近浏览, newest first */
export const useHistory = () => useQuery([USER_SCOPES.history], () => userApi.listHistory())
