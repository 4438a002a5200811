// Alipay: Taro passes getNetworkType / onNetworkStatusChange through to my.*, shared with WeChat.
export { isOnline, onNetworkChange } from './network-mini'
