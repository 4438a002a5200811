// Every refusal leaves the server as docs/api.md says: a status and { error: { code, reason } }.
import { isBackendError } from '@/backend/errors'
import { DatabaseUnavailable } from '../db'

export type ErrorCode =
  'invalid' | 'not_found' | 'conflict' | 'unauthorized' | 'forbidden' | 'rate_limited' | 'server' | 'unavailable'

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly reason: string
  ) {
    super(`${status} ${code}: ${reason}`)
    this.name = 'HttpError'
  }
}

export const invalid = (reason: string) => new HttpError(400, 'invalid', reason)
export const unauthorized = (reason = 'session.required') => new HttpError(401, 'unauthorized', reason)
export const forbidden = (reason: string) => new HttpError(403, 'forbidden', reason)
export const notFound = (reason: string) => new HttpError(404, 'not_found', reason)
export const conflict = (reason: string) => new HttpError(409, 'conflict', reason)

const BACKEND_STATUS: Record<string, [number, ErrorCode]> = {
  invalid: [400, 'invalid'],
  not_found: [404, 'not_found'],
  conflict: [409, 'conflict']
}

/** fastify's own refusals (body, content type, URL) in the contract's words */
const FASTIFY_REASONS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'body.tooLarge',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'body.contentType',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'body.length',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'body.empty',
  FST_ERR_CTP_INVALID_JSON_BODY: 'json',
  FST_ERR_BAD_URL: 'url'
}

/** the status and body of any error a handler or fastify raised; unknown ones are 500 and say nothing more */
export function errorAnswer(e: unknown): [number, { error: { code: string; reason: string } }] {
  if (e instanceof HttpError) return [e.status, { error: { code: e.code, reason: e.reason } }]
  // the database is stopped, restarting or out of reach: a retry soon may pass (Retry-After)
  if (e instanceof DatabaseUnavailable) return [503, { error: { code: 'unavailable', reason: 'database.unavailable' } }]
  if (isBackendError(e) && BACKEND_STATUS[e.code]) {
    const [status, code] = BACKEND_STATUS[e.code]
    return [status, { error: { code, reason: e.reason } }]
  }
  const fastifyCode = (e as { code?: unknown })?.code
  const status = (e as { statusCode?: unknown })?.statusCode
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const reason =
      (typeof fastifyCode === 'string' && FASTIFY_REASONS[fastifyCode]) ||
      (e instanceof SyntaxError ? 'json' : 'request')
    const code: ErrorCode = status === 404 ? 'not_found' : 'invalid'
    return [status, { error: { code, reason } }]
  }
  return [500, { error: { code: 'server', reason: 'server' } }]
}
