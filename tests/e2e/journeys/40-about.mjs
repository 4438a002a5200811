// 关于 (from 我的) states that the built-in data is sample data; 隐私政策与授权 shows the policy and consent
// is remembered.
import { assert, expectText, messages, open, reload, shot, tapText, textOf, waitForRoute } from '../lib.mjs'

export const name = 'about'

const t = messages['zh-Hans']

export default async function about(page) {
  await open(page, '/pages/mine/index')
  await tapText(page, t['mine.about'], { exact: true })
  await waitForRoute(page, '/features/account/pages/about/index')
  await expectText(page, '示例数据')
  await expectText(page, t['about.sample'])
  await expectText(page, t['about.backend'].replace('{backend}', t['backend.embedded']))
  await shot(page, 'about')

  // the home page carries the short notice too
  await open(page, '/pages/home/index')
  await expectText(page, t['home.sampleNotice'])

  // privacy: agree once, 我的 says so, and it is remembered
  await open(page, '/pages/mine/index')
  await expectText(page, t['mine.notConsented'])
  await tapText(page, t['mine.privacy'], { exact: true })
  await waitForRoute(page, '/features/account/pages/privacy/index')
  await expectText(page, t['privacy.body1'])
  await shot(page, 'privacy')
  await tapText(page, t['privacy.agree'], { exact: true })
  await waitForRoute(page, '/pages/mine/index')
  await expectText(page, t['mine.consented'])
  await reload(page)
  assert.equal(await textOf(page, '.mine__consent'), t['mine.consented'], 'consent survives a reload')
}
