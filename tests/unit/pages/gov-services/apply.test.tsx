// 在线申办: the form says what is wrong field by field, keeps the draft across a reload, submits once through the
// outbox (offline too), and the application page then follows it through 补正, the decision and 好差评.
import { routes } from '@/routes'
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'
import { storedState } from '../appeals/seed-appeals'
import { seedApplication } from './seed-applications'

const applyPage = () => import('@/features/gov-services/pages/apply')
const applicationPage = () => import('@/features/gov-services/pages/application')
const CONSENTED = { privacyConsent: 1 }
// 无犯罪记录证明开具: a purpose, the office it goes to, the language; two materials are 免证办
const open = (options: RenderOptions = {}) =>
  renderPage(applyPage, { params: { service: 'svc-0069' }, settings: CONSENTED, ...options })

const storedApplications = (device: Map<string, unknown>): Array<Record<string, any>> => {
  const raw = device.get('wst:applications')
  return ((typeof raw === 'string' ? JSON.parse(raw) : raw) as { items?: Array<Record<string, any>> })?.items ?? []
}

async function fillApplicant(page: RenderedPage) {
  await page.input('#apply-name', '陈小明')
  await page.input('#apply-id-number', '11010519491231002X')
  await page.input('#apply-phone', '13800138000')
}

async function fillMatter(page: RenderedPage) {
  await page.pickerChoose('#apply-f-purpose', '就业')
  await page.input('#apply-f-recipient', '江门市某某科技有限公司')
  await page.pickerChoose('#apply-f-language', '中文')
}

function mockNetwork(online: boolean) {
  const network = { online }
  jest.doMock('@/platform/network', () => ({
    isOnline: async () => network.online,
    onNetworkChange: () => () => undefined
  }))
  return network
}
afterEach(() => {
  jest.dontMock('@/platform/network')
  jest.dontMock('@/platform/photos')
})

test('the form shows the matter, its time limit, and the materials with their 免证办 marks', async () => {
  const page = await open()
  await page.waitForText('无犯罪记录证明开具')
  expect(page.title()).toBe('在线申办')
  expect(page.text()).toContain('受理后 1 个工作日内办结')
  expect(page.text()).toContain('其中 2 项免证办')
  expect(page.getAllByText('免证办')).toHaveLength(2)
  expect(page.container.querySelector('#apply-m-m2-add')?.getAttribute('aria-label')).toBe('上传授权委托书的照片')
})

test('every wrong field says what is wrong; nothing is sent until all are right', async () => {
  const page = await open()
  await page.waitForText('提交申请')
  await page.tap('#apply-submit')
  expect(page.text()).toContain('还有内容需要修改')
  expect(page.fieldError('证明用途 *')).toBe('请填写这一项')
  await fillApplicant(page)
  await page.input('#apply-id-number', '110105194912310021')
  expect(page.fieldError('证件号码 *')).toMatch(/校验/)
  await page.input('#apply-f-recipient', '某')
  expect(page.fieldError('证明提交单位 *')).toBe('内容太短，请再写详细一些')
  expect(storedApplications(page.device)).toEqual([])
})

test('the draft survives a reload; a right form is submitted once and opens the application', async () => {
  const first = await open()
  await first.waitForText('提交申请')
  await fillApplicant(first)
  await fillMatter(first)
  first.unmount()

  const page = await open()
  await page.waitForText('已恢复您上次未提交的申请')
  expect(page.value('#apply-f-recipient')).toBe('江门市某某科技有限公司')
  await page.tap('#apply-submit')
  await page.tap('#apply-submit')
  await page.settle()
  const stored = storedApplications(page.device)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({ status: 'submitted', matterId: 'gov-services/svc-0069' })
  expect(stored[0].answers).toEqual({
    purpose: 'purpose-1',
    recipient: '江门市某某科技有限公司',
    language: 'language-1'
  })
  expect(page.navigations).toEqual([routes.application(stored[0].id)])
  expect(storedState(page.device, 'wst:application-drafts')?.drafts).toEqual({})
})

test('offline, the application waits in the outbox and is sent once when the network is back', async () => {
  const network = mockNetwork(false)
  const page = await open()
  await page.waitForText('提交申请')
  await fillApplicant(page)
  await fillMatter(page)
  await page.tap('#apply-submit')
  await page.settle()
  expect(page.toasts).toContain('网络不可用，申请已保存在待发送，联网后自动提交，不会重复提交')
  // without the network another page may not load (H5 loads each page then): the form says so in place
  await page.waitForText('没有网络，申请已保存在本机，联网后会自动发送，只发送一次，不会重复提交。')
  expect(page.navigations).toEqual([])
  await page.tap('查看我的办件')
  expect(page.navigations).toEqual([routes.progress()])
  expect(storedApplications(page.device)).toEqual([])
  const queued = Object.values(storedState(page.device, 'wst:application-outbox')?.items ?? {})
  expect(queued).toHaveLength(1)
  page.unmount()

  network.online = true
  const progress = await renderPage(() => import('@/features/gov-services/pages/progress'), { settings: CONSENTED })
  await progress.waitForText('无犯罪记录证明开具')
  expect(storedApplications(progress.device)).toHaveLength(1)
  expect(Object.keys(storedState(progress.device, 'wst:application-outbox')?.items ?? {})).toEqual([])
})

