import Taro from '@tarojs/taro'
import { deviceStorage } from '@/platform/storage'
import { platformLoginCode } from '@/platform/login'
import { API_BASE } from '../config'
import { createSession, TransportFailure, withSession, type Transport } from './client'

const send: Transport = async ({ method, url, headers, body, timeoutMs }) => {
  try {
    const res = await Taro.request({
      method,
      url,
      header: headers,
      data: body as any,
      timeout: timeoutMs,
      dataType: 'json'
    })
    return { status: res.statusCode, body: res.data }
  } catch (e) {
    const message = String((e as { errMsg?: string })?.errMsg ?? e)
    throw new TransportFailure(/timeout/i.test(message) ? 'timeout' : 'network')
  }
}

/**
 * The app's transport, carrying the app's session: the platform's login (platform/login), the token kept in
 * device storage. Pure, so an embedded build that never uses it leaves it out.
 */
export const taroTransport: Transport = /* @__PURE__ */ withSession(
  send,
  /* @__PURE__ */ createSession({ base: API_BASE, transport: send, login: platformLoginCode, storage: deviceStorage })
)
