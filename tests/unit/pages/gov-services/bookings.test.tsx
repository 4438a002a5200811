// 我的预约: every booking with its 预约号 and status in words; a row opens its receipt; 取消 asks first.
import { groupedReference } from '@/core/booking'
import { routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'
import { seedBookings, storedBookings } from './seed-bookings'

const bookingsPage = () => import('@/features/gov-services/pages/bookings')

test('each booking shows its 预约号 and opens its receipt', async () => {
  const { storage, bookings } = await seedBookings([{}, { idNumber: '440703198506120030', slot: '09:30-10:00' }])
  const page = await renderPage(bookingsPage, { storage })
  await page.waitForText(`预约号 ${groupedReference(bookings[0].reference)}`)
  expect(page.text()).toContain(`预约号 ${groupedReference(bookings[1].reference)}`)
  expect(page.getAllByText('待办理')).toHaveLength(2)
  await page.tap(page.getByText(`预约号 ${groupedReference(bookings[1].reference)}`))
  expect(page.navigations).toEqual([routes.receipt(bookings[1].id)])
})

test('a moved booking reads 已改约, and a status of a newer app 其他状态, both without a cancel button', async () => {
  const { storage } = await seedBookings([{}])
  const envelope = storage['wst:bookings'] as { v: number; items: Record<string, unknown>[] }
  const [booking] = envelope.items
  const items = [
    { ...booking, status: 'rescheduled', rescheduledTo: 'BK2' },
    { ...booking, id: 'BK3', reference: 'YY202612010001009', status: 'noShow' }
  ]
  const page = await renderPage(bookingsPage, { storage: { 'wst:bookings': { ...envelope, items } } })
  await page.waitForText('已改约')
  expect(page.text()).toContain('其他状态')
  expect(page.queryByText('取消预约')).toBeNull()
})

test('取消 asks again in place, then the row shows the booking cancelled', async () => {
  const { storage } = await seedBookings([{}])
  const page = await renderPage(bookingsPage, { storage })
  await page.waitForText('取消预约')
  await page.tap('取消预约')
  await page.tap('确认取消')
  await page.waitForText('已取消')
  expect(storedBookings(page.device)[0].status).toBe('cancelled')
})
