import Taro from '@tarojs/taro'
import { TransportFailure, type Transport } from './client'

export const taroTransport: Transport = async ({ method, url, headers, body, timeoutMs }) => {
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
