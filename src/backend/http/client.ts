// The HTTP client behind the HTTP backend: timeouts, retries only for idempotent calls, and every
// failure mapped to a BackendError with a stable code. The contract is docs/api.md.
import { BackendError, type BackendErrorCode } from '../errors'

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
export type Transport = (request: HttpRequest) => Promise<HttpResponse>

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

const retryable = (e: unknown) => e instanceof TransportFailure || (e instanceof BackendError && e.code === 'server')

export type HttpClient = <T>(method: HttpMethod, path: string, options?: CallOptions) => Promise<T>

export function createHttpClient({
  base,
  transport,
  timeoutMs = 8000,
  retries = 2,
  sleep = defaultSleep
}: ClientOptions): HttpClient {
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

    for (let attempt = 0; ; attempt++) {
      try {
        const response = await transport(request)
        if (response.status >= 200 && response.status < 300) return response.body as T
        throw errorFromResponse(response)
      } catch (e) {
        if (idempotent && attempt < retries && retryable(e)) {
          await sleep(200 * 2 ** attempt)
          continue
        }
        if (e instanceof TransportFailure) throw new BackendError(e.kind)
        if (e instanceof BackendError) throw e
        throw new BackendError('server')
      }
    }
  }
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
