// 网上办理渠道: the official online channels a guide offers, opened the platform's own way: another mini-program
// on WeChat / Alipay (app id and page path), the web page on H5 and wherever the host refuses.
// The web addresses are the public sites; the mini-program app ids and paths are SAMPLE DATA (marked `sample`),
// to be replaced with the ids the channels' operators publish for partner apps before release.
// 湾事通 is this app (its own 在线申办) and 粤智助 a self-service kiosk, so neither is here.
export const channels = [
  {
    key: 'gd',
    name: '广东政务服务网',
    url: 'https://www.gdzwfw.gov.cn/',
    alipay: { appId: '2021000000000001', path: 'pages/index/index' },
    sample: true
  },
  {
    key: 'yss',
    name: '粤省事',
    url: 'https://www.gdzwfw.gov.cn/portal/personal/theme',
    weapp: { appId: 'wx00000000000000a1', path: 'pages/index/index' },
    sample: true
  },
  {
    key: 'yst',
    name: '粤商通',
    url: 'https://www.gdzwfw.gov.cn/portal/legal/theme',
    weapp: { appId: 'wx00000000000000a2', path: 'pages/index/index' },
    sample: true
  },
  {
    key: 'yb',
    name: '江门易办事',
    url: 'https://www.jiangmen.gov.cn/',
    weapp: { appId: 'wx00000000000000a3', path: 'pages/index/index' },
    alipay: { appId: '2021000000000002', path: 'pages/index/index' },
    sample: true
  }
]
