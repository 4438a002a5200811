// Switch the zone from the short list on the home page; the choice survives a reload; ?zone= deep links win.
import { assert, expectText, messages, open, reload, shot, tap, tapText, textOf } from '../lib.mjs'

export const name = 'zone'

const t = messages['zh-Hans']

export default async function zone(page) {
  await open(page, '/pages/home/index')
  assert.equal(await textOf(page, '.home__zone-name'), t['zone.jiangmen.name'], 'a fresh start shows the default zone')
  await shot(page, 'home')

  // 切换专区 opens the three zones in place (a short list, not a wheel)
  await tap(page, '.home__zone-switch')
  await shot(page, 'zone-list')
  await tapText(page, t['zone.shenjiang.name'], { exact: true })
  await expectText(page, t['zone.shenjiang.intro'])
  await expectText(page, t['zone.shenjiang.topic.commute'])
  assert.equal(await textOf(page, '.home__zone-name'), t['zone.shenjiang.name'])
  await shot(page, 'shenjiang')

  await reload(page)
  assert.equal(await textOf(page, '.home__zone-name'), t['zone.shenjiang.name'], 'the zone survives a reload')

  await open(page, '/pages/home/index?zone=zhongjiang')
  await expectText(page, t['zone.zhongjiang.intro'])
  assert.equal(await textOf(page, '.home__zone-name'), t['zone.zhongjiang.name'], 'a ?zone= link selects the zone')
  await shot(page, 'deep-link')
}
