// Unified search as a user types it: initials, mixed input, 繁體, the elder-mode setting, no results; then
// open the guide from the results, favourite it and find it again in 我的收藏 after a reload.
import { assert, currentPage, expectText, open, reload, shot, tapText, until } from '../lib.mjs'

export const name = 'search-guide'

async function search(page, query) {
  const input = currentPage(page).locator('.search__input input').first()
  await input.fill('')
  await input.type(query, { delay: 30 })
}

async function resultTitles(page) {
  return currentPage(page).locator('.search__result-title').allInnerTexts()
}

export default async function (page) {
  await open(page, '/pages/home/index')
  await tapText(page, '搜索服务')
  await expectText(page, '热门搜索')

  // initials: sbcx = 社保查询, which is how people know 社会保险个人权益记录查询打印
  await search(page, 'sbcx')
  await expectText(page, '社会保险个人权益记录查询打印')
  // initials gjj find the 住房公积金 services
  await search(page, 'gjj')
  await until(async () => (await resultTitles(page)).some((t) => t.includes('住房公积金')), {
    message: 'gjj finds 住房公积金'
  })
  // mixed Chinese and pinyin
  await search(page, '社bao')
  await expectText(page, '社会保险个人权益记录查询打印')
  // 繁體 input
  await search(page, '駕駛證')
  await until(async () => (await resultTitles(page)).some((t) => t.includes('驾驶证')), {
    message: '駕駛證 finds 驾驶证'
  })
  // the elder-mode setting is searchable by its common names
  await search(page, '关怀版')
  await expectText(page, '长辈模式（长辈版/关怀版）')
  // nothing found: the 12345 hotline is offered
  await search(page, 'qqqzzzxxx')
  await expectText(page, '拨打 12345 热线')
  await shot(page, 'no-results')

  // the matched characters of a title are highlighted
  await search(page, 'shenfenzheng')
  await expectText(page, '居民身份证换领')
  const highlighted = await currentPage(page).locator('.search__hit').allInnerTexts()
  assert.ok(highlighted.includes('身份证'), `身份证 is highlighted, got ${JSON.stringify(highlighted)}`)
  await shot(page, 'results')

  // full pinyin, then open the guide
  await search(page, 'shebao')
  await expectText(page, '社会保险个人权益记录查询打印')
  await tapText(page, '社会保险个人权益记录查询打印')
  await expectText(page, '申请材料')
  await expectText(page, '办理流程')
  await expectText(page, '承诺时限')
  await tapText(page, '收藏', { exact: false })
  await expectText(page, '已收藏')
  await shot(page, 'guide-favourited')

  // the favourite and the visit are kept on the device
  await open(page, '/features/account/pages/favourites/index')
  await reload(page)
  await expectText(page, '社会保险个人权益记录查询打印')
  await open(page, '/features/account/pages/history/index')
  await expectText(page, '社会保险个人权益记录查询打印')
  // search history remembers what was opened
  await open(page, '/features/search/pages/search/index')
  await expectText(page, '搜索历史')
  await expectText(page, 'shebao')
}
