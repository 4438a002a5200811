import Taro from '@tarojs/taro'

/** synchronous key-value storage: Taro storage on devices, a Map in tests and in the reference server */
export interface KeyValueStorage {
  get(key: string): unknown
  set(key: string, value: unknown): void
  remove(key: string): void
}

// Device storage through Taro: WeChat/Alipay storage on mini-programs, localStorage on H5.
export const deviceStorage: KeyValueStorage = {
  get(key) {
    const value = Taro.getStorageSync(key)
    return value === '' ? undefined : value
  },
  set(key, value) {
    Taro.setStorageSync(key, value)
  },
  remove(key) {
    Taro.removeStorageSync(key)
  }
}
