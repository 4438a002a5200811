// 文化生活: the events calendar by period and category, an event leading to its venue, a venue that says whether it
// opens today and leads to 预约参观; the reservation form refuses a Monday as closed, books a Tuesday for a named
// party once (the draft kept across a reload, each visitor's ID checked, one place per person per slot), opens its
// receipt with the 预约号 and QR code, and 我的场馆预约 lists and cancels it.
import { groupedReference } from '@/core/booking'
import type { Reservation } from '@/core/tourism/culture-types'
import { mainlandIdCheckChar } from '@/core/validators'
import events from '@/data/tourism/events.json'
import { pageUrl } from '@/routes'
import { renderPage, type RenderedPage } from '../../../helpers/render-page'

const eventsPage = () => import('@/features/tourism/pages/events')
const eventPage = () => import('@/features/tourism/pages/event')
const venuePage = () => import('@/features/tourism/pages/venue')
const reservePage = () => import('@/features/tourism/pages/reserve')
const receiptPage = () => import('@/features/tourism/pages/reservation')
const listPage = () => import('@/features/tourism/pages/reservations')
const searchPage = () => import('@/features/search/pages/search')
const minePage = () => import('@/pages/mine')

const byTitle = (title: string) => events.find((e) => e.title === title)!
const idOf = (n: number) => {
  const first17 = `44070319880808${String(n).padStart(3, '0')}`
  return first17 + mainlandIdCheckChar(first17)
}
const consent = { privacyConsent: 1 }

// Tuesday 2026-12-01, 08:00 Beijing
beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-01T08:00:00+08:00')))
afterEach(() => jest.restoreAllMocks())

test('the calendar: from today on, this weekend, this month, by category', async () => {
  const page = await renderPage(eventsPage)
  await page.waitForText('2027 新年音乐会')
  expect(page.text()).toContain('2027年2月')
  await page.tap('本周末')
  await page.waitForText('周六亲子绘本故事会')
  expect(page.text()).toContain('周末粤曲茶座')
  expect(page.text()).not.toContain('2027 新年音乐会')
  // an exhibition running through the weekend counts
  expect(page.text()).toContain('侨批里的家书：五邑侨批档案展')
  await page.tap('本月')
  await page.waitForText('2027 新年音乐会')
  expect(page.text()).not.toContain('江门迎春花市')
  await page.tap('全部')
  await page.tap('节庆')
  await page.waitForText('江门迎春花市')
  expect(page.text()).not.toContain('2027 新年音乐会')
  await page.tap('江门迎春花市')
  expect(page.navigations).toEqual([pageUrl('tourism', 'event', { id: byTitle('江门迎春花市').id })])
})

test('an event shows when, where and how to take part, links to its venue and can be favourited', async () => {
  const concert = byTitle('2027 新年音乐会')
  const page = await renderPage(eventPage, { params: { id: concert.id } })
  await page.waitForText('举办场馆')
  expect(page.text()).toContain('12月31日 周四 20:00–22:30')
  expect(page.text()).toContain(concert.price)
  expect(page.text()).toContain('添加到日历')
  await page.tap('☆ 收藏')
  await page.waitForText('★ 已收藏')
  await page.tap('江门市蓬江区滨江新区江门演艺中心（水岸音乐厅）')
  expect(page.navigations).toEqual([pageUrl('tourism', 'venue', { id: 'waterfront-concert-hall' })])
})

test('a museum says it opens today and leads to 预约参观; on a Monday it says it is closed', async () => {
  const page = await renderPage(venuePage, { params: { id: 'jiangmen-museum' } })
  await page.waitForText('开放 09:00–17:00（16:00 停止入馆）')
  expect(page.text()).toContain('碉楼与村落：开平碉楼申遗二十年图片展')
  await page.tap('预约参观')
  expect(page.navigations).toEqual([pageUrl('tourism', 'reserve', { venue: 'jiangmen-museum' })])
  page.unmount()
  jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-07T10:00:00+08:00'))
  const monday = await renderPage(venuePage, { params: { id: 'jiangmen-museum' } })
  await monday.waitForText('闭馆（逢周一闭馆，法定节假日除外）')
})

