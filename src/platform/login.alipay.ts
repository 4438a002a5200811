import type { LoginCode } from './login'

export type { LoginCode } from './login'

// Alipay's silent authorisation (auth_base asks the user nothing) gives an auth code, which the server exchanges
// for the user's id (alipay.system.oauth.token): called on `my` directly, as Taro has no wrapper for it.
declare const my: {
  getAuthCode(option: {
    scopes: string | string[]
    success: (res: { authCode?: string }) => void
    fail: (err: unknown) => void
  }): void
}

export function platformLoginCode(): Promise<LoginCode> {
  return new Promise((resolve, reject) => {
    my.getAuthCode({
      scopes: 'auth_base',
      success: ({ authCode }) =>
        authCode ? resolve({ provider: 'alipay', code: authCode }) : reject(new Error('login: no code')),
      fail: reject
    })
  })
}
