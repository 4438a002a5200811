import Taro from '@tarojs/taro'
import { isTabRoute } from '@/routes'

/** open a route from the route table; tab pages need switchTab on mini-programs */
export function go(url: string): void {
  if (isTabRoute(url)) {
    void Taro.switchTab({ url: url.split('?')[0] })
  } else {
    void Taro.navigateTo({ url })
  }
}
