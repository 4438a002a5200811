// The module's only way to domain data: the backend boundary, read through typed hooks on the query layer.
// The mutations below invalidate what they change, so every page showing it loads it again.
import { govApi as backend } from '@/backend/gov'
import { userApi as userBackend } from '@/backend/user'
import type { GovApi, UserApi } from '@/backend/types'
import type { ServiceQuery } from '@/core/gov-services/types'
import type { SavedRef } from '@/core/domain'
import { invalidating, useQuery, USER_SCOPES } from '@/components/query'

const SCOPES = {
  themes: 'gov.themes',
  departments: 'gov.departments',
  services: 'gov.services',
  service: 'gov.service',
  bundles: 'gov.bundles',
  bundle: 'gov.bundle',
  hall: 'gov.hall',
  availability: 'gov.availability',
  bookings: 'gov.bookings',
  booking: 'gov.booking',
  favourite: 'gov.favourite',
  case: 'gov.case'
} as const

/** booking, moving or cancelling changes the user's bookings, the one on a receipt and the places left */
const BOOKING_SCOPES = [SCOPES.bookings, SCOPES.booking, SCOPES.availability]

export const govApi: GovApi = {
  ...backend,
  book: (request) => invalidating(BOOKING_SCOPES, backend.book(request)),
  cancelBooking: (id) => invalidating(BOOKING_SCOPES, backend.cancelBooking(id)),
  rescheduleBooking: (id, request) => invalidating(BOOKING_SCOPES, backend.rescheduleBooking(id, request))
}

export const userApi: UserApi = {
  ...userBackend,
  toggleFavourite: (item) =>
    invalidating([USER_SCOPES.favourites, SCOPES.favourite], userBackend.toggleFavourite(item)),
  addHistory: (item) => invalidating([USER_SCOPES.history], userBackend.addHistory(item))
}

const reference = { reference: true }

export const useThemes = () => useQuery([SCOPES.themes], (locale) => govApi.listThemes(locale), reference)

export const useDepartments = () =>
  useQuery([SCOPES.departments], (locale) => govApi.listDepartments(locale), reference)

export const useServices = (query: ServiceQuery) =>
  useQuery([SCOPES.services, query], (locale) => govApi.listServices(query, locale), reference)

/** a service with its guide, halls and booking facts */
export const useServiceGuide = (id: string) =>
  useQuery([SCOPES.service, id], (locale) => govApi.getService(id, locale), reference)

export const useBundles = () => useQuery([SCOPES.bundles], (locale) => govApi.listBundles(locale), reference)

export const useBundle = (id: string) =>
  useQuery([SCOPES.bundle, id], (locale) => govApi.getBundle(id, locale), reference)

export const useHall = (id: string) => useQuery([SCOPES.hall, id], (locale) => govApi.getHall(id, locale), reference)

/** the places left per slot of a hall on a day; nothing to load until both are chosen */
export const useAvailability = (hallId: string, date: string) =>
  useQuery(hallId && date ? [SCOPES.availability, hallId, date] : null, () => govApi.getAvailability(hallId, date))

/** the user's bookings, newest first */
export const useBookings = () => useQuery([SCOPES.bookings], () => govApi.listBookings())

/** one of the user's bookings, by id: the receipt, loaded again after a reload */
export const useBooking = (id: string) => useQuery(id ? [SCOPES.booking, id] : null, () => govApi.getBooking(id))

export const useIsFavourite = (ref: SavedRef) => useQuery([SCOPES.favourite, ref], () => userApi.isFavourite(ref))

/** 办件查询: the case with this (checked) reference; nothing to look up while it is '' */
export const useCase = (reference: string) =>
  useQuery(reference ? [SCOPES.case, reference] : null, (locale) => govApi.findCase(reference, locale))
