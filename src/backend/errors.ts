// Errors crossing the data boundary carry a stable code; pages map codes to messages in the user's language.

export type BackendErrorCode =
  | 'not_found'
  | 'invalid'
  | 'conflict'
  | 'network'
  | 'timeout'
  | 'server'
  /** the device's storage is full: nothing was saved, and nothing stored before was lost */
  | 'storage'

export class BackendError extends Error {
  constructor(
    readonly code: BackendErrorCode,
    /** a message key, e.g. 'booking.slotFull' or 'case.unknown' */
    readonly reason: string = code
  ) {
    super(`${code}: ${reason}`)
    this.name = 'BackendError'
  }
}

export function isBackendError(e: unknown): e is BackendError {
  return e instanceof Error && e.name === 'BackendError' && 'code' in e && 'reason' in e
}

/**
 * The backend answered and said no to this request (a wrong field, a full slot, a missing item): sending it
 * again unchanged gets the same answer, so it goes back to the user and, once corrected, is a new request.
 * Anything else (network, timeout, server) may pass on a retry with the same idempotency key.
 */
export function isRefusal(e: unknown): e is BackendError {
  return isBackendError(e) && (e.code === 'invalid' || e.code === 'conflict' || e.code === 'not_found')
}
