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
