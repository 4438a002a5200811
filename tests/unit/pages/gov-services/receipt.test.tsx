// 预约回执: the booking's 预约号 with its QR code, the hall with 导航 and phone, the day and slot, the materials
// with their 免证办 marks, and 添加到日历, 改约 and 取消. It is loaded by id, so it survives a reload.
import { waitFor } from '@testing-library/react'
import { groupedReference } from '@/core/booking'
import { routes } from '@/routes'
import { renderPage, type RenderedPage } from '../../../helpers/render-page'
import { seedBookings, storedBookings } from './seed-bookings'

const receiptPage = () => import('@/features/gov-services/pages/receipt')

async function openSeeded(settings = {}) {
  const { storage, bookings } = await seedBookings([{}])
  const [booking] = bookings
  const page = await renderPage(receiptPage, { params: { id: booking.id }, storage, settings })
  await page.waitForText(groupedReference(booking.reference))
  return { page, booking }
}

const qrImage = (page: RenderedPage) => page.container.querySelector('.receipt__qr-image')

test('the receipt shows the 预约号, its QR code, when and where, and what to bring', async () => {
  const { page, booking } = await openSeeded()
  expect(page.title()).toBe('预约回执')
  expect(booking.reference).toMatch(/^YY\d{8}0001001$/)
  expect(page.text()).toContain('待办理')
  // the QR code is drawn on the device: an SVG in a data URI, named for screen readers
  expect(qrImage(page)?.getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/)
  expect(page.container.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe(
    `预约号 ${booking.reference} 的二维码`
  )
  expect(page.text()).toContain('居民身份证换领')
  expect(page.text()).toContain(`${booking.date} `)
  expect(page.text()).toContain(booking.slot)
  expect(page.text()).toContain('陈*明')
  expect(page.text()).toContain('138****8000')
  // the hall, with the way there and its phone
  await page.waitForText('江门市行政服务中心')
  await page.waitForText(/^地址：/)
  // on H5 the map is 高德's web map, at the hall
  const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
  await page.tap('导航到大厅')
  expect(opened).toHaveBeenCalledWith(expect.stringContaining(encodeURIComponent('江门市行政服务中心')), '_blank')
  opened.mockRestore()
  await page.tap(page.getByText(/^致电大厅 /))
  expect(page.calls.find((c) => c.api === 'makePhoneCall')?.options).toEqual({ phoneNumber: '0750-3270033' })
  // the guide's materials; those the system fetches are marked 免证办 in words
  await page.waitForText('数码照片回执')
  const rows = Array.from(page.container.querySelectorAll('.wst-cell')).map((c) => c.textContent ?? '')
  expect(rows.find((r) => r.startsWith('居民身份证'))).toContain('免证办')
  expect(rows.find((r) => r.startsWith('数码照片回执'))).not.toContain('免证办')
  expect(page.text()).toContain('标“免证办”的材料可由系统调取电子证照')
})

test('after a reload the receipt is loaded again by its id', async () => {
  const { page, booking } = await openSeeded()
  page.unmount()
  const again = await renderPage(receiptPage, { params: { id: booking.id } })
  await again.waitForText(groupedReference(booking.reference))
  expect(again.text()).toContain('居民身份证换领')
})

test('a receipt that is not there says so', async () => {
  const page = await renderPage(receiptPage, { params: { id: 'BK-nope' } })
  await page.waitForText('没有找到这条预约。')
})

test('添加到日历 on the H5 site downloads the booking as an .ics file', async () => {
  const { page, booking } = await openSeeded()
  await page.waitForText(/^地址：/)
  const clicked: HTMLAnchorElement[] = []
  const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this)
  })
  try {
    await page.tap('添加到日历')
    await waitFor(() => expect(page.toasts).toEqual(['已下载日历文件，打开即可加入手机日历']))
  } finally {
    click.mockRestore()
  }
  expect(clicked).toHaveLength(1)
  expect(clicked[0].download).toBe(`${booking.reference}.ics`)
  const ics = decodeURIComponent(clicked[0].href.replace(/^data:text\/calendar;charset=utf-8,/, ''))
  expect(ics).toContain('BEGIN:VEVENT')
  expect(ics.replace(/\r\n /g, '')).toContain(`DESCRIPTION:预约号 ${booking.reference}\\n江门市行政服务中心`)
})

test('改约 moves the booking to the new slot in one step and opens the new receipt; the old one says so', async () => {
  const { page, booking } = await openSeeded()
  await page.waitForText('改约')
  await page.tap('#receipt-reschedule')
  await page.waitForText('改约：选择新的大厅、日期和时段')
  // nothing to choose from until a day is chosen (the hall is the booking's own)
  expect(page.text()).toContain('请先选择大厅和日期')
  await page.tap('#receipt-reschedule-submit')
  expect(page.fieldError('时间段')).toBe('请选择时间段')
  await page.tap(page.container.querySelectorAll('.booking__dates [role="radio"]')[1])
  await page.waitForText(/^余 \d+/)
  await page.tap(page.getAllByText(/^余 \d+/)[0])
  await page.tap('#receipt-reschedule-submit')
  await page.settle()

  const stored = storedBookings(page.device)
  const moved = stored.find((b) => b.rescheduledFrom === booking.id)
  expect(moved).toMatchObject({ status: 'active' })
  expect(stored.find((b) => b.id === booking.id)).toMatchObject({ status: 'rescheduled', rescheduledTo: moved?.id })
  expect(page.toasts).toContain('已改约')
  expect(page.navigations).toEqual([routes.receipt(moved!.id)])
  page.unmount()

  const old = await renderPage(receiptPage, { params: { id: booking.id } })
  await old.waitForText('这条预约已改约，原时段已释放。')
  expect(old.text()).toContain('已改约')
  expect(qrImage(old)).toBeNull()
  await old.tap('查看新的预约')
  expect(old.navigations).toEqual([routes.receipt(moved!.id)])
  old.unmount()

  const fresh = await renderPage(receiptPage, { params: { id: moved!.id } })
  await fresh.waitForText(groupedReference(moved!.reference))
  await fresh.waitForText(`由预约号 ${groupedReference(booking.reference)} 改约而来`)
})

test('取消 asks first, then the receipt shows the booking cancelled', async () => {
  const { page, booking } = await openSeeded()
  await page.waitForText('取消预约')
  await page.tap('取消预约')
  expect(page.text()).toContain('取消后该时段会释放给其他人')
  await page.tap('保留预约')
  expect(storedBookings(page.device)[0].status).toBe('active')
  await page.tap('取消预约')
  await page.tap('确认取消')
  await page.waitForText('这条预约已取消，到大厅无需出示。')
  expect(storedBookings(page.device).find((b) => b.id === booking.id)?.status).toBe('cancelled')
  expect(page.toasts).toContain('已取消预约')
  expect(qrImage(page)).toBeNull()
})

test('elder mode and 繁體 reach the receipt', async () => {
  const { page } = await openSeeded({ elderMode: true, locale: 'zh-Hant' })
  expect(page.title()).toBe('預約回執')
  expect(page.container.querySelector('.wst-page--elder')).not.toBeNull()
  await page.waitForText('居民身份證換領')
  expect(page.text()).toContain('待辦理')
  await page.waitForText('添加到日曆')
})
