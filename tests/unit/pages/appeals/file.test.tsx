// 我要诉求: the form says field by field what is wrong, keeps what the user wrote, shows where the appeal
// will go and why, and files it once — through the outbox, so a lost network only delays it.
import { fireEvent, waitFor } from '@testing-library/react'
import { BackendError } from '@/backend/errors'
import { routes } from '@/routes'
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'
import { CREDIT_CODE, storedAppeals, storedState, zoneStorage } from './seed-appeals'

const filePage = () => import('@/features/appeals/pages/file')
const open = (options: RenderOptions = {}) => renderPage(filePage, options)
const openEnterprise = (options: RenderOptions = {}) =>
  open({ ...options, params: { channel: 'enterprise', ...options.params } })

const NOISE = '小区旁边的工地夜间施工噪音很大，凌晨还在打桩，影响休息，请尽快处理。'

/** every field of a valid filing: described first, and recognised as 住房城乡建设 › 建筑施工 › 施工噪音 */
async function fillValidForm(page: RenderedPage, { enterprise = false } = {}) {
  await page.waitForText('提交诉求')
  await page.input('#appeal-content', NOISE)
  await page.waitForText('施工噪音')
  await page.pickerChoose('所在区（市）', '蓬江区')
  await page.input('详细地址', '蓬江区白沙大道西1号')
  if (enterprise) {
    await page.input('企业名称', '江门市示例电子有限公司')
    await page.input('统一社会信用代码', CREDIT_CODE)
  }
  await page.input('姓名', '陈大明')
  await page.input('手机号码', '13800138000')
}

/** the chip (role radio) of an appeal type */
const typeChip = (page: RenderedPage, label: string) => page.getByText(label).closest('[role="radio"]') as Element

const outboxItems = (page: RenderedPage) => Object.values(storedState(page.device, 'wst:appeal-outbox')?.items ?? {})

test('the page opens as 我要诉求 with the intro, and the 企业 channel as the 117 form', async () => {
  const personal = await open()
  await personal.waitForText('提交诉求')
  expect(personal.title()).toBe('我要诉求')
  expect(personal.text()).toContain('12345热线网上受理')
  expect(personal.text()).not.toContain('统一社会信用代码')
  expect(personal.text()).not.toContain('已恢复上次未提交的填写内容')
  personal.unmount()

  const enterprise = await openEnterprise()
  await enterprise.waitForText('统一社会信用代码')
  expect(enterprise.title()).toBe('企业诉求（117）')
  expect(enterprise.text()).toContain('承办单位1小时内联系企业，24小时内提出解决方案，7天内办结')
  // the 117 deadlines apply anyway: no 紧急 switch
  expect(enterprise.text()).not.toContain('紧急诉求')
})

test('a link can preset the type and the category', async () => {
  const page = await open({ params: { type: 'consult', category: '030301' } })
  await page.waitForText('提交诉求')
  expect(typeChip(page, '咨询').getAttribute('aria-checked')).toBe('true')
  expect(typeChip(page, '投诉').getAttribute('aria-checked')).toBe('false')
  expect(page.container.querySelector('#appeal-category-1')?.textContent).toBe('住房城乡建设 ▾')
  expect(page.container.querySelector('#appeal-category-2')?.textContent).toBe('建筑施工 ▾')
  expect(page.container.querySelector('#appeal-category-3')?.textContent).toBe('施工噪音 ▾')

  // the template follows the type
  await page.tap('按模板填写')
  expect(page.value('#appeal-content')).toBe('想了解的问题：\n相关情况：（如户籍、参保地、企业类型）')
})

test('the description comes first: the category and tags are suggested from it, and 修改 lets the user choose', async () => {
  const page = await open()
  await page.waitForText('先描述诉求')
  expect(page.container.querySelector('#appeal-category-1')).toBeNull()
  await page.input('#appeal-content', NOISE)
  await page.waitForText('识别为')
  const suggestion = page.container.querySelector('#appeal-suggestion')?.textContent ?? ''
  expect(suggestion).toContain('施工噪音')
  expect(suggestion).toContain('夜间施工')
  // the suggestion is the draft's category until the user chooses by hand
  expect(storedState(page.device, 'wst:appeal-drafts')?.drafts.personal.categoryCode).toBe('030301')
  await page.tap('修改')
  expect(page.container.querySelector('#appeal-category-3')?.textContent).toBe('施工噪音 ▾')
  await page.pickerChoose('#appeal-category-3', '建筑工地管理')
  // typing on never overrides a choice made by hand
  await page.input('#appeal-content', `${NOISE}还有渣土车。`)
  expect(page.container.querySelector('#appeal-category-3')?.textContent).toBe('建筑工地管理 ▾')
  expect(page.container.querySelector('#appeal-suggestion')).toBeNull()
})

