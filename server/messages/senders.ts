// The platforms' subscribe-message send APIs behind one interface, as the login providers are. A send answers
// what the platform said: sent, or not sent (the platform answered with an error, or the connection was refused
// before any request left) and whether a later try may pass. When the answer cannot be known (a timeout or a
// connection lost after the request went out), `send` throws `SendUnknown`: the message may have been delivered,
// and the send-once protocol (server/messages/send.ts) never sends it again.

export type MessageProvider = 'wechat' | 'alipay'

export interface OutgoingMessage {
  /** the platform's id of the person: WeChat's openid, Alipay's user id or open id */
  to: string
  templateId: string
  /** the mini-program page the message opens, without a leading slash */
  page: string
  /** the template's fields: key → value */
  data: Record<string, string>
}

export type SendOutcome =
  { sent: true; platformId?: string } | { sent: false; retry: boolean; reason: string; subscriptionUsed?: boolean }

export interface MessageSender {
  readonly provider: MessageProvider
  send(message: OutgoingMessage): Promise<SendOutcome>
}

export class SendUnknown extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'SendUnknown'
  }
}

/** the request never reached the platform: nothing can have been delivered */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH'])

export type HttpResult = { ok: true; status: number; text: string } | { ok: false; reachedPlatform: boolean }

/** one request: its answer, or whether it failed before reaching the platform (then surely not delivered) */
export async function request(url: string, init: RequestInit, timeoutMs: number): Promise<HttpResult> {
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    return { ok: true, status: res.status, text: await res.text() }
  } catch (e) {
    const code = (e as { cause?: { code?: unknown } })?.cause?.code
    return { ok: false, reachedPlatform: !(typeof code === 'string' && NOT_SENT_CODES.has(code)) }
  }
}

export const parseJson = (text: string): any => {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** a template value the platforms accept: WeChat's thing fields take 20 characters, phrase 5 */
export const clip = (value: string, max: number) => Array.from(value).slice(0, max).join('')
