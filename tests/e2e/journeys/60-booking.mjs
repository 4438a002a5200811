// Booking an appointment at a hall: a wrong ID number gets its specific message next to the field, the
// draft survives a reload, nothing is sent before the consent box beside 提交预约 is ticked, a right ID is accepted, and
// the receipt with its 预约号 and QR code opens and is still there after a reload. 改约 moves it to another day; 我的预约
// lists both, and the new one can be cancelled.
import {
  assert,
  choose,
  contrastOf,
  currentPage,
  currentRoute,
  expectNoText,
  expectText,
  expectVisible,
  fill,
  open,
  reload,
  shot,
  tap,
  tapText,
  textOf,
  until,
  waitForRoute
} from '../lib.mjs'

export const name = 'booking'

// GB 11643 check character of a mainland resident ID
function mainlandId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

export default async function (page) {
  const rightId = mainlandId('44070319850612003')
  const wrongId = rightId.slice(0, 17) + (rightId.endsWith('0') ? '1' : '0')

  await open(page, '/features/gov-services/pages/guide/index?id=svc-0004')
  await expectText(page, '居民身份证换领')
  await tapText(page, '预约到厅')
  await expectText(page, '办理大厅')

  // the slot area waits for both the hall and the day; the submit button reads at full contrast
  await expectText(page, '请先选择大厅和日期')
  const button = await contrastOf(page, '#booking-submit')
  assert.ok(
    button.ratio >= 4.5,
    `submit button contrast ${button.ratio.toFixed(2)} (${button.color} on ${button.background})`
  )
  await choose(page, '办理大厅', '江门市行政服务中心')
  // first offered working day, first slot with room
  await currentPage(page).locator('.booking__dates [role=radio]').first().click()
  await until(async () => (await currentPage(page).locator('.booking__slots [role=radio]').count()) > 0, {
    message: 'slots appear for the chosen day'
  })
  await currentPage(page).locator('.booking__slots [role=radio]', { hasText: '余' }).first().click()

  await fill(page, '姓名', '陈小明')
  await fill(page, '证件号码', wrongId)
  await expectText(page, '身份证号码校验位不正确')
  await fill(page, '手机号码', '1380013800')
  await expectText(page, '手机号码')
  await tapText(page, '提交预约')
  await expectText(page, '请按提示修改标红的内容')
  await shot(page, 'wrong-input')

  // the draft is kept on the device: a reload restores every field
  await reload(page)
  await expectText(page, '已恢复上次未提交的填写内容')
  const name = await currentPage(page).locator('#booking-name input').inputValue()
  assert.equal(name, '陈小明')

  await fill(page, '证件号码', rightId)
  await expectNoText(page, '身份证号码校验位不正确')
  await fill(page, '手机号码', '13800138000')
  await tapText(page, '提交预约')
  // nothing personal is sent before the consent box is ticked: its message stands under it
  await expectText(page, '请阅读隐私政策，勾选同意后再提交')
  await tap(page, '#booking-submit-consent [role=checkbox]')
  await expectNoText(page, '请阅读隐私政策，勾选同意后再提交')
  await tapText(page, '提交预约')

  // the receipt, in place of the form: the 预约号, its QR code drawn on the device, the materials to bring
  await waitForRoute(page, '/features/gov-services/pages/receipt/index')
  await expectText(page, '待办理')
  // shown in the groups a clerk reads back: YY 20261124 0001 007
  const reference = await textOf(page, '#receipt-reference')
  assert.match(reference, /^YY \d{8} 0001 \d{3}$/)
  await expectVisible(page, '.receipt__qr-image')
  const qr = await currentPage(page).locator('.receipt__qr-image img').getAttribute('src')
  assert.match(qr ?? '', /^data:image\/svg\+xml;base64,/)
  await expectText(page, '江门市行政服务中心')
  await expectText(page, '请携带以下材料')
  await expectText(page, '免证办')
  await expectText(page, '添加到日历')
  await shot(page, 'receipt')

  // a reload loads the same receipt again, by the booking's id
  await reload(page)
  await expectText(page, '居民身份证换领')
  assert.equal(await textOf(page, '#receipt-reference'), reference)
  await expectText(page, '待办理')

  // 改约: another day's slot is held first, then the old booking is let go; the new receipt says where it came from
  const before = await currentRoute(page)
  await tap(page, '#receipt-reschedule')
  await expectText(page, '改约：选择新的大厅、日期和时段')
  await currentPage(page).locator('.booking__dates [role=radio]').nth(1).click()
  await until(async () => (await currentPage(page).locator('.booking__slots [role=radio]').count()) > 0, {
    message: 'slots appear for the new day'
  })
  await currentPage(page).locator('.booking__slots [role=radio]', { hasText: '余' }).first().click()
  await tap(page, '#receipt-reschedule-submit')
  await until(async () => (await currentRoute(page)) !== before, { message: 'the new receipt opens' })
  await waitForRoute(page, '/features/gov-services/pages/receipt/index')
  await expectText(page, `由预约号 ${reference} 改约而来`)
  const moved = await textOf(page, '#receipt-reference')
  assert.notEqual(moved, reference)
  await shot(page, 'rescheduled')

  // 我的预约 lists both with their 预约号, masked: the old one 已改约, the new one 待办理
  await tapText(page, '我的预约', { exact: true })
  await waitForRoute(page, '/features/gov-services/pages/bookings/index')
  await expectText(page, `预约号 ${reference}`)
  await expectText(page, `预约号 ${moved}`)
  await expectText(page, '已改约')
  await expectText(page, '陈*明')
  await expectText(page, '138****8000')
  await shot(page, 'booked')

  // cancelling asks again inline, then the booking shows as cancelled
  await tapText(page, '取消预约')
  await tapText(page, '确认取消')
  await expectText(page, '已取消')
  await shot(page, 'cancelled')
}
