// Platform login behind one interface: the app sends what its platform gave it (WeChat's Taro.login code,
// Alipay's my.getAuthCode auth code, or the test provider's name on H5 and in tests) and the provider answers who
// that is. The platform's own keys (WeChat's session_key, Alipay's access token) are never kept.
import { createSign, createVerify } from 'node:crypto'
import { HttpError } from '../http/errors'

export type ProviderId = 'wechat' | 'alipay' | 'test'

export interface LoginProvider {
  readonly id: ProviderId
  /** the platform's stable id of the person (openid, Alipay user id); refuses a code the platform refused */
  exchange(code: string): Promise<string>
}

const refused = () => new HttpError(401, 'unauthorized', 'login.refused')
const unreachable = () => new HttpError(502, 'server', 'login.platformUnavailable')

async function fetchJson(url: string, init: RequestInit, timeoutMs: number): Promise<{ text: string; json: any }> {
  let res: Response
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  } catch {
    throw unreachable()
  }
  const text = await res.text()
  if (!res.ok) throw unreachable()
  try {
    return { text, json: JSON.parse(text) }
  } catch {
    throw unreachable()
  }
}

export interface WechatConfig {
  appId: string
  secret: string
  /** https://api.weixin.qq.com in production; a stand-in on 127.0.0.1 in tests */
  base: string
  timeoutMs?: number
}

/**
 * The mini-programs' own credentials from the environment, for login and for status messages alike: WeChat with
 * WECHAT_APPID and WECHAT_SECRET (WECHAT_API for another base), Alipay with ALIPAY_APPID and ALIPAY_PRIVATE_KEY
 * (ALIPAY_PUBLIC_KEY checks its answers, ALIPAY_GATEWAY for another gateway); an app without them is not offered.
 */
export function platformAppsFromEnv(env: Record<string, string | undefined>): {
  wechat?: WechatConfig
  alipay?: AlipayConfig
} {
  return {
    ...(env.WECHAT_APPID && env.WECHAT_SECRET
      ? {
          wechat: {
            appId: env.WECHAT_APPID,
            secret: env.WECHAT_SECRET,
            base: env.WECHAT_API ?? 'https://api.weixin.qq.com'
          }
        }
      : {}),
    ...(env.ALIPAY_APPID && env.ALIPAY_PRIVATE_KEY
      ? {
          alipay: {
            appId: env.ALIPAY_APPID,
            privateKey: env.ALIPAY_PRIVATE_KEY,
            alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
            gateway: env.ALIPAY_GATEWAY ?? 'https://openapi.alipay.com/gateway.do'
          }
        }
      : {})
  }
}

/** WeChat's code2session: GET /sns/jscode2session; the answer's openid is the person within this mini-program */
export function wechatProvider({ appId, secret, base, timeoutMs = 5000 }: WechatConfig): LoginProvider {
  return {
    id: 'wechat',
    async exchange(code) {
      const q = new URLSearchParams({ appid: appId, secret, js_code: code, grant_type: 'authorization_code' })
      const { json } = await fetchJson(`${base}/sns/jscode2session?${q}`, { method: 'GET' }, timeoutMs)
      if (json?.errcode) throw refused()
      if (typeof json?.openid !== 'string' || json.openid === '') throw refused()
      return json.openid
    }
  }
}

export interface AlipayConfig {
  appId: string
  /** the app's RSA private key (PEM): every gateway request is signed RSA2 */
  privateKey: string
  /** Alipay's public key (PEM): when given, the answer's signature is checked */
  alipayPublicKey?: string
  /** https://openapi.alipay.com/gateway.do in production; a stand-in on 127.0.0.1 in tests */
  gateway: string
  timeoutMs?: number
}

/** the gateway's signing string: every parameter but sign, sorted by name, as name=value joined by & */
export function alipaySigningString(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'sign' && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&')
}

/** 'yyyy-MM-dd HH:mm:ss' in Beijing time, as the gateway wants its timestamp */
const beijingTimestamp = (at: number) => new Date(at + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ')

/** Alipay's auth-code exchange: alipay.system.oauth.token; the answer's user id (or open id) is the person */
export function alipayProvider(config: AlipayConfig, now: () => number = Date.now): LoginProvider {
  const { appId, privateKey, alipayPublicKey, gateway, timeoutMs = 5000 } = config
  return {
    id: 'alipay',
    async exchange(code) {
      const params: Record<string, string> = {
        app_id: appId,
        method: 'alipay.system.oauth.token',
        format: 'JSON',
        charset: 'utf-8',
        sign_type: 'RSA2',
        timestamp: beijingTimestamp(now()),
        version: '1.0',
        grant_type: 'authorization_code',
        code
      }
      params.sign = createSign('RSA-SHA256').update(alipaySigningString(params), 'utf8').sign(privateKey, 'base64')
      const { text, json } = await fetchJson(
        gateway,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=utf-8' },
          body: new URLSearchParams(params).toString()
        },
        timeoutMs
      )
      const answer = json?.alipay_system_oauth_token_response
      if (!answer || json?.error_response) throw refused()
      if (alipayPublicKey) {
        // the signed content is the answer object exactly as sent, between its key and ',"sign"'
        const start = text.indexOf('{', text.indexOf('"alipay_system_oauth_token_response"'))
        const end = text.lastIndexOf(',"sign"')
        const ok =
          start > 0 &&
          end > start &&
          typeof json.sign === 'string' &&
          createVerify('RSA-SHA256').update(text.slice(start, end), 'utf8').verify(alipayPublicKey, json.sign, 'base64')
        if (!ok) throw unreachable()
      }
      const subject = answer.open_id ?? answer.user_id
      if (typeof subject !== 'string' || subject === '') throw refused()
      return subject
    }
  }
}

/**
 * For H5 and tests: the code is the person's name. Never on in production unless asked for (LOGIN_TEST=1): anyone
 * could be anyone with it.
 */
export function testProvider(): LoginProvider {
  return {
    id: 'test',
    async exchange(code) {
      if (!/^[A-Za-z0-9_.-]{1,64}$/.test(code)) throw refused()
      return code
    }
  }
}
