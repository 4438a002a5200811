import Taro from '@tarojs/taro'
import { clampScale, type SystemFacts } from './system-facts'

// Alipay reports fontSizeSetting, the body text size in px; 16 is its default.
export function readSystemFacts(): SystemFacts {
  try {
    const info = Taro.getSystemInfoSync() as { fontSizeSetting?: number; language?: string }
    const scale = typeof info.fontSizeSetting === 'number' ? info.fontSizeSetting / 16 : 1
    return { fontScale: clampScale(scale), language: info.language }
  } catch {
    return { fontScale: 1, language: undefined }
  }
}
