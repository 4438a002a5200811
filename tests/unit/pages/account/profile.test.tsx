// 我的信息: saved on the device with the consent, shown masked, checked by the forms' own validators, and deleted
// everywhere after asking again in place.
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'

const profilePage = () => import('@/features/account/pages/profile')
const open = (options: RenderOptions = {}) => renderPage(profilePage, options)
const storedProfile = (page: RenderedPage) => {
  const raw = page.device.get('wst:profile')
  return typeof raw === 'string' ? JSON.parse(raw).state.parts : undefined
}

async function fillPerson(page: RenderedPage) {
  await page.tap('填写我的信息')
  await page.input('姓名', '陈小明')
  await page.input('证件号码', '44070319900101005x')
  await page.input('手机号码', '13800138000')
}

test('an empty profile offers to fill it in; saving needs the consent box, like every form', async () => {
  const page = await open()
  expect(page.title()).toBe('我的信息')
  await page.waitForText('还没有保存我的信息。')
  await fillPerson(page)
  await page.tap('保存我的信息')
  expect(page.getByText('请按提示修改标红的内容')).toBeTruthy()
  expect(page.container.querySelector('#profile-save-consent [role="alert"]')?.textContent).toBe(
    '请阅读隐私政策，勾选同意后再提交'
  )
  expect(storedProfile(page)?.person).toBeUndefined()

  await page.tap('#profile-save-consent [role="checkbox"]')
  await page.tap('保存我的信息')
  expect(page.toasts).toEqual(['已保存'])
  // stored as the validators normalise it, shown masked
  expect(storedProfile(page).person).toMatchObject({
    name: '陈小明',
    idNumber: '44070319900101005X',
    phone: '13800138000'
  })
  expect(page.text()).toContain('陈*明')
  expect(page.text()).toContain('440***********005X')
  expect(page.text()).toContain('138****8000')
  expect(page.text()).not.toContain('13800138000')
})

test('wrong values get the validators’ own messages; an enterprise needs both its name and a right code', async () => {
  const page = await open({ settings: { privacyConsent: 1 } })
  await page.tap('填写我的信息')
  await page.input('姓名', '陈')
  expect(page.fieldError('姓名')).toBe('姓名至少需要2个字，请填写证件上的完整姓名')
  await page.input('手机号码', '1380013800')
  expect(page.fieldError('手机号码')).toBe('内地手机号码应为11位数字，请核对位数')
  await page.input('统一社会信用代码', '91440700MA4UQ2XX30')
  expect(page.fieldError('统一社会信用代码')).toMatch(/^统一社会信用代码最后一位校验码与前17位不符/)
  await page.tap('保存我的信息')
  expect(page.fieldError('企业名称')).toBe('请输入企业名称')
  expect(storedProfile(page)?.person).toBeUndefined()

  await page.input('姓名', '陈小明')
  await page.input('手机号码', '13800138000')
  await page.input('企业名称', '江门市示例电子有限公司')
  await page.input('统一社会信用代码', '9144 0700 ma4u q2xx 3q')
  await page.tap('保存我的信息')
  expect(storedProfile(page).enterprise).toMatchObject({
    companyName: '江门市示例电子有限公司',
    creditCode: '91440700MA4UQ2XX3Q'
  })
  expect(page.text()).toContain('9144**********XX3Q')
})

test('an edit left unsaved comes back after a restart', async () => {
  const first = await open({ settings: { privacyConsent: 1 } })
  await first.tap('填写我的信息')
  await first.input('姓名', '陈小明')
  first.unmount()
  const again = await open({ settings: { privacyConsent: 1 } })
  await again.waitForText('已恢复上次未保存的修改')
  expect(again.value('姓名')).toBe('陈小明')
})

test('deleting asks again in place, then nothing of it is left on the device', async () => {
  const page = await open({ settings: { privacyConsent: 1 } })
  await fillPerson(page)
  await page.tap('保存我的信息')
  await page.waitForText('陈*明')

  await page.tap('删除我的信息')
  expect(page.getByText(/删除后本机不再保留我的信息/)).toBeTruthy()
  await page.tap('保留')
  expect(storedProfile(page).person).toBeDefined()

  await page.tap('删除我的信息')
  await page.tap('确认删除')
  await page.waitForText('还没有保存我的信息。')
  expect(page.toasts).toContain('已删除我的信息')
  expect([...page.device.keys()].filter((k) => k.startsWith('wst:profile'))).toEqual([])
})

test('elder mode and 繁體 reach the page', async () => {
  const page = await open({ settings: { elderMode: true, locale: 'zh-Hant', privacyConsent: 1 } })
  await page.waitForText('還沒有保存我的信息。')
  expect(page.container.querySelector('.wst-page--elder')).not.toBeNull()
  await page.tap('填寫我的信息')
  await page.input('手機號碼', '123')
  expect(page.fieldError('手機號碼')).toMatch(/^內地手機號碼應為11位數字/)
  expect(page.container.querySelector('#profile-save-consent [role="checkbox"]')?.getAttribute('aria-checked')).toBe(
    'true'
  )
})
