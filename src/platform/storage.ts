import Taro from '@tarojs/taro'
import { StorageFullError, type KeyValueStorage } from './key-value'

// Device storage through Taro: WeChat/Alipay storage on mini-programs, localStorage on H5.
export const deviceStorage: KeyValueStorage = {
  get(key) {
    const value = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  },
  set(key, value) {
    // WeChat and H5 throw when storage is full; Alipay answers with an error instead
    const result = Taro.setStorageSync(key, value) as unknown
    if (typeof result === 'object' && result !== null && 'error' in result) throw new StorageFullError()
  },
  remove(key) {
    Taro.removeStorageSync(key)
  }
}
