// What every route module is given: the database, the clock, the sessions and the bundled reference data.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Locale } from '@/core/domain'
import type { Database } from './db'
import type { Sessions } from './auth/sessions'

export interface RouteContext {
  app: FastifyInstance
  db: Database
  now: () => number
  sessions: Sessions
}

export const localeOf = (req: FastifyRequest): Locale =>
  (req.query as Record<string, unknown>)?.locale === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans'

export const queryOf = (req: FastifyRequest) => (req.query ?? {}) as Record<string, string | undefined>

export const paramsOf = (req: FastifyRequest) => req.params as Record<string, string>

/** a random id with a prefix: not guessable, and never derived from who made the record */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10))
  return (
    prefix +
    Array.from(bytes, (b) => (b % 36).toString(36))
      .join('')
      .toUpperCase()
  )
}
