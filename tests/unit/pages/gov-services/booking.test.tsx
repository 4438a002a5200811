// 预约办理: the form tells the user what is wrong field by field, keeps what they typed, and books only
// once every field is right and the privacy notice has been agreed to.
import { waitFor } from '@testing-library/react'
import { BackendError } from '@/backend/errors'
import { routes } from '@/routes'
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'
import { storedBookings } from './seed-bookings'

const bookingPage = () => import('@/features/gov-services/pages/booking')
const open = (options: RenderOptions = {}) => renderPage(bookingPage, { params: { service: 'svc-0004' }, ...options })

/** everything a user fills in for a valid booking; the date and slot are the first ones offered */
async function fillValidForm(page: Awaited<ReturnType<typeof open>>) {
  await page.pickerChoose('办理大厅', '蓬江区政务服务中心')
  await page.tap('.booking__dates [role="radio"]') // the first working day offered
  await page.waitForText(/^余 \d+/)
  await page.tap(page.getAllByText(/^余 \d+/)[0])
  await page.input('姓名', '陈小明')
  await page.input('证件号码', '11010519491231002X')
  await page.input('手机号码', '13800138000')
}

test('the form shows the service being booked', async () => {
  const page = await open()
  await page.waitForText('居民身份证换领')
  expect(page.title()).toBe('预约办理')
  expect(page.text()).not.toContain('已恢复上次未提交的填写内容')
})

test('the slot area asks for the hall and the day first, then offers the slots of both', async () => {
  const page = await open()
  const slotField = () => page.getByText('时间段').closest('.wst-field')?.textContent ?? ''
  expect(slotField()).toContain('请先选择大厅和日期')
  await page.pickerChoose('办理大厅', '蓬江区政务服务中心')
  expect(slotField()).toContain('请先选择大厅和日期')
  await page.tap('.booking__dates [role="radio"]')
  await page.waitForText(/^余 \d+/)
  expect(slotField()).not.toContain('请先选择大厅和日期')
})

test('required fields carry a * the form explains, and their controls say 必填', async () => {
  const page = await open()
  expect(page.text()).toContain('带 * 的为必填项')
  const labels = Array.from(page.container.querySelectorAll('.wst-field__label'))
  const marked = labels
    .filter((l) => l.querySelector('.wst-field__required'))
    .map((l) => l.textContent?.replace(/ \*$/, ''))
  expect(marked).toEqual([
    '办理大厅',
    '预约日期',
    '时间段',
    '姓名',
    '证件类型',
    '证件号码',
    '手机号码归属地',
    '手机号码'
  ])
  expect(labels.find((l) => l.textContent === '办理事项')?.querySelector('.wst-field__required')).toBeNull()
  expect(page.container.querySelector('#booking-name')?.getAttribute('aria-label')).toBe('姓名（必填）')
  expect(page.container.querySelector('#booking-hall')?.getAttribute('aria-label')).toBe(
    '办理大厅（必填） 请选择办理大厅'
  )
  expect(page.container.querySelector('.booking__dates')?.getAttribute('aria-label')).toBe('预约日期（必填）')
})

test('the ID number field says what it expects for each type of document', async () => {
  const page = await open()
  const hint = () =>
    page.container.querySelector('#booking-id-number')?.closest('.wst-field')?.querySelector('.wst-field__hint')
      ?.textContent
  expect(hint()).toBe('18 位，末位可为 X')
  await page.pickerChoose('证件类型', '港澳居民来往内地通行证（回乡证）')
  expect(hint()).toBe('H（香港）或 M（澳门）加 8 位数字；新版证件也可填 H 或 M 加 10 位数字')
  await page.pickerChoose('证件类型', '香港身份证')
  expect(hint()).toMatch(/^如 A123456\(3\)/)
  // a wrong number's message takes the hint's place, next to the field
  await page.input('证件号码', '123')
  expect(hint()).toBeUndefined()
  expect(page.fieldError('证件号码')).toMatch(/^香港身份证号码/)
})

