import Taro from '@tarojs/taro'
import type { KeyValueStorage } from '@/backend/storage/key-value'

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
