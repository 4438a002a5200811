// 在线申办 of 招商服务's 投资咨询 (我要对接) on the consultation workflow: the apply page takes the project a page preset
// and says the time limit runs to the meeting (对接); the application page names 已对接 with the office's note and
// then 已办结 with the result, and takes 好差评 only then. The office's side is the server's console
// (tests/unit/server/console.test.ts).
import { createEmbeddedBackend } from '@/backend/embedded'
import { appealsDatasets, toSimplified } from '@/backend/embedded/appeals-data'
import { govDatasets } from '@/backend/embedded/gov-data'
import { memoryStorage } from '@/backend/storage/key-value'
import type { Backend } from '@/backend/types'
import { formatShanghai } from '@/core/calendar'
import { renderPage } from '../../../helpers/render-page'

const applyPage = () => import('@/features/gov-services/pages/apply')
const applicationPage = () => import('@/features/gov-services/pages/application')
const CONSENTED = { privacyConsent: 1 }
const MEETING = '深江经济合作区招商部李经理与企业面谈，并实地考察银湖湾园区'
const RESULT = '双方达成投资意向，拟在银湖湾园区用地 150 亩'

const storedApplications = (device: Map<string, unknown>): Array<Record<string, any>> => {
  const raw = device.get('wst:applications')
  return ((typeof raw === 'string' ? JSON.parse(raw) : raw) as { items?: Array<Record<string, any>> })?.items ?? []
}

/** a consultation filed through the embedded backend, then moved on by the office's `steps` */
async function seedConsultation(steps: (b: Backend, id: string) => Promise<unknown> = async () => undefined) {
  const storage = memoryStorage()
  const backend = createEmbeddedBackend(storage, { gov: govDatasets, appeals: appealsDatasets, simplify: toSimplified })
  const { id } = await backend.applications.submit({
    idempotencyKey: 'seed-consultation-1',
    matterId: 'investment/consult',
    formVersion: 1,
    zone: 'shenjiang',
    applicant: {
      name: '陈小明',
      idType: 'mainland',
      idNumber: '11010519491231002X',
      phoneRegion: 'cn',
      phone: '13800138000',
      company: { name: '深圳市示例储能科技有限公司', creditCode: '91440700MA4UQ2XX3Q' }
    },
    answers: {
      project: 'proj-001',
      investmentWan: '50000',
      model: 'sz_rd_jm_production',
      message: '计划在江门建设储能电池 pack 生产线，想了解用地和政策。'
    },
    attachments: {}
  })
  await steps(backend, id)
  return { id, storage: storage.dump() }
}

const accept = (b: Backend, id: string) => b.applications.office.act(id, { event: 'accept', actor: 'office' })
const connect = async (b: Backend, id: string) => {
  await accept(b, id)
  await b.applications.office.act(id, { event: 'connect', actor: 'office', note: MEETING })
}

test('the form from a project page: the project chosen, the meeting promised, the credit code checked', async () => {
  const page = await renderPage(applyPage, {
    params: { matter: 'investment/consult', preset: 'project:proj-001' },
    settings: CONSENTED
  })
  await page.waitForText('投资咨询（我要对接）')
  expect(page.text()).toContain('受理后 3 个工作日内安排对接')
  expect(page.text()).toContain('受理后招商部门安排专人与您对接')
  expect(page.text()).toContain('年产 10 GWh 储能电池 pack 及系统集成项目')
  expect(page.text()).toContain('单位名称')
  await page.input('#apply-credit-code', '91440700MA4UQ2XX3R')
  await page.waitForText('统一社会信用代码最后一位校验码与前17位不符，请核对最后一位，或检查前面是否有字符输错')
  await page.input('#apply-credit-code', '91440700MA4UQ2XX3Q')
  await page.settle()
  expect(page.text()).not.toContain('最后一位校验码与前17位不符')
})

test('the draft of a consultation survives a reload; a double tap submits it once, with its company', async () => {
  const params = { matter: 'investment/consult', preset: 'park:shenjiang-cooperation-zone' }
  const first = await renderPage(applyPage, { params, settings: CONSENTED })
  await first.waitForText('投资咨询（我要对接）')
  await first.input('#apply-company-name', '深圳市示例储能科技有限公司')
  await first.input('#apply-credit-code', '91440700MA4UQ2XX3Q')
  await first.input('#apply-name', '陈小明')
  await first.input('#apply-id-number', '11010519491231002X')
  await first.input('#apply-phone', '13800138000')
  await first.input('#apply-f-investmentWan', '50000')
  await first.pickerChoose('#apply-f-model', '深圳研发 + 江门生产')
  await first.input('#apply-f-message', '计划在江门建设储能电池 pack 生产线，想了解用地和政策。')
  first.unmount()

  const page = await renderPage(applyPage, { params, settings: CONSENTED })
  await page.waitForText('已恢复您上次未提交的申请')
  expect(page.value('#apply-credit-code')).toBe('91440700MA4UQ2XX3Q')
  expect(page.value('#apply-f-investmentWan')).toBe('50000')
  expect(page.text()).toContain('深江经济合作区')
  await page.tap('#apply-submit')
  await page.tap('#apply-submit')
  await page.settle()
  const stored = storedApplications(page.device)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({
    matterId: 'investment/consult',
    workflow: 'consultation',
    applicant: { company: { name: '深圳市示例储能科技有限公司', creditCode: '91440700MA4UQ2XX3Q' } },
    answers: { park: 'shenjiang-cooperation-zone', investmentWan: '50000', model: 'sz_rd_jm_production' }
  })
})

test('已对接 with the note of the meeting and its time; nothing to rate until 已办结 with the result', async () => {
  const { id, storage } = await seedConsultation(connect)
  const page = await renderPage(applicationPage, { params: { id }, storage, settings: CONSENTED })
  await page.waitForText('已对接')
  expect(page.text()).toContain('完成对接 → 已对接')
  expect(page.text()).toContain(MEETING)
  const [stored] = storedApplications(page.device)
  expect(page.text()).toContain(`已于 ${formatShanghai(stored.deadline.metAt, 'YYYY-MM-DD HH:mm')} 完成对接`)
  expect(page.container.querySelector('#application-rate-submit')).toBeNull()
  page.unmount()

  const done = await seedConsultation(async (b, x) => {
    await connect(b, x)
    await b.applications.office.act(x, { event: 'decide', actor: 'office', outcome: 'approved', text: RESULT })
  })
  const closed = await renderPage(applicationPage, { params: { id: done.id }, storage: done.storage })
  await closed.waitForText('办理结果：达成合作意向')
  expect(closed.text()).toContain('已办结')
  expect(closed.text()).toContain(RESULT)
  expect(closed.text()).toContain('办结 → 已办结')
  expect(closed.container.querySelector('#application-rate-submit')).not.toBeNull()
})
