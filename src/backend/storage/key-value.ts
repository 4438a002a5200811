// Synchronous key-value storage: Taro storage on devices, a Map in tests and in the reference server.

export interface KeyValueStorage {
  get(key: string): unknown
  set(key: string, value: unknown): void
  remove(key: string): void
}

export function memoryStorage(
  initial: Record<string, unknown> = {}
): KeyValueStorage & { dump(): Record<string, unknown> } {
  const map = new Map(Object.entries(initial))
  return {
    get: (key) => map.get(key),
    set: (key, value) => void map.set(key, value),
    remove: (key) => void map.delete(key),
    dump: () => Object.fromEntries(map)
  }
}
