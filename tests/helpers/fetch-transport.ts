import { TransportFailure, type Transport } from '@/backend/http/client'

/** the HTTP backend's transport over node's fetch, for tests against the production server over 127.0.0.1 */
export const fetchTransport: Transport = async ({ method, url, headers, body, timeoutMs }) => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const res = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  } catch (e) {
    throw new TransportFailure((e as Error).name === 'AbortError' ? 'timeout' : 'network')
  } finally {
    clearTimeout(timer)
  }
}