test('a category must be chosen down to its last level', async () => {
  const page = await open()
  await page.tap('直接选择分类')
  await page.waitForText('大类：请选择 ▾')
  await page.pickerChoose('#appeal-category-1', '住房城乡建设')
  expect(page.container.querySelector('#appeal-category-2')?.textContent).toBe('中类：请选择 ▾')
  await page.tap('提交诉求')
  expect(page.fieldError('诉求分类')).toBe('所选分类下还有更细的分类，请继续选到最后一级')

  await page.pickerChoose('#appeal-category-2', '建筑施工')
  expect(page.fieldError('诉求分类')).toBeUndefined()
  expect(page.container.querySelector('#appeal-category-3')?.textContent).toBe('小类：请选择 ▾')
})

test('submitting an empty form marks each field with its own message and shows the banner', async () => {
  const page = await openEnterprise({ settings: { privacyConsent: 1 } })
  await page.waitForText('提交诉求')
  await page.tap('提交诉求')

  expect(page.getByText('请按提示修改标红的内容')).toBeTruthy()
  expect(page.fieldError('诉求分类')).toBe('请选择诉求分类，选到最后一级')
  expect(page.fieldError('诉求内容')).toBe('请描述您的诉求：发生了什么、在什么时间和地点、希望如何解决')
  expect(page.fieldError('所在区（市）')).toBe('江门市的诉求请选择所在区（市），以便派往属地部门办理')
  expect(page.fieldError('详细地址')).toBe('请填写诉求事项发生的详细地址')
  expect(page.fieldError('企业名称')).toBe('请输入企业名称')
  expect(page.fieldError('统一社会信用代码')).toBe('请输入统一社会信用代码（营业执照上的18位代码）')
  expect(page.fieldError('姓名')).toBe('请输入姓名')
  expect(page.fieldError('手机号码')).toBe('请输入手机号码')
  // a type is chosen from the start (the chips are no form control, so look inside the field itself)
  expect(page.getByText('诉求类型').closest('.wst-field')?.querySelector('[role="alert"]')).toBeNull()
  expect(page.navigations).toEqual([])
  expect(storedAppeals(page.device)).toEqual([])
})

test('a too-short content gets its message when the user leaves the field, and loses it once corrected', async () => {
  const page = await open()
  await page.waitForText('提交诉求')
  await page.input('#appeal-content', '工地太吵')
  expect(page.fieldError('诉求内容')).toBe('诉求内容至少需要10个字，请补充事情经过、时间和地点等细节')

  // typing is enough to take the message away
  await page.input('#appeal-content', NOISE, { leave: false })
  expect(page.fieldError('诉求内容')).toBeUndefined()
  await page.blur('#appeal-content')
  expect(page.fieldError('诉求内容')).toBeUndefined()
  // with no message the field counts the characters again
  expect(page.text()).toContain(`${Array.from(NOISE).length}/1000 字`)
})

test('a 10-digit mobile number gets its specific message, which goes when corrected', async () => {
  const page = await open()
  await page.waitForText('提交诉求')
  await page.input('手机号码', '1380013800')
  expect(page.fieldError('手机号码')).toBe('内地手机号码应为11位数字，请核对位数')
  expect(page.fieldError('姓名')).toBeUndefined()

  await page.input('手机号码', '13800138000')
  expect(page.fieldError('手机号码')).toBeUndefined()
})

test('a 统一社会信用代码 with a wrong check character is told so, and the message goes when corrected', async () => {
  const page = await openEnterprise()
  await page.waitForText('统一社会信用代码')
  await page.input('统一社会信用代码', `${CREDIT_CODE.slice(0, 17)}X`)
  expect(page.fieldError('统一社会信用代码')).toBe(
    '统一社会信用代码最后一位校验码与前17位不符，请核对最后一位，或检查前面是否有字符输错'
  )

  await page.input('统一社会信用代码', CREDIT_CODE)
  expect(page.fieldError('统一社会信用代码')).toBeUndefined()
})

