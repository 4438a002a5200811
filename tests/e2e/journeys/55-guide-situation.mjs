// 公积金提取 from the home tile: the guide asks which situation first; choosing 购房 shows the 购房 conditions and
// materials, kept in the URL (reload keeps it); the summary card and the action bar are on the first screen.
import {
  assert,
  boxOf,
  currentPage,
  currentRoute,
  expectNoText,
  expectText,
  open,
  reload,
  shot,
  tapText,
  until
} from '../lib.mjs'

export const name = 'guide-situation'

export default async function (page) {
  await open(page, '/pages/home/index')
  await tapText(page, '公积金提取', { exact: true })
  await expectText(page, '您因为什么提取住房公积金？')
  for (const situation of ['租房', '购房', '偿还房贷', '退休', '离职', '重大疾病']) await expectText(page, situation)
  await expectNoText(page, '房屋租赁合同')
  await shot(page, 'ask')

  await tapText(page, '购房', { exact: true })
  await expectText(page, '住房公积金提取（购房）')
  await expectText(page, '办理情形：购房')
  await expectText(page, '购房合同及购房发票')
  await expectText(page, '不动产权证书')
  await expectNoText(page, '房屋租赁合同')
  assert.match(await currentRoute(page), /situation=purchase/, 'the situation is in the URL')

  // the key facts and the actions are on the first screen, the bar above the bottom edge
  const viewport = page.viewportSize()
  const card = await boxOf(page, '.guide-summary')
  assert.ok(
    card.y + card.height <= viewport.height,
    `the summary card ends on the first screen (${card.y + card.height})`
  )
  // (measured once the page's slide-in transition, which moves fixed children with it, is over)
  let bar
  await until(
    async () => {
      bar = await boxOf(page, '.action-bar')
      return Math.abs(bar.y + bar.height - viewport.height) <= 1
    },
    { message: 'the action bar sits at the bottom of the screen' }
  )
  await expectText(page, '预约到厅')
  await expectText(page, '网上办理 ▴')
  await shot(page, 'purchase')

  // the end of the guide scrolls clear of the bar
  await currentPage(page).locator('.action-bar-spacer').scrollIntoViewIfNeeded()
  const more = await boxOf(page, '.guide__more')
  assert.ok(more.y + more.height <= bar.y + 1, '更多信息 is not covered by the bar')

  await reload(page)
  await expectText(page, '购房合同及购房发票')
  await expectText(page, '办理情形：购房')
}