test('a wrong ID number gets its specific message next to the field when the user leaves it', async () => {
  const page = await open()
  await page.input('证件号码', '11010519491231')
  expect(page.fieldError('证件号码')).toBe('身份证号码应为18位，请核对位数是否多输或漏输')
  expect(page.fieldError('姓名')).toBeUndefined()

  await page.input('证件号码', '110105194912310021')
  expect(page.fieldError('证件号码')).toMatch(/^身份证号码校验位不正确/)

  // another ID type is checked by its own rules
  await page.pickerChoose('证件类型', '香港身份证')
  expect(page.fieldError('证件号码')).toBeUndefined()
  await page.input('证件号码', '11010519491231002X')
  expect(page.fieldError('证件号码')).toMatch(/^香港身份证号码/)
})

test('submitting an empty form marks every missing field and shows the banner', async () => {
  const page = await open()
  await page.tap('提交预约')
  expect(page.getByText('请按提示修改标红的内容')).toBeTruthy()
  expect(page.fieldError('办理大厅')).toBeTruthy()
  expect(page.fieldError('姓名')).toBeTruthy()
  expect(page.fieldError('证件号码')).toBe('请输入身份证号码')
  expect(page.fieldError('手机号码')).toBeTruthy()
  expect(page.navigations).toEqual([])
})

test('what the user typed is restored when they come back, and can be discarded', async () => {
  const first = await open()
  await first.input('姓名', '陈小明')
  await first.input('证件号码', '1101051949')
  first.unmount()

  const again = await open()
  await again.waitForText('已恢复上次未提交的填写内容')
  expect(again.value('姓名')).toBe('陈小明')
  expect(again.value('证件号码')).toBe('1101051949')

  await again.tap('清空填写内容')
  expect(again.value('姓名')).toBe('')
  expect(again.value('证件号码')).toBe('')
})

test('a complete form is not sent while the consent box is unticked: the banner and a message under the box say so', async () => {
  const page = await open()
  await fillValidForm(page)
  expect(page.fieldError('证件号码')).toBeUndefined()
  const box = page.container.querySelector('#booking-submit-consent [role="checkbox"]') as Element
  expect(box.getAttribute('aria-checked')).toBe('false')
  expect(page.text()).not.toContain('提交即表示')

  await page.tap('提交预约')
  expect(page.getByText('请按提示修改标红的内容')).toBeTruthy()
  const message = page.container.querySelector('#booking-submit-consent [role="alert"]')
  expect(message?.textContent).toBe('请阅读隐私政策，勾选同意后再提交')
  expect(page.toasts).toEqual([])
  expect(page.navigations).toEqual([])

  // the notice is one tap away
  await page.tap('查看隐私政策')
  expect(page.navigations).toEqual([routes.privacy()])

  // ticked: the message and the banner go, the consent is kept in settings, and the booking is made
  await page.tap(box)
  expect(box.getAttribute('aria-checked')).toBe('true')
  expect(page.container.querySelector('#booking-submit-consent [role="alert"]')).toBeNull()
  expect(page.text()).not.toContain('请按提示修改标红的内容')
  expect(require('@/stores/settings').useSettings.getState().privacyConsent).toBe(1)
  await page.tap('提交预约')
  expect(page.toasts).toEqual(['预约成功'])
  expect(page.navigations).toEqual([routes.privacy(), routes.receipt(storedBookings(page.device)[0].id)])
})

test('consent given before (in another form or on the privacy page) shows the box ticked', async () => {
  const page = await open({ settings: { privacyConsent: 1 } })
  await page.waitForText('居民身份证换领')
  const box = page.container.querySelector('#booking-submit-consent [role="checkbox"]') as Element
  expect(box.getAttribute('aria-checked')).toBe('true')
  // unticking it withdraws the one consent: the next submit asks again
  await page.tap(box)
  expect(require('@/stores/settings').useSettings.getState().privacyConsent).toBe(0)
  await fillValidForm(page)
  await page.tap('提交预约')
  expect(page.navigations).toEqual([])
  expect(page.container.querySelector('#booking-submit-consent [role="alert"]')?.textContent).toBeTruthy()
})

