import Taro from '@tarojs/taro'
import { clampScale, type SystemFacts } from './system-facts'

// WeChat reports the user's font size choice as fontSizeScaleFactor in getAppBaseInfo.
export function readSystemFacts(): SystemFacts {
  try {
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; language?: string }
    return { fontScale: clampScale(info.fontSizeScaleFactor), language: info.language }
  } catch {
    return { fontScale: 1, language: undefined }
  }
}