test('what the user wrote is restored on the next visit, and 清空草稿 → 确认清空 empties it', async () => {
  const first = await openEnterprise()
  await first.waitForText('提交诉求')
  await first.tap('求助')
  await first.input('#appeal-content', NOISE)
  await first.input('企业名称', '江门市示例电子有限公司')
  await first.input('手机号码', '1380013800')
  first.unmount()

  // the draft is per channel: the personal form starts empty
  const personal = await open()
  await personal.waitForText('提交诉求')
  expect(personal.text()).not.toContain('已恢复上次未提交的填写内容')
  expect(personal.value('#appeal-content')).toBe('')
  personal.unmount()

  const again = await openEnterprise()
  await again.waitForText('已恢复上次未提交的填写内容')
  expect(again.value('#appeal-content')).toBe(NOISE)
  expect(again.value('企业名称')).toBe('江门市示例电子有限公司')
  expect(again.value('手机号码')).toBe('1380013800')
  expect(typeChip(again, '求助').getAttribute('aria-checked')).toBe('true')

  // 保留 keeps it; 确认清空 empties the form and the stored draft
  await again.tap('清空草稿')
  await again.tap('保留')
  expect(again.value('#appeal-content')).toBe(NOISE)
  await again.tap('清空草稿')
  await again.tap('确认清空')
  expect(again.value('#appeal-content')).toBe('')
  expect(again.value('企业名称')).toBe('')
  expect(again.value('手机号码')).toBe('')
  expect(again.text()).not.toContain('已恢复上次未提交的填写内容')
  expect(storedState(again.device, 'wst:appeal-drafts')?.drafts.enterprise).toBeUndefined()
  again.unmount()

  const later = await openEnterprise()
  await later.waitForText('提交诉求')
  expect(later.text()).not.toContain('已恢复上次未提交的填写内容')
  expect(later.value('#appeal-content')).toBe('')
})

test('after 确认清空, writing again does not bring back the restored notice', async () => {
  const first = await openEnterprise()
  await first.input('#appeal-content', NOISE)
  first.unmount()
  const again = await openEnterprise()
  await again.waitForText('已恢复上次未提交的填写内容')
  await again.tap('清空草稿')
  await again.tap('确认清空')
  await again.input('#appeal-content', '新写的内容，还没写完')
  expect(again.value('#appeal-content')).toBe('新写的内容，还没写完')
  expect(again.text()).not.toContain('已恢复上次未提交的填写内容')
})

test('a complete filing is not sent before the consent box beside 提交诉求 is ticked', async () => {
  const page = await open()
  await fillValidForm(page)
  await page.tap('提交诉求')

  expect(page.getByText('请按提示修改标红的内容')).toBeTruthy()
  expect(page.container.querySelector('#appeal-submit-consent [role="alert"]')?.textContent).toBe(
    '请阅读隐私政策，勾选同意后再提交'
  )
  expect(storedAppeals(page.device)).toEqual([])
  expect(outboxItems(page)).toEqual([])
  expect(page.navigations).toEqual([])

  await page.tap('#appeal-submit-consent [role="checkbox"]')
  expect(page.text()).not.toContain('请按提示修改标红的内容')
  await page.tap('提交诉求')
  await waitFor(() => expect(storedAppeals(page.device)).toHaveLength(1))
})

test('with consent, a valid filing is stored once and the page moves on to its detail', async () => {
  const page = await openEnterprise({ settings: { privacyConsent: 1 } })
  await fillValidForm(page, { enterprise: true })
  await page.tap('提交诉求')

  const stored = storedAppeals(page.device)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({
    status: 'submitted',
    channel: 'enterprise',
    categoryCode: '030301',
    content: NOISE,
    location: { city: 'jiangmen', district: 'pengjiang', address: '蓬江区白沙大道西1号' },
    enterprise: { name: '江门市示例电子有限公司', creditCode: CREDIT_CODE },
    contact: { name: '陈大明', phone: '13800138000' }
  })
  expect(page.navigations).toEqual([routes.appeal(stored[0].id)])
  expect(page.calls.filter((c) => c.api === 'redirectTo')).toHaveLength(1)
  expect(page.toasts).toEqual(['提交成功'])
  expect(outboxItems(page)).toEqual([])
  // the draft is gone
  expect(storedState(page.device, 'wst:appeal-drafts')?.drafts.enterprise).toBeUndefined()
})

test('tapping 提交诉求 twice quickly still files one appeal', async () => {
  const page = await open({ settings: { privacyConsent: 1 } })
  await fillValidForm(page)
  // the second tap comes before the first one's sending has finished (each tap is its own event)
  const button = page.container.querySelector('#appeal-submit') as Element
  fireEvent.click(button)
  fireEvent.click(button)
  await waitFor(() => expect(page.navigations).toHaveLength(1))
  await page.settle()

  const stored = storedAppeals(page.device)
  expect(stored).toHaveLength(1)
  expect(page.navigations).toEqual([routes.appeal(stored[0].id)])
  expect(outboxItems(page)).toEqual([])
})

