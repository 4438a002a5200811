// 我的信息 fills a booking form: the profile is saved from 我的 with the one consent and shown masked; it survives a
// reload; the booking form offers it and one tap fills the person fields; a phone changed before booking is offered
// to be saved back on the next page; deleting the profile leaves nothing of it on the device.
import {
  assert,
  choose,
  currentPage,
  expectNoText,
  expectText,
  fill,
  messages,
  open,
  reload,
  shot,
  storage,
  tap,
  tapText,
  until,
  waitForRoute
} from '../lib.mjs'

export const name = 'profile-booking'

const t = messages['zh-Hans']
const PROFILE_ROUTE = '/features/account/pages/profile/index'
const ID = '44070319900101005X'

const inputValue = (page, selector) => currentPage(page).locator(`${selector} input`).inputValue()

export default async function (page) {
  // 我的 → 我的信息: nothing saved yet
  await open(page, '/pages/mine/index')
  await tapText(page, t['mine.profile'], { exact: true })
  await waitForRoute(page, PROFILE_ROUTE)
  await expectText(page, t['profile.empty'])
  await tapText(page, t['profile.add'], { exact: true })
  await currentPage(page).locator('#profile-name input').waitFor()

  await fill(page, t['profile.name'], '陈小明')
  await fill(page, t['profile.idNumber'], ID.toLowerCase())
  await fill(page, t['profile.phone'], '13800138000')
  // saving needs the consent box, ticked beside the button
  await tap(page, '#profile-save')
  await expectText(page, t['consent.required'])
  await tap(page, '#profile-save-consent [role=checkbox]')
  await tap(page, '#profile-save')
  await expectText(page, '陈*明')
  await expectText(page, '440***********005X')
  await expectText(page, '138****8000')
  await expectNoText(page, '13800138000')
  await shot(page, 'profile-saved')

  await reload(page)
  await expectText(page, '陈*明')

  // the booking form offers it; one tap fills the person fields
  await open(page, '/features/gov-services/pages/booking/index?service=svc-0004')
  await expectText(page, '居民身份证换领')
  await expectText(page, t['profileFill.fill'])
  await expectText(page, '陈*明 · 440***********005X · 138****8000')
  await shot(page, 'fill-offered')
  await tapText(page, t['profileFill.fill'], { exact: true })
  await until(async () => (await inputValue(page, '#booking-name')) === '陈小明', { message: 'the name is filled' })
  assert.equal(await inputValue(page, '#booking-id-number'), ID)
  assert.equal(await inputValue(page, '#booking-phone'), '13800138000')
  await expectNoText(page, t['profileFill.fill'])

  // a new phone for this booking; the consent given on 我的信息 is the same one: the box is ticked
  await currentPage(page).locator('#booking-phone input').fill('13900139000')
  await currentPage(page).locator('#booking-phone input').blur()
  assert.equal(
    await currentPage(page).locator('#booking-submit-consent [role=checkbox]').getAttribute('aria-checked'),
    'true'
  )
  await choose(page, '办理大厅', '江门市行政服务中心')
  await currentPage(page).locator('.booking__dates [role=radio]').first().click()
  await until(async () => (await currentPage(page).locator('.booking__slots [role=radio]').count()) > 0, {
    message: 'slots appear for the chosen day'
  })
  await currentPage(page).locator('.booking__slots [role=radio]', { hasText: '余' }).first().click()
  await tap(page, '#booking-submit')

  // the page the form moved on to asks whether the new phone goes into 我的信息
  await expectText(page, t['profileSave.askChanged'])
  await shot(page, 'save-offered')
  await tapText(page, t['profileSave.save'], { exact: true })
  await expectNoText(page, t['profileSave.askChanged'])

  await open(page, PROFILE_ROUTE)
  await expectText(page, '139****9000')

  // deleting asks again in place, then nothing of it is left on the device
  await tapText(page, t['profile.delete'], { exact: true })
  await expectText(page, t['profile.deleteQuestion'])
  await tapText(page, t['profile.deleteConfirm'], { exact: true })
  await expectText(page, t['profile.empty'])
  const keys = Object.keys(await storage(page)).filter((k) => k.startsWith('wst:profile'))
  assert.deepEqual(keys, [], 'no copy of the profile is left in storage')
  await shot(page, 'deleted')
}
