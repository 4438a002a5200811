// 我要诉求 with 我的信息: the contact (and a 117 appeal's enterprise) fill from the saved profile, and a new value
// sent with the appeal is offered to be saved back.
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'
import { CREDIT_CODE, storedAppeals } from './seed-appeals'

const filePage = () => import('@/features/appeals/pages/file')
const open = (options: RenderOptions = {}) => renderPage(filePage, options)

const PROFILE = {
  person: {
    name: '陈大明',
    idType: 'mainland',
    idNumber: '',
    phoneRegion: 'cn',
    phone: '13800138000',
    savedAt: 1
  },
  enterprise: { companyName: '江门市示例电子有限公司', creditCode: CREDIT_CODE, savedAt: 1 }
}
const storage = { 'wst:profile': JSON.stringify({ state: { parts: PROFILE, unreadable: {} }, version: 1 }) }
const storedParts = (page: RenderedPage) => JSON.parse(page.device.get('wst:profile') as string).state.parts

test('a 117 appeal fills its contact and enterprise from the profile', async () => {
  const page = await open({ params: { channel: 'enterprise' }, storage })
  await page.waitForText('用我的信息填写')
  expect(page.text()).toContain('陈*明 · 138****8000 · 江门市示例电子有限公司')
  await page.tap('用我的信息填写')
  expect(page.value('姓名')).toBe('陈大明')
  expect(page.value('手机号码')).toBe('13800138000')
  expect(page.value('企业名称')).toBe('江门市示例电子有限公司')
  expect(page.value('统一社会信用代码')).toBe(CREDIT_CODE)
  expect(page.text()).not.toContain('用我的信息填写')
})

test('a personal appeal fills only the contact, and a changed phone is offered to be saved after filing', async () => {
  const page = await open({ storage, settings: { privacyConsent: 1 } })
  await page.tap('用我的信息填写')
  expect(page.value('姓名')).toBe('陈大明')
  expect(page.text()).not.toContain('企业名称')

  await page.input('#appeal-content', '小区旁边的工地夜间施工噪音很大，凌晨还在打桩，影响休息，请尽快处理。')
  await page.waitForText('施工噪音')
  await page.pickerChoose('所在区（市）', '蓬江区')
  await page.input('详细地址', '蓬江区白沙大道西1号')
  await page.input('手机号码', '13900139000')
  await page.tap('提交诉求')
  expect(storedAppeals(page.device)).toHaveLength(1)

  await page.waitForText('本次填写的信息与“我的信息”不同，更新我的信息？')
  await page.tap('保存')
  expect(storedParts(page).person).toMatchObject({ name: '陈大明', phone: '13900139000' })
  // the enterprise part is untouched by a personal appeal
  expect(storedParts(page).enterprise).toMatchObject({ creditCode: CREDIT_CODE })
})
