// 隐私政策与授权: agreeing records the notice's version, withdrawing unticks the consent box of every form, and
// while WeChat holds a private API the page is the app's own consent (for a user who agreed before, too).
import { renderPage, type RenderOptions } from '../../../helpers/render-page'

const privacyPage = () => import('@/features/account/pages/privacy')
const open = (options: RenderOptions = {}) => renderPage(privacyPage, options)
const consentBox = (container: HTMLElement) =>
  container.querySelector('#booking-submit-consent [role="checkbox"]')?.getAttribute('aria-checked')

test('agreeing records the version of the notice; the forms show the box ticked', async () => {
  const page = await open()
  await page.tap('同意并继续')
  expect(require('@/stores/settings').useSettings.getState().privacyConsent).toBe(1)
  await page.waitForText('您已同意本隐私政策（第 1 版）')
  page.unmount()
  const booking = await renderPage(() => import('@/features/gov-services/pages/booking'), {
    params: { service: 'svc-0004' }
  })
  await booking.waitForText('居民身份证换领')
  expect(consentBox(booking.container)).toBe('true')
})

test('withdrawing unticks the consent box everywhere', async () => {
  const page = await open({ settings: { privacyConsent: 1 } })
  await page.tap('撤回同意')
  expect(require('@/stores/settings').useSettings.getState().privacyConsent).toBe(0)
  await page.waitForText('同意并继续')
  page.unmount()
  const booking = await renderPage(() => import('@/features/gov-services/pages/booking'), {
    params: { service: 'svc-0004' }
  })
  await booking.waitForText('居民身份证换领')
  expect(consentBox(booking.container)).toBe('false')
})

test('the notice says where 我的信息 is kept', async () => {
  const page = await open()
  expect(page.text()).toContain('“我的信息”')
  expect(page.text()).toContain('只在您选择保存时存放在本机')
})

describe('while WeChat waits for the agreement', () => {
  const agreed = jest.fn()
  const declined = jest.fn()
  beforeEach(() => {
    agreed.mockReset()
    declined.mockReset()
    jest.doMock('@/platform/privacy', () => ({
      ...jest.requireActual('@/platform/privacy'),
      platformWaiting: () => true,
      platformAgreed: agreed,
      platformDeclined: declined
    }))
  })
  afterEach(() => jest.dontMock('@/platform/privacy'))

  test('a user who agreed before is asked to confirm, once, on this page', async () => {
    const page = await open({ settings: { privacyConsent: 1 } })
    expect(page.text()).toContain('微信需要确认您已同意本隐私政策')
    await page.tap('确认同意并继续')
    expect(require('@/stores/settings').useSettings.getState().privacyConsent).toBe(1)
  })

  test('leaving without agreeing declines what waits', async () => {
    const page = await open()
    expect(page.text()).toContain('微信需要确认您已同意本隐私政策')
    page.unmount()
    expect(declined).toHaveBeenCalledTimes(1)
  })
})
