import type { BackendError } from '@/backend/errors'

/** the error a call that must fail fails with; a call that succeeds fails the test */
export async function failure(p: Promise<unknown>): Promise<BackendError> {
  try {
    await p
  } catch (e) {
    return e as BackendError
  }
  throw new Error('expected a failure')
}
