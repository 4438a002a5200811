// The HTTP client behind the HTTP backend: timeouts, retries only for idempotent calls, the resident's session on
// the calls that need one, and every failure mapped to a BackendError with a stable code. The contract is
// docs/api.md.
import type { KeyValueStorage } from '@/platform/key-value'
import type { LoginCode } from '@/platform/login'
import { BackendError, type BackendErrorCode } from '../errors'
import { loginBody } from './bodies'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface HttpRequest {
  method: HttpMethod
  url: string
  headers: Record<string, string>
  body?: unknown
  timeoutMs: number
}

export interface HttpResponse {
  status: number
  body: unknown
}

/** performs one request; rejects with TransportFailure when no HTTP response arrived */
export interface Transport {
  (request: HttpRequest): Promise<HttpResponse>
  /** the session of the app this transport serves: every client over it that brings none of its own uses it */
  readonly session?: Session
}

export class TransportFailure extends Error {
  constructor(readonly kind: 'network' | 'timeout') {
    super(kind)
    this.name = 'TransportFailure'
  }
}

export interface ClientOptions {
  base: string
  transport: Transport
  timeoutMs?: number
  /** extra attempts for idempotent calls */
  retries?: number
  sleep?: (ms: number) => Promise<void>
  /** signs the calls that need a session in (the transport's session when not given; without either, none) */
  session?: Session
}

export interface CallOptions {
  query?: Record<string, string | number | boolean | undefined>
  body?: unknown
  /** makes a POST safe to retry: the server answers a repeated key with the first result */
  idempotencyKey?: string
}

const STATUS_CODES: Record<number, BackendErrorCode> = {
  400: 'invalid',
  404: 'not_found',
  409: 'conflict',
  422: 'invalid'
}

function errorFromResponse(response: HttpResponse): BackendError {
  const payload = (response.body as { error?: { code?: string; reason?: string } } | null)?.error
  const code = (STATUS_CODES[response.status] ?? 'server') as BackendErrorCode
  return new BackendError(code, typeof payload?.reason === 'string' ? payload.reason : code)
}

/** a failure that may pass on a repeat: no answer, or a 5xx (a 401, 403 or 429 is an answer that stands) */
class ServerFailure extends Error {
  constructor(readonly error: BackendError) {
    super(error.message)
  }
}

const retryable = (e: unknown) => e instanceof TransportFailure || e instanceof ServerFailure

/** the routes behind a resident's session (docs/api.md, "Sessions and office login") */
const needsSession = (path: string) => path === '/me' || path.startsWith('/me/')

/** the refusals that mean "sign in again": no token, or one the server no longer takes */
const SESSION_REFUSALS = new Set(['session.required', 'session.expired'])

export type HttpClient = <T>(method: HttpMethod, path: string, options?: CallOptions) => Promise<T>

export function createHttpClient({
  base,
  transport,
  timeoutMs = 8000,
  retries = 2,
  sleep = defaultSleep,
  session = transport.session
}: ClientOptions): HttpClient {
  /** one call with its retries; a 401 is returned, not thrown, so the caller can sign in again */
  async function send(request: HttpRequest, idempotent: boolean): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        const response = await transport(request)
        if (response.status >= 200 && response.status < 300) return response
        if (response.status === 401) return response
        const error = errorFromResponse(response)
        throw response.status >= 500 ? new ServerFailure(error) : error
      } catch (e) {
        if (idempotent && attempt < retries && retryable(e)) {
          await sleep(200 * 2 ** attempt)
          continue
        }
        if (e instanceof TransportFailure) throw new BackendError(e.kind)
        if (e instanceof ServerFailure) throw e.error
        if (e instanceof BackendError) throw e
        throw new BackendError('server')
      }
    }
  }

  return async function call<T>(method: HttpMethod, path: string, options: CallOptions = {}): Promise<T> {
    const idempotent = method !== 'POST' || options.idempotencyKey !== undefined
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (options.body !== undefined) headers['Content-Type'] = 'application/json'
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey
    const request: HttpRequest = {
      method,
      url: base + path + queryString(options.query),
      headers,
      body: options.body,
      timeoutMs
    }
    const signed = (token: string): HttpRequest => ({
      ...request,
      headers: { ...headers, Authorization: `Bearer ${token}` }
    })

    const signedIn = session && needsSession(path) ? session : undefined
    let token = signedIn ? await signedIn.token() : undefined
    let response = await send(token === undefined ? request : signed(token), idempotent)
    // a 401 means the server did nothing, so even a POST without a key is safe to send once more, signed in anew
    if (signedIn && token !== undefined && response.status === 401 && SESSION_REFUSALS.has(reasonOf(response))) {
      token = await signedIn.renew(token)
      response = await send(signed(token), idempotent)
    }
    if (response.status === 401) throw errorFromResponse(response)
    return response.body as T
  }
}

