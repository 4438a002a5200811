// Stand-ins on 127.0.0.1 for the platforms' login endpoints: WeChat's code2session and Alipay's gateway
// (alipay.system.oauth.token), answering as the real ones do for the codes they were told about.
import { createVerify, createSign, generateKeyPairSync } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { alipaySigningString } from '../../../server/auth/providers'

export interface StandIn {
  url: string
  /** every request it was sent: path and query, or the form's fields */
  requests: Record<string, string>[]
  close(): Promise<void>
}

async function listen(
  handler: (req: http.IncomingMessage, body: string, requests: Record<string, string>[]) => [number, string]
): Promise<StandIn> {
  const requests: Record<string, string>[] = []
  const server = http.createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    const [status, answer] = handler(req, body, requests)
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(answer)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve()))
  }
}

/** WeChat: each known code answers its openid (and a session_key the server must never pass on) */
export async function wechatStandIn(openids: Record<string, string>): Promise<StandIn> {
  return listen((req, _body, requests) => {
    const url = new URL(req.url ?? '/', 'http://x')
    requests.push({ path: url.pathname, ...Object.fromEntries(url.searchParams) })
    if (url.pathname !== '/sns/jscode2session') return [404, '{}']
    const openid = openids[url.searchParams.get('js_code') ?? '']
    if (!openid) return [200, JSON.stringify({ errcode: 40029, errmsg: 'invalid code' })]
    return [200, JSON.stringify({ openid, session_key: 'SECRET-SESSION-KEY' })]
  })
}

/** Alipay: checks the request's RSA2 signature with the app's public key and signs its answer with its own key */
export async function alipayStandIn(appPublicKey: string, userIds: Record<string, string>) {
  const own = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const alipayPublicKey = own.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const made = await listen((_req, body, requests) => {
    const params = Object.fromEntries(new URLSearchParams(body))
    requests.push(params)
    const signed = createVerify('RSA-SHA256')
      .update(alipaySigningString(params), 'utf8')
      .verify(appPublicKey, params.sign ?? '', 'base64')
    const userId = userIds[params.code ?? '']
    const content =
      signed && userId
        ? JSON.stringify({ user_id: userId, access_token: 'SECRET-TOKEN', expires_in: 1296000 })
        : JSON.stringify({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.code-invalid' })
    const key = signed && userId ? 'alipay_system_oauth_token_response' : 'error_response'
    const sign = createSign('RSA-SHA256').update(content, 'utf8').sign(own.privateKey, 'base64')
    return [200, `{"${key}":${content},"sign":"${sign}"}`]
  })
  return { ...made, alipayPublicKey }
}

export function appKeys() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString()
  }
}

/**
 * How a message stand-in answers each send, in order (then 'ok'): delivered; 'busy' answers the platform's
 * "system busy, nothing sent"; 'refused' the user's subscription is gone; 'drop' delivers the message and then
 * cuts the connection before answering (the answer lost on the way back).
 */
export type SendAnswer = 'ok' | 'busy' | 'refused' | 'drop'

export interface MessageStandIn extends StandIn {
  /** the messages delivered: who to, which template, the fields (key → value), the page */
  delivered: { to: string; templateId: string; data: Record<string, string>; page: string }[]
  /** answers for the next sends */
  answers: SendAnswer[]
}

