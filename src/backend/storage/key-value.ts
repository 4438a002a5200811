// Key-value storage in memory, for tests (devices use platform/storage.ts).
import type { KeyValueStorage } from '@/platform/key-value'

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