test('offline, the filing waits in the outbox (待发送) and the page moves on to the list', async () => {
  jest.doMock('@/platform/network', () => ({ isOnline: async () => false, onNetworkChange: () => () => undefined }))
  try {
    const page = await open({ settings: { privacyConsent: 1 } })
    await fillValidForm(page)
    await page.tap('提交诉求')

    expect(storedAppeals(page.device)).toEqual([])
    const queued = outboxItems(page)
    expect(queued).toHaveLength(1)
    expect(queued[0]).toMatchObject({ attempts: 0, request: { content: NOISE, contact: { phone: '13800138000' } } })
    expect(page.navigations).toEqual([routes.appeals()])
    expect(page.toasts).toEqual(['已保存为待发送'])
  } finally {
    jest.dontMock('@/platform/network')
  }
})

test('the routing preview names one handler and the words it went by; a local matter goes to its district', async () => {
  const page = await open()
  await page.waitForText('填写内容后显示拟承办单位')
  await page.input('#appeal-content', NOISE)
  await page.waitForText('拟派往江门市住房和城乡建设局（由12345最终确认）')
  const routing = () => page.container.querySelector('#appeal-routing')?.textContent ?? ''
  expect(routing()).toMatch(/依据：.*夜间施工/)
  expect(routing()).toContain('打桩')
  expect(page.text()).not.toContain('人工分派')

  // once the district is known, a local matter goes to that district's own unit, and the page says why
  await page.pickerChoose('所在区（市）', '蓬江区')
  await page.waitForText('拟派往蓬江区住房和城乡建设局（由12345最终确认）')
  expect(routing()).toContain('蓬江区的施工噪音由蓬江区住房和城乡建设局办理')
  expect(routing()).not.toContain('江门市住房和城乡建设局')
})

test('content the classifier cannot place is left to the 12345 centre to dispatch', async () => {
  const page = await open()
  await page.waitForText('提交诉求')
  await page.input('#appeal-content', '想了解一下这件事情应该怎么办理比较好')
  await page.waitForText('待12345热线人工分派承办单位')
  expect(page.text()).not.toContain('拟派往')
})

test('in the 深江 zone the user says which city; a matter in 深圳 goes to 深圳 12345', async () => {
  const page = await open({ storage: zoneStorage('shenjiang') })
  await page.waitForText('所在城市')
  expect(page.text()).not.toContain('所在区（市）')
  await page.tap('提交诉求')
  expect(page.fieldError('所在城市')).toBe('请选择诉求事项发生的城市')
  await page.input('#appeal-content', NOISE)

  await page.pickerChoose('所在城市', '深圳')
  expect(page.fieldError('所在城市')).toBeUndefined()
  await page.waitForText('拟派往深圳市12345政务服务便民热线（由12345最终确认）')
  expect(page.text()).toContain('事发地在深圳，由深圳市12345政务服务便民热线办理')
  expect(page.text()).not.toContain('所在区（市）')

  // back to 江门: the district is asked again and the cross-city line goes
  await page.pickerChoose('所在城市', '江门')
  await page.waitForText('拟派往江门市住房和城乡建设局（由12345最终确认）')
  expect(page.text()).toContain('所在区（市）')
  expect(page.text()).not.toContain('事发地在深圳')
})

test('in the 江门 zone there is no city to choose', async () => {
  const page = await open({ storage: zoneStorage('jiangmen') })
  await page.waitForText('所在区（市）')
  expect(page.text()).not.toContain('所在城市')
})

test('elder mode renders the form', async () => {
  const page = await open({ settings: { elderMode: true } })
  await page.waitForText('提交诉求')
  expect(page.container.querySelector('.wst-page--elder')).not.toBeNull()
  expect(page.title()).toBe('我要诉求')
  await page.input('#appeal-content', '工地太吵')
  expect(page.fieldError('诉求内容')).toMatch(/^诉求内容至少需要10个字/)
})

test('in 繁體 the form and its messages read in traditional characters', async () => {
  const page = await open({ settings: { locale: 'zh-Hant' } })
  await page.waitForText('提交訴求')
  expect(page.title()).toBe('我要訴求')
  await page.input('#appeal-content', '工地太吵')
  expect(page.fieldError('訴求內容')).toBe('訴求內容至少需要10個字，請補充事情經過、時間和地點等細節')
  await page.tap('提交訴求')
  expect(page.getByText('請按提示修改標紅的內容')).toBeTruthy()
  // the routing evidence, the routing table's own words, reads in 繁體 too
  await page.input('#appeal-content', NOISE)
  await page.waitForText('依據：')
  expect(page.text()).toMatch(/依據：[^依]*(夜間施工|打樁|工地)/)
  expect(page.text()).not.toMatch(/依據：[^依]*(夜间施工|打桩)/)
})

