// A versioned collection of records in device storage.
// Each collection lives under its own key, so damage to one never touches the others; inside a
// collection every record is checked on read and bad records are dropped one by one, never the whole list.

import type { KeyValueStorage } from '@/platform/storage'

interface Envelope {
  v: number
  items: unknown[]
}

export interface CollectionSpec<T> {
  key: string
  version: number
  /** migrations[n] turns a version-n record into a version-(n+1) record */
  migrations?: Record<number, (old: any) => unknown>
  isValid(item: unknown): item is T
  /** keep at most this many, newest first */
  limit?: number
}

export interface Collection<T> {
  all(): T[]
  write(items: T[]): void
}

const FOREIGN_SUFFIX = ':unreadable'

export function collection<T>(storage: KeyValueStorage, spec: CollectionSpec<T>): Collection<T> {
  const storageKey = `wst:${spec.key}`

  function setAside(raw: unknown) {
    // keep what we could not read instead of destroying it: a newer app version may understand it
    try {
      storage.set(storageKey + FOREIGN_SUFFIX, raw)
    } catch {
      /* storage full: nothing more to save */
    }
  }

  function read(): T[] {
    let raw: unknown
    try {
      raw = storage.get(storageKey)
    } catch {
      return []
    }
    if (raw === undefined || raw === null || raw === '') return []
    if (typeof raw === 'string') {
      // H5 storage and older builds may hand back serialised JSON
      try {
        raw = JSON.parse(raw)
      } catch {
        setAside(raw)
        return []
      }
    }
    const envelope = asEnvelope(raw)
    if (!envelope || envelope.v > spec.version) {
      setAside(raw)
      return []
    }
    let items = envelope.items
    for (let v = envelope.v; v < spec.version; v++) {
      const migrate = spec.migrations?.[v]
      items = items.map((item) => {
        try {
          return migrate ? migrate(item) : item
        } catch {
          return undefined
        }
      })
    }
    const valid = items.filter((item): item is T => spec.isValid(item))
    if (envelope.v !== spec.version || valid.length !== items.length) write(valid)
    return valid
  }

  function write(items: T[]) {
    const kept = spec.limit ? items.slice(0, spec.limit) : items
    storage.set(storageKey, { v: spec.version, items: kept } satisfies Envelope)
  }

  return { all: read, write }
}

function asEnvelope(raw: unknown): Envelope | null {
  if (Array.isArray(raw)) return { v: 0, items: raw } // version 0: a bare list
  if (typeof raw !== 'object' || raw === null) return null
  const { v, items } = raw as Partial<Envelope>
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || !Array.isArray(items)) return null
  return { v, items }
}
