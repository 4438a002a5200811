// WeChat: Taro.getNetworkType / onNetworkStatusChange, shared with Alipay.
export { isOnline, onNetworkChange } from './network-mini'
