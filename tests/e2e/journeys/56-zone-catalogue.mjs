// The 中江 zone: the catalogue lists 本专区可办 items (a switch shows 全部事项), a guide lists the Zhongshan hall
// first, and the navigation title names the zone.
import { assert, currentPage, expectText, open, shot, tapText, until } from '../lib.mjs'

export const name = 'zone-catalogue'

const count = async (page) => {
  const title = await currentPage(page).locator('.wst-section__title').first().innerText()
  return Number(title.match(/共 (\d+) 项/)?.[1])
}

export default async function (page) {
  await open(page, '/pages/home/index?zone=zhongjiang')
  await expectText(page, '中山、江门两地社保医保')

  await open(page, '/features/gov-services/pages/catalogue/index')
  await expectText(page, '本专区可办：中山、江门两地均可办理的事项')
  const zoneCount = await count(page)
  await expectText(page, '住房公积金提取（租房）')
  const barTitle = page.locator('#taro-navigation-bar .taro-navigation-bar-title')
  await until(async () => (await barTitle.innerText()).includes('中江专区'), { message: 'the title names the zone' })
  await shot(page, 'zone-only')

  await tapText(page, '全部事项', { exact: true })
  await until(async () => (await count(page)) > zoneCount, { message: '全部事项 lists more items' })
  await expectText(page, '本专区不可办')
  await shot(page, 'all-items')
  await tapText(page, '本专区可办', { exact: true })
  await until(async () => (await count(page)) === zoneCount, { message: 'back to 本专区可办' })

  await open(page, '/features/gov-services/pages/guide/index?id=svc-0004')
  await expectText(page, '办理大厅')
  const halls = await currentPage(page).locator('.guide-hall__name').allInnerTexts()
  assert.equal(halls[0], '中山市政务服务中心', `the Zhongshan hall comes first, got ${JSON.stringify(halls)}`)
  assert.equal(halls.length, 2, 'two halls before 查看全部')
  await expectText(page, '已按本专区城市排序：中山、江门')
  await currentPage(page).locator('.guide-halls__toggle').scrollIntoViewIfNeeded()
  await shot(page, 'halls')
  await tapText(page, '查看全部')
  await until(async () => (await currentPage(page).locator('.guide-hall__name').count()) === 10, {
    message: '查看全部 lists every hall'
  })
}
