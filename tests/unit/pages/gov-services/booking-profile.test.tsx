// 预约办理 with 我的信息: a saved profile offers to fill the person fields (masked in the offer), and after the
// booking a value that is not the profile's is offered to be saved, in place, never saved without asking.
import shellHant from '@/locales/shell.zh-Hant.json'
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'

const bookingPage = () => import('@/features/gov-services/pages/booking')
const open = (options: RenderOptions = {}) => renderPage(bookingPage, { params: { service: 'svc-0004' }, ...options })

const PERSON = {
  name: '陈小明',
  idType: 'mainland',
  idNumber: '44070319900101005X',
  phoneRegion: 'cn',
  phone: '13800138000',
  savedAt: 1
}
const withProfile = (person: object = PERSON) => ({
  'wst:profile': JSON.stringify({ state: { parts: { person }, unreadable: {} }, version: 1 })
})
const storedPerson = (page: RenderedPage) => {
  const raw = page.device.get('wst:profile')
  return typeof raw === 'string' ? JSON.parse(raw).state.parts.person : undefined
}

async function chooseVisit(page: RenderedPage) {
  await page.pickerChoose('办理大厅', '蓬江区政务服务中心')
  await page.tap('.booking__dates [role="radio"]')
  await page.waitForText(/^余 \d+/)
  await page.tap(page.getAllByText(/^余 \d+/)[0])
}

test('a saved profile offers to fill the person fields; one tap fills them and the offer goes', async () => {
  const page = await open({ storage: withProfile(), settings: { privacyConsent: 1 } })
  await page.waitForText('用我的信息填写')
  expect(page.text()).toContain('可用已保存的“我的信息”填写：陈*明 · 440***********005X · 138****8000')
  expect(page.text()).not.toContain('13800138000')

  await page.tap('用我的信息填写')
  expect(page.value('姓名')).toBe('陈小明')
  expect(page.value('证件号码')).toBe('44070319900101005X')
  expect(page.value('手机号码')).toBe('13800138000')
  expect(page.text()).not.toContain('用我的信息填写')

  // the user books with what was filled: nothing new, so nothing is asked
  await chooseVisit(page)
  await page.tap('提交预约')
  expect(page.toasts).toEqual(['预约成功'])
  expect(require('@/stores/profile').useProfile.getState().offer).toBeUndefined()
})

test('a profile with a Hong Kong ID fills the type with the number', async () => {
  const page = await open({ storage: withProfile({ ...PERSON, idType: 'hk', idNumber: 'A123456(3)' }) })
  await page.tap('用我的信息填写')
  expect(page.getByText('香港身份证')).toBeTruthy()
  expect(page.value('证件号码')).toBe('A123456(3)')
  expect(page.fieldError('证件号码')).toBeUndefined()
})

test('a value that differs from the profile is offered to be saved after booking; 保存 updates it', async () => {
  const page = await open({ storage: withProfile(), settings: { privacyConsent: 1 } })
  await page.tap('用我的信息填写')
  await page.input('手机号码', '13900139000')
  await chooseVisit(page)
  await page.tap('提交预约')
  expect(page.toasts).toEqual(['预约成功'])
  expect(page.navigations).toHaveLength(1)

  // the offer is asked in place on the page the form moved on to (every Page draws it); nothing saved yet
  await page.waitForText('本次填写的信息与“我的信息”不同，更新我的信息？')
  expect(storedPerson(page).phone).toBe('13800138000')
  await page.tap('保存')
  expect(storedPerson(page)).toMatchObject({ name: '陈小明', phone: '13900139000', idNumber: '44070319900101005X' })
  expect(page.text()).not.toContain('更新我的信息？')
})

test('without a profile nothing is offered to fill; after booking, 不用了 saves nothing', async () => {
  const page = await open({ settings: { privacyConsent: 1 } })
  await page.waitForText('居民身份证换领')
  expect(page.text()).not.toContain('用我的信息填写')
  await chooseVisit(page)
  await page.input('姓名', '陈小明')
  await page.input('证件号码', '44070319900101005x')
  await page.input('手机号码', '13800138000')
  await page.tap('提交预约')
  await page.waitForText('保存本次填写的信息到“我的信息”，下次可一键填写？')
  // offered as the validators keep it
  expect(require('@/stores/profile').useProfile.getState().offer).toEqual({
    name: '陈小明',
    idType: 'mainland',
    idNumber: '44070319900101005X',
    phoneRegion: 'cn',
    phone: '13800138000'
  })
  await page.tap('不用了')
  expect(page.text()).not.toContain('下次可一键填写')
  expect(page.device.get('wst:profile') === undefined || storedPerson(page) === undefined).toBe(true)
})

test('elder mode and 繁體 reach the offer', async () => {
  const page = await open({ storage: withProfile(), settings: { elderMode: true, locale: 'zh-Hant' } })
  await page.waitForText(shellHant['profileFill.fill'])
  expect(page.container.querySelector('.wst-page--elder')).not.toBeNull()
  await page.tap(shellHant['profileFill.fill'])
  expect(page.value('姓名')).toBe('陈小明')
})
