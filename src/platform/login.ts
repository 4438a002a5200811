import { deviceId } from './device-id'
import { deviceStorage } from './storage'

// Neutral default (H5 and tests): the web has no platform account, so the app signs in with the server's test
// provider under an id of this device (device-id.ts): the same browser is the same user at every login, another
// browser another one. login.weapp.ts and login.alipay.ts ask the platform instead.

/** what POST /auth/login takes: the platform's one-time code, or the test provider's user name */
export interface LoginCode {
  provider: 'wechat' | 'alipay' | 'test'
  code: string
}

export async function platformLoginCode(): Promise<LoginCode> {
  return { provider: 'test', code: deviceId(deviceStorage) }
}
