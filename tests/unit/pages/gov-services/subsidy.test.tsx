// 在线申办 of another module's matter on the subsidy workflow: the apply page takes ?matter=talent/<id>; the
// application page names the subsidy's statuses (初审中 … 公示中, 通过, 发放中), the publicity's end and the payment
// schedule; 我的办件 says what a subsidy waits for. The office's side (公示, 通过 / 不予通过, 记录发放) is the server's
// console (tests/unit/server/console.test.ts).
import type { Backend } from '@/backend/types'
import type { ApplicationRequest } from '@/core/applications'
import { addWorkingDaysAt, formatShanghai } from '@/core/calendar'
import { routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'
import { seedApplication } from './seed-applications'

const applyPage = () => import('@/features/gov-services/pages/apply')
const applicationPage = () => import('@/features/gov-services/pages/application')
const progressPage = () => import('@/features/gov-services/pages/progress')
const CONSENTED = { privacyConsent: 1 }
const DAY = 24 * 60 * 60 * 1000
const PHOTO = { path: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=', size: 14 }

const storedApplications = (device: Map<string, unknown>): Array<Record<string, any>> => {
  const raw = device.get('wst:applications')
  return ((typeof raw === 'string' ? JSON.parse(raw) : raw) as { items?: Array<Record<string, any>> })?.items ?? []
}
const day = (ms: number) => formatShanghai(ms, 'YYYY-MM-DD')

/** 高技能人才购房补贴, filled in: 3 万元 in three yearly instalments */
const HOUSING: Pick<ApplicationRequest, 'matterId' | 'answers' | 'attachments'> = {
  matterId: 'talent/jm-high-skill-housing',
  answers: {
    skillLevel: '1',
    occupation: '数控车工',
    certificateNo: 'S4407002023001234',
    employer: '江门市某某机械制造有限公司',
    employerCreditCode: '91440700MA4UQ2XX3Q',
    insuranceFrom: '2021-03',
    houseAddress: '江门市蓬江区某某路 8 号 3 座 1201',
    purchasedOn: '2026-06-18',
    bank: '中国工商银行江门分行'
  },
  attachments: { bankCard: [PHOTO] }
}

/** a clock the seeding steps move on, starting `daysAgo` days before now */
function clockFrom(daysAgo: number) {
  let t = Date.now() - daysAgo * DAY
  return { now: () => t++, advance: (ms: number) => void (t += ms) }
}

const office = (b: Backend) => b.applications.office
const toPublicity = async (b: Backend, id: string) => {
  await office(b).act(id, { event: 'accept', actor: 'office' })
  await office(b).act(id, { event: 'review', actor: 'office' })
  await office(b).act(id, { event: 'publicize', actor: 'office', note: '在江门人才网公示' })
}
const approve = { event: 'decide', actor: 'office', outcome: 'approved', text: '公示无异议，准予发放购房补贴' } as const

afterEach(() => jest.dontMock('@/platform/photos'))

test('?matter=talent/talent-card opens that form, says how a subsidy is handled, and submits to the application', async () => {
  jest.doMock('@/platform/photos', () => ({
    ...jest.requireActual('@/platform/photos'),
    choosePhotos: async () => ({ photos: [PHOTO], rejected: [] })
  }))
  const page = await renderPage(applyPage, { params: { matter: 'talent/talent-card' }, settings: CONSENTED })
  await page.waitForText('侨都人才卡申领')
  expect(page.text()).toContain('受理后 15 个工作日内办结')
  expect(page.text()).toContain('初审、复审后公示 5 个工作日，公示期满无异议后通过并发放')
  // 身份证 and 学历学位证书 are 免证办
  expect(page.getAllByText('免证办')).toHaveLength(2)

  await page.input('#apply-name', '陈小明')
  await page.input('#apply-id-number', '11010519491231002X')
  await page.input('#apply-phone', '13800138000')
  await page.pickerChoose('#apply-f-category', 'C 卡：高层次人才（博士、副高级职称、高级技师等）')
  await page.pickerChoose('#apply-f-education', '博士研究生')
  await page.input('#apply-f-school', '中山大学')
  await page.pickerChoose('#apply-f-title', '副高级')
  // a title asks for its name
  await page.input('#apply-f-titleName', '高级工程师')
  await page.input('#apply-f-employer', '江门市某某科技有限公司')
  await page.input('#apply-f-employerCreditCode', '91440700MA4UQ2XX3Q')
  await page.pickerChoose('#apply-f-insuranceFrom', '2023-07')
  await page.tap('#apply-m-contract-add')
  await page.tap('#apply-m-photo-add')
  await page.tap('#apply-submit')
  await page.settle()

  const stored = storedApplications(page.device)
  expect(stored).toHaveLength(1)
  expect(stored[0]).toMatchObject({
    matterId: 'talent/talent-card',
    status: 'submitted',
    workflow: 'subsidy',
    payout: [{ label: '人才卡制发', monthsAfterApproval: 0 }]
  })
  expect(stored[0].answers).toMatchObject({ category: 'c', title: 'associate_senior', titleName: '高级工程师' })
  expect(page.navigations).toEqual([routes.application(stored[0].id)])
  expect(routes.applyFor('talent/talent-card')).toBe(
    '/features/gov-services/pages/apply/index?matter=talent%2Ftalent-card'
  )
})

test('a malformed ?matter= is not asked for: the page falls back to ?service=', async () => {
  const page = await renderPage(applyPage, {
    params: { matter: '../talent-card', service: 'svc-0069' },
    settings: CONSENTED
  })
  await page.waitForText('无犯罪记录证明开具')
  expect(page.text()).not.toContain('侨都人才卡申领')
})

test('in 公示, the application says until when; 我的办件 says it too, by name and not by colour', async () => {
  const { id, storage } = await seedApplication(toPublicity, Date.now(), HOUSING)
  const ends = day(addWorkingDaysAt(Date.now(), 5))
  const page = await renderPage(applicationPage, { params: { id }, storage, settings: CONSENTED })
  await page.waitForText('公示中')
  expect(page.text()).toContain(`公示至 ${ends}，期满无异议后通过`)
  expect(page.text()).toContain('初审通过 → 复审中')
  expect(page.text()).toContain('公示 → 公示中')
  // nothing to rate until it is decided
  expect(page.container.querySelector('#application-rate-submit')).toBeNull()
  page.unmount()

  const list = await renderPage(progressPage, { storage })
  await list.waitForText('高技能人才购房补贴')
  expect(list.text()).toContain(`公示至 ${ends}`)
  expect(list.getByText('公示中').className).toContain('wst-tag')
})

test('通过: the payment schedule with due dates, paid dates and notes; 发放中 takes 好差评', async () => {
  const clock = clockFrom(30)
  const { id, storage } = await seedApplication(
    async (b, id) => {
      await toPublicity(b, id)
      clock.advance(10 * DAY)
      await office(b).act(id, approve)
      await office(b).act(id, { event: 'pay', actor: 'office', note: '已转入尾号 6789 的银行卡' })
    },
    clock.now,
    HOUSING
  )
  const [stored] = storedApplications(new Map(Object.entries(storage)))
  const [first, second, third] = stored.payments as Array<{ dueOn: string; paidAt?: number }>
  const page = await renderPage(applicationPage, { params: { id }, storage, settings: CONSENTED })
  await page.waitForText('发放安排')
  expect(page.text()).toContain('办理结果：通过')
  expect(page.text()).toContain('发放中')
  expect(page.text()).toContain(`公示期已于 ${day(stored.publicity.endsAt)} 结束`)
  expect(page.text()).toContain('已发放 1 / 3 期')
  expect(page.text()).toContain('合计 30,000 元')
  expect(page.text()).toContain('第 1 期购房补贴：10,000 元')
  expect(page.text()).toContain(
    `已于 ${formatShanghai(first.paidAt!, 'YYYY-MM-DD HH:mm')} 发放 · 已转入尾号 6789 的银行卡`
  )
  expect(page.text()).toContain(`应于 ${second.dueOn} 发放`)
  expect(page.text()).toContain(`应于 ${third.dueOn} 发放`)
  // each instalment's state in words beside it
  expect(page.getAllByText('待发放')).toHaveLength(2)
  expect(page.text()).toContain('记录发放 → 发放中')
  // an approved subsidy being paid is closed for the applicant: it takes a rating
  expect(page.container.querySelector('#application-rate-submit')).not.toBeNull()
  page.unmount()

  const list = await renderPage(progressPage, { storage })
  await list.waitForText('高技能人才购房补贴')
  expect(list.text()).toContain(`下一期：第 2 期购房补贴，应于 ${second.dueOn} 发放`)
})

test('a long schedule (36 monthly instalments) shows the last paid and the next ones, then all on request', async () => {
  const clock = clockFrom(120)
  const { id, storage } = await seedApplication(
    async (b, id) => {
      await toPublicity(b, id)
      clock.advance(10 * DAY)
      await office(b).act(id, approve)
      for (let i = 0; i < 2; i++) {
        clock.advance(32 * DAY)
        await office(b).act(id, { event: 'pay', actor: 'office' })
      }
    },
    clock.now,
    {
      matterId: 'talent/jm-graduate-living',
      answers: {
        education: 'master',
        studyMode: 'full_time',
        school: '华南理工大学',
        major: '材料科学与工程',
        graduatedOn: '2025-06',
        employer: '江门市某某新材料有限公司',
        employerCreditCode: '91440700MA4UQ2XX3Q',
        employedOn: '2025-08-01',
        insuranceFrom: '2025-08',
        bank: '中国建设银行江门分行'
      },
      attachments: { contract: [PHOTO], bankCard: [PHOTO] }
    }
  )
  const page = await renderPage(applicationPage, { params: { id }, storage, settings: CONSENTED })
  await page.waitForText('发放安排')
  // a 硕士's rate, every month for 36 months
  expect(page.text()).toContain('已发放 2 / 36 期')
  expect(page.text()).toContain('合计 36,000 元')
  const shown = () => page.getAllByText(/^第 \d+ 个月生活补贴：1,000 元$/).map((el) => el.textContent)
  expect(shown()).toEqual([
    '第 2 个月生活补贴：1,000 元',
    '第 3 个月生活补贴：1,000 元',
    '第 4 个月生活补贴：1,000 元',
    '第 5 个月生活补贴：1,000 元'
  ])
  await page.tap('查看全部 36 期')
  expect(shown()).toHaveLength(36)
  expect(page.text()).not.toContain('查看全部 36 期')
})
