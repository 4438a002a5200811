// The consent box of 我要诉求: the message under it is scrolled into view when it is what stops the filing, and a
// tick in one form is the tick of every form (one consent).
import { renderPage } from '../../../helpers/render-page'

test('an unticked box is scrolled to when the filing stops at it', async () => {
  const page = await renderPage(() => import('@/features/appeals/pages/file'))
  await page.waitForText('提交诉求')
  await page.tap('提交诉求')
  expect(page.calls.filter((c) => c.api === 'pageScrollTo').map((c) => c.options)).toContainEqual(
    expect.objectContaining({ selector: '#appeal-submit-consent' })
  )
})

test('ticking the box here ticks it in the booking form too', async () => {
  const page = await renderPage(() => import('@/features/appeals/pages/file'))
  await page.tap('#appeal-submit-consent [role="checkbox"]')
  page.unmount()
  const booking = await renderPage(() => import('@/features/gov-services/pages/booking'), {
    params: { service: 'svc-0004' }
  })
  await booking.waitForText('居民身份证换领')
  expect(
    booking.container.querySelector('#booking-submit-consent [role="checkbox"]')?.getAttribute('aria-checked')
  ).toBe('true')
})
