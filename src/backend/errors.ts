// Errors crossing the data boundary carry a stable code; pages map codes to messages in the user's language.

export type BackendErrorCode = 'not_found' | 'invalid' | 'conflict' | 'network' | 'timeout' | 'server'

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