const reasonOf = (response: HttpResponse) =>
  String((response.body as { error?: { reason?: unknown } } | null)?.error?.reason ?? '')

/** the resident's session: a token from POST /auth/login, kept with its expiry in device storage */
export interface Session {
  /** the kept token, or a new one when none is kept or it has expired (or is about to) */
  token(): Promise<string>
  /** the server refused `stale`: a new token, shared by every call refused the same one */
  renew(stale: string): Promise<string>
}

export interface SessionOptions {
  base: string
  /** the transport of the login request itself */
  transport: Transport
  /** what the platform gives the app to sign in with (platform/login) */
  login: () => Promise<LoginCode>
  storage: KeyValueStorage
  now?: () => number
  timeoutMs?: number
  /** a token this close to its expiry is renewed before use, so no call leaves with one about to lapse */
  marginMs?: number
}

interface KeptSession {
  /** the server it is good for: a token is never sent to another one */
  base: string
  token: string
  expiresAt: number
}

export const SESSION_KEY = 'http:session:v1'

export function createSession({
  base,
  transport,
  login,
  storage,
  now = Date.now,
  timeoutMs = 8000,
  marginMs = 60_000
}: SessionOptions): Session {
  let inFlight: Promise<string> | undefined
  /** the session when storage is full: kept in memory for this run of the app only */
  let fallback: KeptSession | undefined

  const kept = (): KeptSession | undefined => {
    const value = storage.get(SESSION_KEY) as Partial<KeptSession> | undefined
    const valid =
      typeof value === 'object' &&
      value !== null &&
      value.base === base &&
      typeof value.token === 'string' &&
      typeof value.expiresAt === 'number'
    return valid ? (value as KeptSession) : undefined
  }
  const fresh = (s: KeptSession | undefined) => s !== undefined && s.expiresAt - marginMs > now()

  async function signIn(): Promise<string> {
    let code: LoginCode
    try {
      code = await login()
    } catch (e) {
      throw e instanceof BackendError ? e : new BackendError('network', 'login.platform')
    }
    let response: HttpResponse
    try {
      response = await transport({
        method: 'POST',
        url: `${base}/auth/login`,
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: loginBody(code),
        timeoutMs
      })
    } catch (e) {
      throw e instanceof TransportFailure ? new BackendError(e.kind) : new BackendError('server')
    }
    if (response.status !== 200) throw errorFromResponse(response)
    const { token, expiresAt } = (response.body ?? {}) as Partial<KeptSession>
    if (typeof token !== 'string' || typeof expiresAt !== 'number') throw new BackendError('server', 'login.answer')
    try {
      storage.set(SESSION_KEY, { base, token, expiresAt })
    } catch {
      // storage full: the token still serves this run of the app, and the next one signs in again
      fallback = { base, token, expiresAt }
    }
    return token
  }

  const current = () => kept() ?? fallback

  /** one login at a time: every call that needs one while it runs waits for the same */
  const signInOnce = () => (inFlight ??= signIn().finally(() => (inFlight = undefined)))

  return {
    async token() {
      const s = current()
      return fresh(s) ? s!.token : signInOnce()
    },
    async renew(stale) {
      const s = current()
      if (s && s.token !== stale && fresh(s)) return s.token
      if (!inFlight) {
        storage.remove(SESSION_KEY)
        fallback = undefined
      }
      return signInOnce()
    }
  }
}

/** the transport with the app's session attached (see Transport.session) */
export function withSession(transport: Transport, session: Session): Transport {
  const send: Transport = (request) => transport(request)
  return Object.assign(send, { session })
}

function queryString(query: CallOptions['query']): string {
  const parts = Object.entries(query ?? {})
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
  return parts.length ? `?${parts.join('&')}` : ''
}

function defaultSleep(ms: number) {
  return new Promise<void>((resolve) => setTimeout(resolve, ms))
}
