// Alipay's subscribe message: alipay.open.app.mini.templatemessage.send through the gateway, the request signed
// RSA2 with the app's key and the answer's signature checked with Alipay's, as the login provider does. Alipay
// offers no idempotency key for it either: the once-only rule is the outbox's (send.ts).
import { createSign, createVerify } from 'node:crypto'
import { alipaySigningString } from '../auth/providers'
import { request, parseJson, SendUnknown, type MessageSender } from './senders'

export interface AlipayMessageConfig {
  appId: string
  privateKey: string
  alipayPublicKey?: string
  /** https://openapi.alipay.com/gateway.do in production; a stand-in on 127.0.0.1 in tests */
  gateway: string
  timeoutMs?: number
  /** the gateway timestamp's clock: real time */
  clock?: () => number
}

export const ALIPAY_SEND_METHOD = 'alipay.open.app.mini.templatemessage.send'
const RESPONSE_KEY = 'alipay_open_app_mini_templatemessage_send_response'

/** 'yyyy-MM-dd HH:mm:ss' in Beijing time, as the gateway wants its timestamp */
const beijingTimestamp = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')

/** an Alipay user id (2088 and 12 digits); anything else the login gave is an open id */
const isUserId = (subject: string) => /^2088\d{12}$/.test(subject)

export function alipaySender(config: AlipayMessageConfig): MessageSender {
  const { appId, privateKey, alipayPublicKey, gateway, timeoutMs = 5000, clock = Date.now } = config
  return {
    provider: 'alipay',
    async send(message) {
      const biz = {
        [isUserId(message.to) ? 'to_user_id' : 'to_open_id']: message.to,
        user_template_id: message.templateId,
        page: message.page,
        data: JSON.stringify(Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])))
      }
      const params: Record<string, string> = {
        app_id: appId,
        method: ALIPAY_SEND_METHOD,
        format: 'JSON',
        charset: 'utf-8',
        sign_type: 'RSA2',
        timestamp: beijingTimestamp(clock()),
        version: '1.0',
        biz_content: JSON.stringify(biz)
      }
      params.sign = createSign('RSA-SHA256').update(alipaySigningString(params), 'utf8').sign(privateKey, 'base64')
      const res = await request(
        gateway,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
          body: new URLSearchParams(params).toString()
        },
        timeoutMs
      )
      if (!res.ok) {
        if (res.reachedPlatform) throw new SendUnknown('alipay: no answer')
        return { sent: false, retry: true, reason: 'alipay.unreachable' }
      }
      if (res.status === 503) return { sent: false, retry: true, reason: 'alipay.unavailable' }
      const json = parseJson(res.text)
      const answer = json?.[RESPONSE_KEY] ?? json?.error_response
      if (res.status !== 200 || !answer) throw new SendUnknown(`alipay: HTTP ${res.status}`)
      if (alipayPublicKey) {
        // the signed content is the answer object exactly as sent, between its key and ',"sign"'
        const key = json[RESPONSE_KEY] ? RESPONSE_KEY : 'error_response'
        const start = res.text.indexOf('{', res.text.indexOf(`"${key}"`))
        const end = res.text.lastIndexOf(',"sign"')
        const ok =
          start > 0 &&
          end > start &&
          typeof json.sign === 'string' &&
          createVerify('RSA-SHA256')
            .update(res.text.slice(start, end), 'utf8')
            .verify(alipayPublicKey, json.sign, 'base64')
        // an answer nobody can vouch for says nothing about the send
        if (!ok) throw new SendUnknown('alipay: answer not signed by Alipay')
      }
      const code = String(answer.code ?? '')
      if (code === '10000') return { sent: true }
      const reason = `alipay.${code}${answer.sub_code ? `.${answer.sub_code}` : ''}`
      // 20000: the service is unavailable now; 4xxxx: the request itself is refused (template, user, permission)
      return { sent: false, retry: !code.startsWith('4'), reason }
    }
  }
}
