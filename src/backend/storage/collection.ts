// A versioned collection of records in device storage, built so that nothing the user has is ever lost:
//  - each collection lives under its own key, so damage to one never touches the others;
//  - reading never writes (a full storage can never break a list);
//  - a record this version cannot read (damaged, or from a newer app version) is kept beside the
//    others in the envelope's `unreadable` list and written back with them, never dropped;
//  - a value that is not a readable envelope at all, or one written by a newer version, is copied
//    whole under a key of its own (`wst:<key>:aside:<n>`, never reused) before anything is written over
//    it, so a later version or a support tool can recover it; if that copy cannot be made, nothing is written.
import { BackendError } from '../errors'
import { setAside, type KeyValueStorage } from '@/platform/key-value'

interface Envelope {
  v: number
  items: unknown[]
  /** records no version so far could read, kept as they were */
  unreadable?: unknown[]
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
  /** the records this version can read; never writes */
  all(): T[]
  /**
   * Replaces the readable records, keeping the unreadable ones. Throws BackendError('storage',
   * 'storage.full') when storage cannot take it; what was stored before is then left as it was.
   */
  write(items: T[]): void
}

/** what a stored value holds, as this version sees it */
export interface Inspection<T> {
  items: T[]
  unreadable: unknown[]
  /** the stored value must be copied aside before it is written over */
  setAside: boolean
}

/** Reads a stored value without side effects. */
export function inspect<T>(raw: unknown, spec: CollectionSpec<T>): Inspection<T> {
  if (raw === undefined || raw === null || raw === '') return { items: [], unreadable: [], setAside: false }
  let value = raw
  if (typeof value === 'string') {
    // H5 storage and older builds may hand back serialised JSON
    try {
      value = JSON.parse(value)
    } catch {
      return { items: [], unreadable: [], setAside: true }
    }
  }
  const envelope = asEnvelope(value)
  if (!envelope) return { items: [], unreadable: [], setAside: true }
  const items: T[] = []
  const unreadable: unknown[] = [...(envelope.unreadable ?? [])]
  for (const original of envelope.items) {
    const migrated = migrate(original, envelope.v, spec)
    if (migrated !== undefined && spec.isValid(migrated)) items.push(migrated)
    else unreadable.push(original)
  }
  // a newer version's envelope may carry more than its records: keep the whole of it
  return { items, unreadable, setAside: envelope.v > spec.version }
}

function migrate<T>(item: unknown, from: number, spec: CollectionSpec<T>): unknown {
  let current = item
  for (let v = from; v < spec.version; v++) {
    const step = spec.migrations?.[v]
    if (!step) continue
    try {
      current = step(current)
    } catch {
      return undefined
    }
  }
  return current
}

function asEnvelope(raw: unknown): Envelope | null {
  if (Array.isArray(raw)) return { v: 0, items: raw } // version 0: a bare list
  if (typeof raw !== 'object' || raw === null) return null
  const { v, items, unreadable } = raw as Partial<Envelope>
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || !Array.isArray(items)) return null
  return { v, items, unreadable: Array.isArray(unreadable) ? unreadable : [] }
}

const storageFull = () => new BackendError('storage', 'storage.full')

export function collection<T>(storage: KeyValueStorage, spec: CollectionSpec<T>): Collection<T> {
  const storageKey = `wst:${spec.key}`

  function readRaw(): unknown {
    try {
      return storage.get(storageKey)
    } catch {
      return undefined
    }
  }

  return {
    all: () => inspect(readRaw(), spec).items,
    write(items: T[]) {
      const raw = readRaw()
      const current = inspect(raw, spec)
      if (current.setAside) {
        try {
          setAside(storage, storageKey, raw)
        } catch {
          throw storageFull()
        }
      }
      const kept = spec.limit ? items.slice(0, spec.limit) : items
      const envelope: Envelope = { v: spec.version, items: kept }
      if (current.unreadable.length) envelope.unreadable = current.unreadable
      try {
        storage.set(storageKey, envelope)
      } catch {
        throw storageFull()
      }
    }
  }
}
