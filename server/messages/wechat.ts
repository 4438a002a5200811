// WeChat's subscribe message: POST /cgi-bin/message/subscribe/send?access_token=…, with the mini-program's access
// token kept in memory until five minutes before it expires (one fetch at a time; a token WeChat calls invalid is
// fetched again once). The token comes from POST /cgi-bin/stable_token by default: every caller gets the same token
// until it expires, so N server processes never invalidate each other's; `tokenApi: 'token'` takes GET
// /cgi-bin/token instead, whose every fetch replaces the last one (five minutes later the old one is refused).
// WeChat has no idempotency key for a send: the once-only rule is the outbox's (send.ts), and a one-time
// subscription itself allows one message.
import { request, parseJson, SendUnknown, type MessageSender, type SendOutcome } from './senders'

export interface WechatMessageConfig {
  appId: string
  secret: string
  /** https://api.weixin.qq.com in production; a stand-in on 127.0.0.1 in tests */
  base: string
  /** formal, trial or developer: which version of the mini-program the message opens */
  state?: 'formal' | 'trial' | 'developer'
  /** where the access token comes from: stable_token (shared by every process, the default) or token */
  tokenApi?: 'stable' | 'token'
  timeoutMs?: number
  /** the token cache's clock: real time */
  clock?: () => number
}

/** the token is refused: fetch another and send once more */
const TOKEN_INVALID = new Set([40001, 40014, 42001])
/** the user has no subscription left for this template (refused, or the one-time grant is used) */
const NO_SUBSCRIPTION = 43101
/** errors no retry can mend: a wrong openid, template or field, a template the user cannot get */
const PERMANENT = new Set([40003, 40037, 41030, 47003, 43107])

export function wechatSender(config: WechatMessageConfig): MessageSender {
  const { appId, secret, base, state = 'formal', tokenApi = 'stable', timeoutMs = 5000, clock = Date.now } = config
  let cached: { token: string; until: number } | undefined
  let pending: Promise<string | null> | undefined

  async function fetchToken(forceRefresh: boolean): Promise<string | null> {
    const q = new URLSearchParams({ grant_type: 'client_credential', appid: appId, secret })
    const res =
      tokenApi === 'token'
        ? await request(`${base}/cgi-bin/token?${q}`, { method: 'GET' }, timeoutMs)
        : await request(
            `${base}/cgi-bin/stable_token`,
            {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              // force_refresh only once WeChat has refused the token it gave: it ends the token for every caller
              body: JSON.stringify({
                grant_type: 'client_credential',
                appid: appId,
                secret,
                force_refresh: forceRefresh
              })
            },
            timeoutMs
          )
    const json = res.ok && res.status === 200 ? parseJson(res.text) : undefined
    if (typeof json?.access_token !== 'string' || json.access_token === '') return null
    const seconds = Number(json.expires_in) || 7200
    cached = { token: json.access_token, until: clock() + Math.max(60, seconds - 300) * 1000 }
    return cached.token
  }

  /** the cached token, or one fetched now (concurrent sends share one fetch); null when WeChat gives none */
  function token(fresh = false): Promise<string | null> {
    if (!fresh && cached && cached.until > clock()) return Promise.resolve(cached.token)
    if (fresh) cached = undefined
    pending ??= fetchToken(fresh).finally(() => (pending = undefined))
    return pending
  }

  async function sendWith(accessToken: string, body: string): Promise<SendOutcome | 'tokenInvalid'> {
    const url = `${base}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(accessToken)}`
    const res = await request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }, timeoutMs)
    if (!res.ok) {
      if (res.reachedPlatform) throw new SendUnknown('wechat: no answer')
      return { sent: false, retry: true, reason: 'wechat.unreachable' }
    }
    if (res.status === 503) return { sent: false, retry: true, reason: 'wechat.unavailable' }
    const json = parseJson(res.text)
    if (res.status !== 200 || json === undefined) throw new SendUnknown(`wechat: HTTP ${res.status}`)
    const code = Number(json.errcode ?? 0)
    if (code === 0) return { sent: true, platformId: json.msgid === undefined ? undefined : String(json.msgid) }
    if (TOKEN_INVALID.has(code)) return 'tokenInvalid'
    if (code === NO_SUBSCRIPTION) return { sent: false, retry: false, reason: 'wechat.43101', subscriptionUsed: true }
    return { sent: false, retry: !PERMANENT.has(code), reason: `wechat.${code}` }
  }

  return {
    provider: 'wechat',
    async send(message) {
      const body = JSON.stringify({
        touser: message.to,
        template_id: message.templateId,
        page: message.page,
        miniprogram_state: state,
        lang: 'zh_CN',
        data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }]))
      })
      for (let attempt = 0; attempt < 2; attempt++) {
        const accessToken = await token(attempt > 0)
        if (!accessToken) return { sent: false, retry: true, reason: 'wechat.token' }
        const outcome = await sendWith(accessToken, body)
        if (outcome !== 'tokenInvalid') return outcome
      }
      return { sent: false, retry: true, reason: 'wechat.token' }
    }
  }
}
