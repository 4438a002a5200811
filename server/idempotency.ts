// Idempotency-Key: the first successful answer is stored under (principal, operation, key) in the same transaction
// that did the work, and every repeat answers it. A concurrent repeat waits on the key's row (the primary key's
// lock) until the first commits, then reads its answer; a refusal or a failure rolls the row back with the rest,
// so the repeat is tried afresh, as docs/api.md says.
import type { Database, Queryable } from './db'
import { invalid } from './http/errors'

export interface KeyedCall {
  principal: string
  /** the route's name, e.g. 'booking.create' */
  operation: string
  key: string
  /** what the call acts on (a booking's id for a cancel): the key answers only for the same target */
  target: string
  /** the refusal when the key was used on another target */
  mismatch?: string
}

export async function once<T>(db: Database, call: KeyedCall, run: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const claimed = await tx.query(
      `INSERT INTO idempotency_keys (principal, operation, key, target, status, answer)
       VALUES ($1, $2, $3, $4, 0, 'null') ON CONFLICT DO NOTHING RETURNING 1`,
      [call.principal, call.operation, call.key, call.target]
    )
    if (claimed.rowCount === 0) {
      const { rows } = await tx.query<{ target: string; answer: T }>(
        'SELECT target, answer FROM idempotency_keys WHERE principal = $1 AND operation = $2 AND key = $3',
        [call.principal, call.operation, call.key]
      )
      if (rows[0].target !== call.target) throw invalid(call.mismatch ?? 'idempotencyKey')
      return rows[0].answer
    }
    const answer = await run(tx)
    await tx.query(
      'UPDATE idempotency_keys SET status = 200, answer = $4 WHERE principal = $1 AND operation = $2 AND key = $3',
      [call.principal, call.operation, call.key, JSON.stringify(answer)]
    )
    return answer
  })
}

/** the key of a request: the header, which must equal the body's idempotencyKey where the body carries one */
export function requestKey(header: unknown, bodyKey?: unknown): string {
  if (typeof header !== 'string' || header === '' || header.length > 200) throw invalid('idempotencyKey')
  if (bodyKey !== undefined && bodyKey !== header) throw invalid('idempotencyKey')
  return header
}
