// Neutral default (H5 and tests): the browser's own online flag and events. navigator.onLine is
// only "has a network interface", not "the server answers": requests still need their own errors.

export async function isOnline(): Promise<boolean> {
  return typeof navigator === 'undefined' || navigator.onLine !== false
}

/** calls back with the new state on every change; returns the unsubscribe */
export function onNetworkChange(cb: (online: boolean) => void): () => void {
  if (typeof window === 'undefined') return () => undefined
  const online = (): void => cb(true)
  const offline = (): void => cb(false)
  window.addEventListener('online', online)
  window.addEventListener('offline', offline)
  return () => {
    window.removeEventListener('online', online)
    window.removeEventListener('offline', offline)
  }
}
