// Alipay's customised tab bar (`tabBar.customize`, which Taro writes from `tabBar.custom`): the same component
export { default } from '../custom-tab-bar'
