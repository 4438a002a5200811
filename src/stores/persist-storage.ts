// zustand persistence through device storage, built so that a store never loses what the user wrote:
//  - a stored value this version cannot read (not JSON, a foreign shape, or a newer version of the store)
//    reads as absent, so the store starts from its defaults instead of crashing, and it is copied under a
//    key of its own (platform/storage.ts setAside) before the store first writes over it;
//  - when storage is full, the write is skipped and the state stays in memory (the page says so through
//    useStorageStatus); the next change tries again.
import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { create } from 'zustand'
import { setAside } from '@/platform/key-value'
import { deviceStorage } from '@/platform/storage'

interface StorageStatus {
  /** the last write to device storage failed: what is on screen is kept in memory only */
  full: boolean
}

export const useStorageStatus = create<StorageStatus>()(() => ({ full: false }))

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null

/** the persist storage of a store whose current version is `version` */
export function deviceStateStorage<S>(version: number): PersistStorage<S> {
  // name → the unreadable value that must be copied aside before the first write
  const unreadable = new Map<string, unknown>()
  return {
    getItem(name) {
      let raw: unknown
      try {
        raw = deviceStorage.get(name)
      } catch {
        return null
      }
      if (raw === undefined || raw === null) return null
      let value: unknown
      try {
        value = typeof raw === 'string' ? JSON.parse(raw) : undefined
      } catch {
        value = undefined
      }
      if (!isObject(value) || typeof value.version !== 'number' || !('state' in value) || value.version > version) {
        unreadable.set(name, raw)
        return null
      }
      return value as unknown as StorageValue<S>
    },
    setItem(name, value) {
      try {
        if (unreadable.has(name)) {
          setAside(deviceStorage, name, unreadable.get(name))
          unreadable.delete(name)
        }
        deviceStorage.set(name, JSON.stringify(value))
        if (useStorageStatus.getState().full) useStorageStatus.setState({ full: false })
      } catch {
        useStorageStatus.setState({ full: true })
      }
    },
    removeItem(name) {
      try {
        deviceStorage.remove(name)
      } catch {
        // nothing to do: the value stays until storage works again
      }
    }
  }
}

/** a persisted map of records by key: what this version can read, and what it keeps as it was */
export interface SplitRecords<T> {
  readable: Record<string, T>
  /** records this version cannot read (damaged, or a newer version's): written back untouched */
  unreadable: Record<string, unknown>
}

/**
 * Splits what a store persisted (`{ [field]: { key: record }, unreadable?: {…} }`) into the records
 * that pass `valid` and the ones that do not, the latter joined with those kept from before; a store
 * keeps both in its state and persists both, so a record is never dropped because it could not be read.
 */
export function splitRecords<T>(persisted: unknown, field: string, valid: (x: unknown) => x is T): SplitRecords<T> {
  const state = isObject(persisted) ? persisted : {}
  const raw = isObject(state[field]) ? state[field] : {}
  const kept = isObject(state.unreadable) ? state.unreadable : {}
  const readable: Record<string, T> = {}
  const unreadable: Record<string, unknown> = { ...kept }
  for (const [key, value] of Object.entries(raw)) {
    if (valid(value)) readable[key] = value
    else unreadable[key] = value
  }
  return { readable, unreadable }
}

/**
 * The persist options of a store that keeps records by key in one field (drafts, photos, an outbox): version 1 on
 * device storage, only that field and the unreadable entries written, and on reading each record checked alone, so a
 * damaged one is kept aside (in `unreadable`, as it was) while the others are restored.
 */
export function recordsPersistence<
  S extends { unreadable: Record<string, unknown> } & Record<F, Record<string, unknown>>,
  F extends string
>(name: string, field: F, valid: (x: unknown) => boolean) {
  return {
    name,
    version: 1,
    storage: deviceStateStorage<Partial<S>>(1),
    partialize: (s: S) => ({ [field]: s[field], unreadable: s.unreadable }) as Partial<S>,
    merge: (persisted: unknown, current: S): S => {
      const { readable, unreadable } = splitRecords(persisted, field, (x): x is unknown => valid(x))
      return { ...current, [field]: readable, unreadable }
    }
  }
}
