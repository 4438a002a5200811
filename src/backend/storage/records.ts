// The user's own records and how each is checked when read back from storage.

import type { Booking, SavedItem } from '../types'
import { collection, type Collection } from './collection'
import type { KeyValueStorage } from './key-value'

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null
const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0

export function isSavedItem(x: unknown): x is SavedItem {
  return (
    isObject(x) &&
    (x.kind === 'service' || x.kind === 'bundle' || x.kind === 'hall') &&
    isString(x.id) &&
    isString(x.title) &&
    isString(x.titleHant) &&
    isString(x.route) &&
    typeof x.at === 'number'
  )
}

export function isBooking(x: unknown): x is Booking {
  return (
    isObject(x) &&
    ['id', 'idempotencyKey', 'serviceId', 'hallId', 'date', 'slot', 'name', 'idType', 'idNumber', 'phoneRegion', 'phone', 'serviceName', 'serviceNameHant', 'hallName', 'hallNameHant'].every((k) =>
      isString(x[k])
    ) &&
    (x.status === 'active' || x.status === 'cancelled') &&
    typeof x.createdAt === 'number'
  )
}

export interface UserRecords {
  favourites: Collection<SavedItem>
  history: Collection<SavedItem>
  bookings: Collection<Booking>
}

export function userRecords(storage: KeyValueStorage): UserRecords {
  return {
    favourites: collection(storage, {
      key: 'favourites',
      version: 1,
      // version 0 stored one title; 繁體 came later
      migrations: { 0: (old) => ({ ...old, titleHant: old.titleHant ?? old.title }) },
      isValid: isSavedItem,
      limit: 200
    }),
    history: collection(storage, {
      key: 'history',
      version: 1,
      migrations: { 0: (old) => ({ ...old, titleHant: old.titleHant ?? old.title }) },
      isValid: isSavedItem,
      limit: 50
    }),
    bookings: collection(storage, {
      key: 'bookings',
      version: 1,
      migrations: { 0: (old) => ({ ...old, serviceNameHant: old.serviceNameHant ?? old.serviceName, hallNameHant: old.hallNameHant ?? old.hallName }) },
      isValid: isBooking,
      limit: 100
    })
  }
}
