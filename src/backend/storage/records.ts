// The user's own records and how each is checked when read back from storage.

import type { Appeal } from '@/core/appeals/types'
import type { Application } from '@/core/applications'
import type { Booking } from '@/core/gov-services/types'
import type { SavedItem } from '@/core/domain'
import { collection, type Collection } from './collection'
import type { KeyValueStorage } from '@/platform/key-value'

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null
const isString = (x: unknown): x is string => typeof x === 'string' && x.length > 0

/** the shape only: which modules and kinds exist is the module manifest's business (a module's items are kept
 * even while no module of this app version renders them) */
export function isSavedItem(x: unknown): x is SavedItem {
  return (
    isObject(x) &&
    isString(x.module) &&
    isString(x.kind) &&
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
    [
      'id',
      'reference',
      'idempotencyKey',
      'serviceId',
      'hallId',
      'date',
      'slot',
      'name',
      'idType',
      'idNumber',
      'phoneRegion',
      'phone',
      'serviceName',
      'serviceNameHant',
      'hallName',
      'hallNameHant'
    ].every((k) => isString(x[k])) &&
    // a status this version does not know (a newer app's) is kept and shown as 其他状态, read-only
    isString(x.status) &&
    typeof x.createdAt === 'number'
  )
}

export function isAppeal(x: unknown): x is Appeal {
  return (
    isObject(x) &&
    ['id', 'reference', 'idempotencyKey', 'zone', 'type', 'channel', 'categoryCode', 'content'].every((k) =>
      isString(x[k])
    ) &&
    // a status this version does not know (a newer app's) is kept and shown as 其他状态, read-only
    isString(x.status) &&
    typeof x.createdAt === 'number' &&
    typeof x.updatedAt === 'number' &&
    isObject(x.location) &&
    isObject(x.contact) &&
    isObject(x.routing) &&
    [x.tags, x.photos, x.timeline, x.replies, x.ratings, x.deadlines, x.subscriptions].every(Array.isArray)
  )
}

export function isApplication(x: unknown): x is Application {
  return (
    isObject(x) &&
    ['id', 'reference', 'idempotencyKey', 'matterId', 'matterName', 'zone'].every((k) => isString(x[k])) &&
    // a status this version does not know (a newer app's) is kept and shown as 其他状态, read-only
    isString(x.status) &&
    typeof x.formVersion === 'number' &&
    typeof x.createdAt === 'number' &&
    typeof x.updatedAt === 'number' &&
    isObject(x.applicant) &&
    isObject(x.answers) &&
    isObject(x.attachments) &&
    isObject(x.deadline) &&
    [x.timeline, x.ratings].every(Array.isArray)
  )
}

/** when the user last opened an appeal or an application */
export interface AppealSeen {
  id: string
  at: number
}

const isAppealSeen = (x: unknown): x is AppealSeen => isObject(x) && isString(x.id) && typeof x.at === 'number'

const SAVED_MIGRATIONS: Record<number, (old: any) => unknown> = {
  // version 0 stored one title; 繁體 came later
  0: (old) => ({ ...old, titleHant: old.titleHant ?? old.title }),
  // version 1 had a closed kind ('service' | 'bundle' | 'hall'), all of them 政务服务's
  1: (old) => ({ module: 'gov-services', ...old })
}

export interface UserRecords {
  favourites: Collection<SavedItem>
  history: Collection<SavedItem>
  bookings: Collection<Booking>
  /** the embedded backend's appeals: on a device, the user's own */
  appeals: Collection<Appeal>
  appealsSeen: Collection<AppealSeen>
  /** the embedded backend's online applications: on a device, the user's own */
  applications: Collection<Application>
  applicationsSeen: Collection<AppealSeen>
}

export function userRecords(storage: KeyValueStorage): UserRecords {
  return {
    favourites: collection(storage, {
      key: 'favourites',
      version: 2,
      migrations: SAVED_MIGRATIONS,
      isValid: isSavedItem,
      limit: 200
    }),
    history: collection(storage, {
      key: 'history',
      version: 2,
      migrations: SAVED_MIGRATIONS,
      isValid: isSavedItem,
      limit: 50
    }),
    bookings: collection(storage, {
      key: 'bookings',
      version: 2,
      migrations: {
        0: (old) => ({
          ...old,
          serviceNameHant: old.serviceNameHant ?? old.serviceName,
          hallNameHant: old.hallNameHant ?? old.hallName
        }),
        // version 1 had no 预约号: the booking's id, unique as well, stands in for it
        1: (old) => ({ ...old, reference: old.reference ?? old.id })
      },
      // the user's own bookings and appeals are never cut off by a limit
      isValid: isBooking
    }),
    appeals: collection(storage, { key: 'appeals', version: 1, isValid: isAppeal }),
    appealsSeen: collection(storage, { key: 'appeals-seen', version: 1, isValid: isAppealSeen, limit: 500 }),
    applications: collection(storage, { key: 'applications', version: 1, isValid: isApplication }),
    applicationsSeen: collection(storage, {
      key: 'applications-seen',
      version: 1,
      isValid: isAppealSeen,
      limit: 500
    })
  }
}

/** records changed by the other side since the user last opened them */
function countUnseen(items: { id: string; updatedAt: number }[], seenList: AppealSeen[]): number {
  const seen = new Map(seenList.map((s) => [s.id, s.at]))
  return items.filter((a) => a.updatedAt > (seen.get(a.id) ?? 0)).length
}

/** applications changed by the office since the user last opened them */
export function countUnseenApplications(records: Pick<UserRecords, 'applications' | 'applicationsSeen'>): number {
  return countUnseen(records.applications.all(), records.applicationsSeen.all())
}

/** appeals changed by the centre or a unit since the user last opened them */
export function countUnseenAppeals(records: Pick<UserRecords, 'appeals' | 'appealsSeen'>): number {
  return countUnseen(records.appeals.all(), records.appealsSeen.all())
}
