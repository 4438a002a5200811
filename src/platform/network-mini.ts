import Taro from '@tarojs/taro'

// Network state on WeChat and Alipay, shared by network.weapp.ts and network.alipay.ts.

/** WeChat reports networkType 'none' offline; Alipay 'NOTREACHABLE' and a networkAvailable flag */
export function isConnectedResult(res: {
  networkType?: unknown
  networkAvailable?: unknown
  isConnected?: unknown
}): boolean {
  if (typeof res.isConnected === 'boolean') return res.isConnected
  if (typeof res.networkAvailable === 'boolean') return res.networkAvailable
  const type = typeof res.networkType === 'string' ? res.networkType.toLowerCase() : ''
  return type !== 'none' && type !== 'notreachable'
}

export async function isOnline(): Promise<boolean> {
  try {
    return isConnectedResult(await Taro.getNetworkType())
  } catch {
    // unknown: let the request itself fail rather than block the user
    return true
  }
}

/** calls back with the new state on every change; returns the unsubscribe */
export function onNetworkChange(cb: (online: boolean) => void): () => void {
  let active = true
  const listener = (res: Taro.onNetworkStatusChange.CallbackResult): void => {
    if (active) cb(isConnectedResult(res))
  }
  Taro.onNetworkStatusChange(listener)
  return () => {
    active = false
    // offNetworkStatusChange exists from WeChat base library 2.9.3; before it the listener stays, muted
    if (typeof Taro.offNetworkStatusChange === 'function') Taro.offNetworkStatusChange(listener)
  }
}