test('a filing the backend refuses comes back into the form, with the message under its field', async () => {
  jest.doMock('@/backend/appeals', () => {
    const { appealsApi } = jest.requireActual('@/backend/appeals')
    return {
      appealsApi: { ...appealsApi, submit: () => Promise.reject(new BackendError('invalid', 'phone.cn.prefix')) }
    }
  })
  try {
    const page = await open({ settings: { privacyConsent: 1 } })
    await fillValidForm(page)
    const key = storedState(page.device, 'wst:appeal-drafts')?.drafts.personal.idempotencyKey
    await page.tap('提交诉求')

    expect(page.fieldError('手机号码')).toBe('内地手机号码应以13至19开头，请核对号码')
    expect(page.getByText('请按提示修改标红的内容')).toBeTruthy()
    expect(page.navigations).toEqual([])
    expect(outboxItems(page)).toEqual([])
    // what the user wrote is all there, as a new filing
    expect(page.value('#appeal-content')).toBe(NOISE)
    expect(page.value('手机号码')).toBe('13800138000')
    expect(storedState(page.device, 'wst:appeal-drafts')?.drafts.personal.idempotencyKey).not.toBe(key)
  } finally {
    jest.dontMock('@/backend/appeals')
  }
})

test('when sending fails on the way, the filing stays in the outbox to be sent later', async () => {
  jest.doMock('@/backend/appeals', () => {
    const { appealsApi } = jest.requireActual('@/backend/appeals')
    return { appealsApi: { ...appealsApi, submit: () => Promise.reject(new BackendError('timeout')) } }
  })
  try {
    const page = await open({ settings: { privacyConsent: 1 } })
    await fillValidForm(page)
    await page.tap('提交诉求')

    expect(outboxItems(page)).toEqual([
      expect.objectContaining({ attempts: 1, request: expect.objectContaining({ content: NOISE }) })
    ])
    expect(page.toasts).toEqual(['已保存为待发送'])
    expect(page.navigations).toEqual([routes.appeals()])
  } finally {
    jest.dontMock('@/backend/appeals')
  }
})

test.each([
  [
    'zh-Hans',
    '手机存储空间已满：您刚填写的内容暂时只保留在本页，关闭小程序会丢失。请先提交，或清理手机存储空间后再继续。'
  ],
  [
    'zh-Hant',
    '手機存儲空間已滿：您剛填寫的內容暫時只保留在本頁，關閉小程序會丟失。請先提交，或清理手機存儲空間後再繼續。'
  ]
] as const)(
  'storage full (%s): the page says so in its script and the draft stays in the form',
  async (locale, notice) => {
    const page = await open({ settings: { locale } })
    await page.waitForText(locale === 'zh-Hans' ? '提交诉求' : '提交訴求')
    expect(page.text()).not.toContain(notice)
    // the device refuses every write, as WeChat does when its storage is full
    const Taro = require('@tarojs/taro') as { setStorageSync(key: string, value: unknown): void }
    const full = jest.spyOn(Taro, 'setStorageSync').mockImplementation(() => {
      throw new Error('setStorageSync:fail exceed storage max size 10MB')
    })
    try {
      await page.input('#appeal-content', NOISE)
      await page.waitForText(notice)
      expect(page.value('#appeal-content')).toBe(NOISE)
      await page.input('#appeal-content', `${NOISE}昨晚又到了一点。`)
      expect(page.value('#appeal-content')).toBe(`${NOISE}昨晚又到了一点。`)
      expect(page.getAllByText(notice)).toHaveLength(1)
      // nothing reached the device: the draft lives in memory only
      expect(storedState(page.device, 'wst:appeal-drafts')?.drafts.personal).toBeUndefined()
    } finally {
      full.mockRestore()
    }
    // room again: the next change writes the whole draft and the notice goes
    await page.input('#appeal-address', '蓬江区白沙大道西1号')
    await waitFor(() => expect(page.text()).not.toContain(notice))
    expect(storedState(page.device, 'wst:appeal-drafts')?.drafts.personal).toMatchObject({
      content: `${NOISE}昨晚又到了一点。`,
      location: expect.objectContaining({ address: '蓬江区白沙大道西1号' })
    })
  }
)