test('with consent, a complete form books, says so and opens the receipt of the booking; the draft is gone', async () => {
  const page = await open({ settings: { privacyConsent: 1 } })
  await fillValidForm(page)
  await page.tap('提交预约')

  expect(page.toasts).toEqual(['预约成功'])
  const [booking] = storedBookings(page.device)
  expect(booking.reference).toMatch(/^YY\d{8}0002001$/)
  expect(page.navigations).toEqual([routes.receipt(booking.id)])
  page.unmount()

  const again = await open({ settings: { privacyConsent: 1 } })
  await again.waitForText('居民身份证换领')
  expect(again.text()).not.toContain('已恢复上次未提交的填写内容')
  expect(again.value('姓名')).toBe('')
})

test('elder mode and 繁體 reach the booking page', async () => {
  const page = await open({ settings: { elderMode: true, locale: 'zh-Hant' } })
  await page.waitForText('居民身份證換領')
  expect(page.title()).toBe('預約辦理')
  expect(page.container.querySelector('.wst-page--elder')).not.toBeNull()
  await page.input('證件號碼', '123')
  expect(page.fieldError('證件號碼')).toMatch(/^身份證號碼應為18位/)
})

test('a booking the backend refuses shows why next to the slot, keeps the form, and is sent anew once corrected', async () => {
  const draftKey = (page: RenderedPage) => {
    const raw = page.device.get('wst:booking-drafts')
    return typeof raw === 'string' ? JSON.parse(raw).state.drafts['svc-0004']?.idempotencyKey : undefined
  }
  jest.doMock('@/backend/gov', () => {
    const { govApi } = jest.requireActual('@/backend/gov')
    return { govApi: { ...govApi, book: () => Promise.reject(new BackendError('conflict', 'booking.slotFull')) } }
  })
  try {
    const page = await open({ settings: { privacyConsent: 1 } })
    await fillValidForm(page)
    const key = draftKey(page)
    await page.tap('提交预约')

    expect(page.fieldError('时间段')).toBe('该时段已约满，请选择其他时段或日期')
    expect(page.getByText('请按提示修改标红的内容')).toBeTruthy()
    expect(page.navigations).toEqual([])
    expect(page.value('姓名')).toBe('陈小明')
    // corrected, it is a new booking: a new idempotency key
    expect(draftKey(page)).toEqual(expect.any(String))
    expect(draftKey(page)).not.toBe(key)
  } finally {
    jest.dontMock('@/backend/gov')
  }
})

test('late in December the window runs into 2027: 元旦 is no working day, and January days are marked 暂定', async () => {
  // Thursday 24 December 2026, 09:00 in Jiangmen
  const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2026-12-24T09:00:00+08:00'))
  try {
    const page = await open()
    await page.pickerChoose('办理大厅', '蓬江区政务服务中心')
    const chips = () =>
      Array.from(page.container.querySelectorAll('.booking__dates [role="radio"]')).map((c) => c.textContent ?? '')
    await waitFor(() => expect(chips().length).toBeGreaterThan(0))
    expect(chips().some((c) => c.startsWith('01-01'))).toBe(false)
    expect(
      chips()
        .filter((c) => c.startsWith('12-'))
        .every((c) => !c.includes('暂定'))
    ).toBe(true)
    const january = chips().find((c) => c.startsWith('01-04'))
    expect(january).toContain('※暂定')
    expect(page.text()).not.toContain('调休安排尚未公布')
    await page.tap(page.getByText(january!))
    await page.waitForText('调休安排尚未公布')
  } finally {
    clock.mockRestore()
  }
})

test('a hall picked on the guide comes preselected; in 中江 the Zhongshan hall is offered first', async () => {
  const chosen = await open({ params: { service: 'svc-0004', hall: 'hall-0002' } })
  await chosen.waitForText('居民身份证换领')
  expect(chosen.container.querySelector('#booking-hall')?.textContent).toContain('蓬江区政务服务中心')
  chosen.unmount()

  const zhongjiang = await open({
    storage: { 'wst:zone': JSON.stringify({ state: { zoneId: 'zhongjiang' }, version: 1 }) }
  })
  await zhongjiang.waitForText('居民身份证换领')
  await zhongjiang.pickerChoose('办理大厅', 0)
  expect(zhongjiang.container.querySelector('#booking-hall')?.textContent).toContain('中山市政务服务中心')
})