async function fillParty(page: RenderedPage, ids: number[]) {
  for (let i = 0; i < ids.length; i++) {
    if (i > 0) await page.tap('#reserve-add-visitor')
    await page.input(`参观人 ${i + 1} 姓名`, `陈小${'一二三四五'[i]}`)
    await page.input(`参观人 ${i + 1} 证件号码`, idOf(ids[i]))
  }
  await page.input('手机号码', '13800138000')
}

test('a Monday is refused as closed; a Tuesday books once, and the receipt opens with its 预约号 and QR code', async () => {
  const page = await renderPage(reservePage, { params: { venue: 'wuyi-overseas-chinese-museum' }, settings: consent })
  await page.waitForText('参观日期')
  await page.tap('12月7日 周一')
  await page.waitForText(
    '五邑华侨华人博物馆 12月7日 周一闭馆：逢周一闭馆（法定节假日除外），当天不能预约，请选择其他日期。'
  )
  expect(page.text()).not.toContain('入馆时段')
  await fillParty(page, [1, 2])
  await page.tap('提交预约')
  await page.waitForText('请按提示修改标红的内容')
  expect(page.navigations).toEqual([])

  // the draft is kept: a reload restores the visitors
  page.unmount()
  const again = await renderPage(reservePage, { params: { venue: 'wuyi-overseas-chinese-museum' }, settings: consent })
  await again.waitForText('已恢复上次未提交的填写内容')
  expect(again.value('参观人 2 证件号码')).toBe(idOf(2))
  await again.tap('12月8日 周二')
  await again.waitForText('余 150')
  await again.tap('10:00-11:00')
  await again.tap('提交预约')
  await again.settle()
  expect(again.navigations).toHaveLength(1)
  const url = again.navigations[0]
  const id = decodeURIComponent(/id=([^&]+)/.exec(url)![1])
  expect(url).toBe(pageUrl('tourism', 'reservation', { id }))

  const receipt = await renderPage(receiptPage, { params: { id } })
  const stored = (receipt.device.get('wst:venue-reservations') as { items: Reservation[] }).items
  expect(stored).toHaveLength(1)
  await receipt.waitForText(groupedReference(stored[0].reference))
  expect(stored[0].reference).toMatch(/^WL20261208/)
  expect(receipt.text()).toContain('待参观')
  expect(receipt.text()).toContain('2 人')
  expect(receipt.text()).toContain('陈*一')
  expect(receipt.container.querySelector('.tourism-receipt__qr-image')?.getAttribute('src')).toMatch(
    /^data:image\/svg\+xml;base64,/
  )
  // the same person cannot hold the slot twice
  const twice = await renderPage(reservePage, { params: { venue: 'wuyi-overseas-chinese-museum' }, settings: consent })
  await twice.waitForText('参观日期')
  await fillParty(twice, [2])
  await twice.tap('12月8日 周二')
  await twice.waitForText('余 148')
  await twice.tap('10:00-11:00')
  await twice.tap('提交预约')
  await twice.waitForText('有参观人已预约了同一场馆的这个时段，同一时段每人只能预约一次')
})

test('the same person twice in a party is caught in the form; a party stops at five', async () => {
  const page = await renderPage(reservePage, { params: { venue: 'chen-baisha-shrine' }, settings: consent })
  await page.waitForText('参观日期')
  await fillParty(page, [7, 7])
  await page.tap('12月8日 周二')
  await page.tap('提交预约')
  await page.waitForText('同一位参观人填写了两次，请删除重复的一位')
  for (let n = 3; n <= 5; n++) await page.tap('#reserve-add-visitor')
  await page.waitForText('已达每单 5 人上限，更多人请另行预约')
  expect(page.container.querySelector('#reserve-add-visitor')).toBeNull()
})

test('我的场馆预约 lists a reservation and cancels it, giving the place back', async () => {
  const page = await renderPage(reservePage, { params: { venue: 'chen-baisha-shrine' }, settings: consent })
  await page.waitForText('参观日期')
  await fillParty(page, [9])
  await page.tap('12月8日 周二')
  await page.waitForText('余 100')
  await page.tap('09:00-10:00')
  await page.tap('提交预约')
  await page.settle()
  const list = await renderPage(listPage)
  await list.waitForText('陈白沙祠')
  expect(list.text()).toContain('待参观')
  expect(list.text()).toContain('1 人 · 138****8000')
  await list.tap('取消预约')
  await list.tap('确认取消')
  await list.waitForText('已取消')
  const form = await renderPage(reservePage, { params: { venue: 'chen-baisha-shrine' }, settings: consent })
  await form.tap('12月8日 周二')
  await form.waitForText('余 100')
})

