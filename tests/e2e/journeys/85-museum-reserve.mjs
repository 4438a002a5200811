// 预约参观 at a museum: from its page to the form; a Monday is refused (the venue is closed that day, said in words,
// no slots offered, and the submit is refused on the date); the draft survives a reload; a Tuesday with a free slot
// books, and the receipt with its 预约号 (WL …) and QR code drawn on the device is still there after a reload.
import {
  assert,
  currentPage,
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

export const name = 'museum-reserve'

// GB 11643 check character of a mainland resident ID
function mainlandId(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0)
  return first17 + '10X98765432'[sum % 11]
}

export default async function (page) {
  await open(page, '/features/tourism/pages/venue/index?id=jiangmen-museum')
  await expectText(page, '江门市博物馆')
  await expectText(page, '逢周一闭馆（法定节假日除外）')
  await tap(page, '#venue-reserve')
  await waitForRoute(page, '/features/tourism/pages/reserve/index')
  await expectText(page, '参观日期')

  // a Monday of the window that is no public holiday: marked 闭馆, and said in full once chosen
  const dates = currentPage(page).locator('.tourism-reserve__dates [role=radio]')
  await dates.filter({ hasText: '周一' }).filter({ hasText: '闭馆' }).first().click()
  await expectText(page, '闭馆：逢周一闭馆（法定节假日除外），当天不能预约，请选择其他日期。')
  assert.equal(await currentPage(page).locator('.tourism-reserve__slots').count(), 0, 'no slots on a closed day')

  await fill(page, '参观人 1 姓名', '陈小明')
  await fill(page, '参观人 1 证件号码', mainlandId('44070319850612003'))
  await fill(page, '手机号码', '13800138000')
  await tap(page, '#reserve-submit-consent [role=checkbox]')
  await tapText(page, '提交预约')
  await expectText(page, '请按提示修改标红的内容')
  await expectText(page, '所选日期是闭馆日（逢周一闭馆，法定节假日除外），不能预约，请选择其他日期')
  await shot(page, 'monday-closed')

  // the draft is kept on the device
  await reload(page)
  await expectText(page, '已恢复上次未提交的填写内容')
  assert.equal(await currentPage(page).locator('#visitor-0-name input').inputValue(), '陈小明')

  // a Tuesday later in the window, and a slot with places left
  await dates.filter({ hasText: '周二' }).last().click()
  const slots = currentPage(page).locator('.tourism-reserve__slots [role=radio]')
  await until(async () => (await slots.count()) > 0, { message: 'slots appear for the Tuesday' })
  await slots.filter({ hasText: '余' }).first().click()
  await tapText(page, '提交预约')

  await waitForRoute(page, '/features/tourism/pages/reservation/index')
  await expectText(page, '待参观')
  const reference = await textOf(page, '#reservation-reference')
  assert.match(reference, /^WL \d{8} [0-9A-Z]{4} \d{3}$/)
  await expectVisible(page, '.tourism-receipt__qr-image')
  const qr = await currentPage(page).locator('.tourism-receipt__qr-image img').getAttribute('src')
  assert.match(qr ?? '', /^data:image\/svg\+xml;base64,/)
  await expectText(page, '周二')
  await shot(page, 'receipt')

  // a reload loads the same receipt again, by the reservation's id
  await reload(page)
  await expectText(page, '江门市博物馆')
  assert.equal(await textOf(page, '#reservation-reference'), reference)
  await expectText(page, '待参观')
  await shot(page, 'receipt-reloaded')
}
