import Taro from '@tarojs/taro'
import type { LoginCode } from './login'

export type { LoginCode } from './login'

/** WeChat's one-time login code, which the server exchanges for the user's openid (code2session) */
export async function platformLoginCode(): Promise<LoginCode> {
  const { code } = await Taro.login()
  if (!code) throw new Error('login: no code')
  return { provider: 'wechat', code }
}