async function listenMessages(
  handle: (
    req: http.IncomingMessage,
    body: string,
    delivered: MessageStandIn['delivered'],
    next: () => SendAnswer
  ) => [number, string] | 'drop'
): Promise<MessageStandIn> {
  const requests: Record<string, string>[] = []
  const delivered: MessageStandIn['delivered'] = []
  const answers: SendAnswer[] = []
  const server = http.createServer(async (req, res) => {
    let body = ''
    for await (const chunk of req) body += chunk
    const url = new URL(req.url ?? '/', 'http://x')
    requests.push({ path: url.pathname, ...Object.fromEntries(url.searchParams) })
    const answer = handle(req, body, delivered, () => answers.shift() ?? 'ok')
    if (answer === 'drop') {
      res.socket?.destroy()
      return
    }
    res.writeHead(answer[0], { 'Content-Type': 'application/json; charset=utf-8' })
    res.end(answer[1])
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    delivered,
    answers,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}

/**
 * WeChat: login (code2session for the codes it knows), access tokens (GET /cgi-bin/token, a new one each time;
 * POST /cgi-bin/stable_token, one for every caller until forced anew)
 * and subscribe messages (POST /cgi-bin/message/subscribe/send), refusing a token it never gave
 */
export async function wechatMessageStandIn(
  openids: Record<string, string>
): Promise<MessageStandIn & { revokeTokens(): void }> {
  const tokens = new Set<string>()
  let stable: string | undefined
  let stableCount = 0
  let tokenCount = 0
  const made = await listenMessages((req, body, delivered, next) => {
    const url = new URL(req.url ?? '/', 'http://x')
    if (url.pathname === '/sns/jscode2session') {
      const openid = openids[url.searchParams.get('js_code') ?? '']
      return [200, JSON.stringify(openid ? { openid, session_key: 'K' } : { errcode: 40029, errmsg: 'invalid code' })]
    }
    if (url.pathname === '/cgi-bin/token') {
      const ok = url.searchParams.get('appid') === 'wx-app' && url.searchParams.get('secret') === 'wx-secret'
      if (!ok) return [200, JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' })]
      const token = `token-${++tokenCount}`
      tokens.add(token)
      return [200, JSON.stringify({ access_token: token, expires_in: 7200 })]
    }
    if (url.pathname === '/cgi-bin/stable_token') {
      // the same token for every caller until it is forced anew, which ends the old one
      const asked = JSON.parse(body || '{}')
      if (asked.appid !== 'wx-app' || asked.secret !== 'wx-secret')
        return [200, JSON.stringify({ errcode: 40013, errmsg: 'invalid appid' })]
      if (asked.force_refresh || stable === undefined) {
        if (stable) tokens.delete(stable)
        stable = `stable-${++stableCount}`
        tokens.add(stable)
      }
      return [200, JSON.stringify({ access_token: stable, expires_in: 7200 })]
    }
    if (url.pathname !== '/cgi-bin/message/subscribe/send') return [404, '{}']
    if (!tokens.has(url.searchParams.get('access_token') ?? ''))
      return [200, JSON.stringify({ errcode: 40001, errmsg: 'invalid credential' })]
    const answer = next()
    if (answer === 'busy') return [200, JSON.stringify({ errcode: -1, errmsg: 'system error' })]
    if (answer === 'refused') return [200, JSON.stringify({ errcode: 43101, errmsg: 'user refuse to accept the msg' })]
    const message = JSON.parse(body)
    delivered.push({
      to: message.touser,
      templateId: message.template_id,
      page: message.page,
      data: Object.fromEntries(
        Object.entries(message.data as Record<string, { value: string }>).map(([k, v]) => [k, v.value])
      )
    })
    if (answer === 'drop') return 'drop'
    return [200, JSON.stringify({ errcode: 0, errmsg: 'ok', msgid: 1000 + delivered.length })]
  })
  // WeChat refusing every token it gave (expired early, ended by another caller's refresh)
  return { ...made, revokeTokens: () => tokens.clear() }
}

/**
 * Alipay's gateway: alipay.system.oauth.token for the codes it knows and alipay.open.app.mini.templatemessage.send,
 * each request's RSA2 signature checked with the app's public key and each answer signed with its own key
 */
export async function alipayMessageStandIn(appPublicKey: string, userIds: Record<string, string>) {
  const own = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const alipayPublicKey = own.publicKey.export({ type: 'spki', format: 'pem' }).toString()
  const signed = (key: string, content: string): [number, string] => {
    const sign = createSign('RSA-SHA256').update(content, 'utf8').sign(own.privateKey, 'base64')
    return [200, `{"${key}":${content},"sign":"${sign}"}`]
  }
  const made = await listenMessages((_req, body, delivered, next) => {
    const params = Object.fromEntries(new URLSearchParams(body))
    const valid = createVerify('RSA-SHA256')
      .update(alipaySigningString(params), 'utf8')
      .verify(appPublicKey, params.sign ?? '', 'base64')
    if (!valid)
      return signed(
        'error_response',
        JSON.stringify({ code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.invalid-signature' })
      )
    if (params.method === 'alipay.system.oauth.token') {
      const userId = userIds[params.code ?? '']
      if (!userId) return signed('error_response', JSON.stringify({ code: '40002', msg: 'Invalid Arguments' }))
      return signed('alipay_system_oauth_token_response', JSON.stringify({ user_id: userId, access_token: 'T' }))
    }
    const key = 'alipay_open_app_mini_templatemessage_send_response'
    if (params.method !== 'alipay.open.app.mini.templatemessage.send') return [404, '{}']
    const answer = next()
    if (answer === 'busy') return signed(key, JSON.stringify({ code: '20000', msg: 'Service Currently Unavailable' }))
    if (answer === 'refused')
      return signed(key, JSON.stringify({ code: '40004', msg: 'Business Failed', sub_code: 'USER_UNSUBSCRIBED' }))
    const biz = JSON.parse(params.biz_content)
    delivered.push({
      to: biz.to_user_id ?? biz.to_open_id,
      templateId: biz.user_template_id,
      page: biz.page,
      data: Object.fromEntries(
        Object.entries(JSON.parse(biz.data) as Record<string, { value: string }>).map(([k, v]) => [k, v.value])
      )
    })
    if (answer === 'drop') return 'drop'
    return signed(key, JSON.stringify({ code: '10000', msg: 'Success' }))
  })
  return { ...made, alipayPublicKey }
}