const NEW_PAGE = { path: 'data:image/jpeg;base64,BBBB', size: 4 }

test('补正: the office asks for a page again; the user sends it and the application goes on to 审核中', async () => {
  // the platform's photo picker, as the user picks one photo
  jest.doMock('@/platform/photos', () => ({
    ...jest.requireActual('@/platform/photos'),
    choosePhotos: async () => ({ photos: [NEW_PAGE], rejected: [] }),
    removePhoto: async () => undefined
  }))
  const { id, storage } = await seedApplication(async (b, id) => {
    await b.applications.office.act(id, { event: 'accept', actor: 'office' })
    await b.applications.office.act(id, {
      event: 'requestAmend',
      actor: 'office',
      note: '申请书照片不清晰，请重新拍摄上传',
      fields: [],
      materials: ['m2']
    })
  })
  const page = await renderPage(applicationPage, { params: { id }, storage, settings: CONSENTED })
  await page.waitForText('补正材料')
  expect(page.text()).toContain('待补正')
  expect(page.text()).toContain('补正期间暂停计时')
  expect(page.text()).toContain('申请书照片不清晰，请重新拍摄上传')
  // the old page is taken away: the material is empty again and must be uploaded
  await page.tap('删除')
  await page.tap('#application-amend-submit')
  expect(page.text()).toContain('请上传这份材料的照片')
  await page.tap('#apply-m-m2-add')
  await page.waitForText('已上传 1 / 3 张')
  await page.tap('#application-amend-submit')
  await page.waitForText('审核中')
  expect(page.toasts).toContain('补正已提交，进入审核')
  expect(page.container.querySelector('#application-amend')).toBeNull()
  expect(page.text()).toContain('提交补正 → 审核中')
  expect(storedApplications(page.device)[0].attachments.m2).toEqual([NEW_PAGE])
})

test('a closed application takes one 好差评; a 差评 asks why and shows the call-back and 整改 due', async () => {
  const { id, storage } = await seedApplication(async (b, id) => {
    await b.applications.office.act(id, { event: 'accept', actor: 'office' })
    await b.applications.office.act(id, {
      event: 'decide',
      actor: 'office',
      outcome: 'approved',
      text: '已出具查询结果'
    })
  })
  const page = await renderPage(applicationPage, { params: { id }, storage, settings: CONSENTED })
  await page.waitForText('办理结果：准予')
  await page.tap('不满意')
  await page.tap('#application-rate-submit')
  expect(page.text()).toContain('选择“不满意”或“非常不满意”时请说明原因')
  await page.input('#application-rate-reason', '查询结果少了一处车位')
  await page.tap('#application-rate-submit')
  await page.waitForText('您的评价：不满意')
  expect(page.text()).toContain('回访：')
  expect(page.text()).toContain('整改：')
  expect(page.container.querySelector('#application-rate-submit')).toBeNull()
})

test('a saved 我的信息 fills the applicant block in one tap', async () => {
  const person = {
    name: '陈小明',
    idType: 'mainland',
    idNumber: '11010519491231002X',
    phoneRegion: 'cn',
    phone: '13800138000',
    savedAt: 1
  }
  const page = await open({
    storage: { 'wst:profile': JSON.stringify({ state: { parts: { person }, unreadable: {} }, version: 1 }) }
  })
  await page.waitForText('用我的信息填写')
  await page.tap('用我的信息填写')
  expect(page.value('#apply-name')).toBe('陈小明')
  expect(page.value('#apply-id-number')).toBe('11010519491231002X')
  expect(page.value('#apply-phone')).toBe('13800138000')
  expect(page.text()).not.toContain('用我的信息填写')
})

test('a material can be a PDF: it is listed by its name and sent with the application', async () => {
  const PDF = { path: 'data:application/pdf;base64,JVBERi0=', size: 5, name: '查询申请书.pdf' }
  jest.doMock('@/platform/documents', () => ({
    ...jest.requireActual('@/platform/documents'),
    chooseDocuments: async () => ({ files: [PDF], rejected: ['扫描件.docx'] })
  }))
  const page = await renderPage(applyPage, { params: { service: 'svc-0027' }, settings: CONSENTED })
  await page.waitForText('不动产登记资料查询申请书')
  await fillApplicant(page)
  await page.pickerChoose('#apply-f-queryType', '本人名下不动产登记结果（有房/无房）')
  await page.pickerChoose('#apply-f-purpose', '购房')
  await page.tap('#apply-m-m2-document')
  await page.waitForText('查询申请书.pdf（PDF，1 KB）')
  expect(page.text()).toContain('未添加：扫描件.docx（只收 2 MB 以内的 PDF 文件）')
  await page.tap('#apply-submit')
  await page.settle()
  expect(storedApplications(page.device)[0].attachments.m2).toEqual([PDF])
  jest.dontMock('@/platform/documents')
})

test('办件查询 lists the own applications, and looking one up by its 申办编号 opens it', async () => {
  const { id, storage } = await seedApplication(async () => undefined)
  const page = await renderPage(() => import('@/features/gov-services/pages/progress'), { storage })
  await page.waitForText('不动产登记资料查询')
  expect(page.text()).toContain('已提交')
  await page.input('#progress-reference', id.toLowerCase())
  await page.tap('#progress-query')
  expect(page.navigations).toEqual([routes.application(id)])
})
