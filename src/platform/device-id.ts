// An id of this device, made once and kept in its storage: what H5 signs in with (login.ts). No Taro here, so the
// server tests sign in with it too.
import type { KeyValueStorage } from './key-value'

export const DEVICE_ID_KEY = 'login:device-id:v1'

/** the test provider's names: letters, digits and `_ . -`, up to 64 (docs/api.md) */
const TEST_NAME = /^[A-Za-z0-9_.-]{1,64}$/

function randomHex(bytes: number): string {
  const values = new Uint8Array(bytes)
  const crypto = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (crypto?.getRandomValues) crypto.getRandomValues(values)
  else for (let i = 0; i < bytes; i++) values[i] = Math.floor(Math.random() * 256)
  return Array.from(values, (b) => b.toString(16).padStart(2, '0')).join('')
}

/** this device's id, made on first use; when storage is full it serves this run only */
export function deviceId(storage: KeyValueStorage): string {
  const kept = storage.get(DEVICE_ID_KEY)
  if (typeof kept === 'string' && TEST_NAME.test(kept)) return kept
  const id = `h5-${randomHex(16)}`
  try {
    storage.set(DEVICE_ID_KEY, id)
  } catch {
    // full: the next run is another user, which is all a full storage allows
  }
  return id
}
