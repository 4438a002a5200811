// The gate systems' device keys: each sight's turnstiles report their visitor count with a key of that sight, given
// to the server in VISITOR_KEYS as `sightId=key` pairs separated by commas (several keys per sight, for several
// gates or a rotation). The server keeps only each key's SHA-256, looked up as session tokens are; a key opens
// nothing but its own sight's count.
import type { FastifyRequest } from 'fastify'
import { forbidden, unauthorized } from '../http/errors'
import { bearer, tokenHash } from './tokens'

/** SHA-256 of a key → the sight it reports for */
export type VisitorKeys = ReadonlyMap<string, string>

/** at least 32 characters of base64url (e.g. 32 random bytes, 43 characters): never guessable */
const KEY = /^[A-Za-z0-9_-]{32,100}$/
const SIGHT = /^[a-z0-9-]{1,100}$/

/** VISITOR_KEYS read; a malformed pair or a key given twice stops the server before it listens */
export function parseVisitorKeys(spec: string | undefined): VisitorKeys {
  const keys = new Map<string, string>()
  for (const pair of (spec ?? '').split(',').map((p) => p.trim())) {
    if (!pair) continue
    const at = pair.indexOf('=')
    const sight = pair.slice(0, at)
    const key = pair.slice(at + 1)
    // the message names the sight only: the key itself never reaches a log
    if (at < 1 || !SIGHT.test(sight)) throw new Error('VISITOR_KEYS: each entry is sightId=key')
    if (!KEY.test(key))
      throw new Error(`VISITOR_KEYS: the key of ${sight} needs 32 to 100 characters of A–Z a–z 0–9 _ -`)
    const hash = tokenHash(key)
    if (keys.has(hash)) throw new Error(`VISITOR_KEYS: a key of ${sight} is given twice`)
    keys.set(hash, sight)
  }
  return keys
}

/**
 * The sight a request's `Authorization: Bearer <key>` reports for, which must be `sightId`: no key or an unknown one
 * is 401 `visitors.key.required`, a key of another sight 403 `visitors.key.sight`.
 */
export function requireVisitorKey(keys: VisitorKeys, req: FastifyRequest, sightId: string): void {
  const key = bearer(req.headers.authorization)
  const sight = key === undefined ? undefined : keys.get(tokenHash(key))
  if (sight === undefined) throw unauthorized('visitors.key.required')
  if (sight !== sightId) throw forbidden('visitors.key.sight')
}
