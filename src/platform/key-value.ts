// The storage interface every layer writes through, and what keeps a damaged value from being lost.
// No Taro here: the backend, the stores and the tests use it on any host.

/** synchronous key-value storage: Taro storage on devices, a Map in tests */
export interface KeyValueStorage {
  get(key: string): unknown
  set(key: string, value: unknown): void
  remove(key: string): void
}

/** the device's storage refused a write: it is full (or failing); what was stored before is unchanged */
export class StorageFullError extends Error {
  constructor() {
    super('storage full')
    this.name = 'StorageFullError'
  }
}

export const ASIDE_INFIX = ':aside:'

/**
 * Copies a value that this version cannot read under the first free `<key>:aside:<n>` before anything
 * is written over it, so a later version or a support tool can recover it; never reuses a key, so a
 * second damage never overwrites the first copy. Throws StorageFullError when it cannot be kept.
 */
export function setAside(storage: KeyValueStorage, key: string, raw: unknown): string {
  let n = 1
  while (storage.get(`${key}${ASIDE_INFIX}${n}`) !== undefined) n++
  const asideKey = `${key}${ASIDE_INFIX}${n}`
  try {
    storage.set(asideKey, raw)
  } catch {
    throw new StorageFullError()
  }
  return asideKey
}