test('offline, the reservation waits in the outbox (待发送), and is made once when the list sends it', async () => {
  jest.doMock('@/platform/network', () => ({ isOnline: async () => false, onNetworkChange: () => () => undefined }))
  try {
    const page = await renderPage(reservePage, { params: { venue: 'jiangmen-museum' }, settings: consent })
    await page.waitForText('参观日期')
    await fillParty(page, [11])
    await page.tap('12月9日 周三')
    await page.waitForText('余 200')
    await page.tap('14:00-15:00')
    await page.tap('提交预约')
    await page.settle()
    // without the network another page may not load (H5 loads each page then): the form says so in place
    await page.waitForText('没有网络，预约已保存在本机，联网后会自动提交，只提交一次，不会重复预约。')
    expect(page.navigations).toEqual([])
    await page.tap('查看我的场馆预约')
    expect(page.navigations).toEqual([pageUrl('tourism', 'reservations')])
    expect(page.toasts).toContain('网络不可用：预约已保存，联网后自动提交')
    expect(page.device.get('wst:venue-reservations')).toBeUndefined()
    const offline = await renderPage(listPage)
    await offline.waitForText('待发送（1）')
  } finally {
    jest.dontMock('@/platform/network')
  }
  // back online: showing the list sends it, once, even when shown twice
  const list = await renderPage(listPage)
  await list.waitForText('江门市博物馆')
  await list.fire('show')
  await list.waitForText('待参观')
  expect(list.text()).not.toContain('待发送')
  const stored = (list.device.get('wst:venue-reservations') as { items: Reservation[] }).items
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({ date: '2026-12-09', slot: '14:00-15:00' })
})

test('我的 leads to 我的场馆预约', async () => {
  const page = await renderPage(minePage)
  await page.waitForText('我的场馆预约')
  await page.tap('我的场馆预约')
  expect(page.navigations).toEqual([pageUrl('tourism', 'reservations')])
})

test('the unified search finds a venue by pinyin and an event, and opens them', async () => {
  const page = await renderPage(searchPage)
  await page.input('#search-input', 'chenbaisha', { leave: false })
  await page.waitForText('文化场馆')
  // 陈白沙祠 is a sight as well: the venue is the row of kind 文化场馆
  const venue = Array.from(page.container.querySelectorAll('.search__result')).find(
    (r) => r.querySelector('.wst-tag')?.textContent === '文化场馆'
  )!
  expect(venue.textContent).toContain('陈白沙祠')
  await page.tap(venue)
  expect(page.navigations.at(-1)).toBe(pageUrl('tourism', 'venue', { id: 'chen-baisha-shrine' }))
  await page.input('#search-input', '迎春花市', { leave: false })
  await page.waitForText('江门迎春花市')
  await page.tap(page.getAllByText('江门迎春花市')[0])
  expect(page.navigations.at(-1)).toBe(pageUrl('tourism', 'event', { id: byTitle('江门迎春花市').id }))
})

test('a saved 我的信息 fills the first visitor and the phone in one tap', async () => {
  const person = {
    name: '陈小明',
    idType: 'mainland',
    idNumber: '44070319900101005X',
    phoneRegion: 'cn',
    phone: '13800138000',
    savedAt: 1
  }
  const page = await renderPage(reservePage, {
    params: { venue: 'wuyi-overseas-chinese-museum' },
    settings: consent,
    storage: { 'wst:profile': JSON.stringify({ state: { parts: { person }, unreadable: {} }, version: 1 }) }
  })
  await page.waitForText('用我的信息填写')
  await page.tap('用我的信息填写')
  expect(page.value('参观人 1 证件号码')).toBe('44070319900101005X')
  expect(page.value('手机号码')).toBe('13800138000')
  expect(page.text()).not.toContain('用我的信息填写')
})
