/**
 * @jest-environment node
 */
// 投资咨询 (我要对接, matter investment/consult) through the application pipeline on every implementation of the data
// boundary (embedded, the production server over HTTP): the enterprise's credit code checked with its
// check character, one application per idempotency key, and the office's 受理 → 对接 (with its note) → 办结 with the
// result through the /office commands, then 好差评.
import type { ApplicationRequest } from '@/core/applications'
import type { Backend } from '@/backend/types'
import { isBackendError } from '@/backend/errors'
import { addWorkingDaysAt } from '@/core/calendar'
import { BACKEND_IMPLEMENTATIONS, testClock } from '../../helpers/backends'

// Monday 23 November 2026, 08:00 in Jiangmen
const NOW = Date.parse('2026-11-23T08:00:00+08:00')
const DAY = 24 * 60 * 60 * 1000
const CONSULT = 'investment/consult'

function consultation(key: string, creditCode = '91440700MA4UQ2XX3Q'): ApplicationRequest {
  return {
    idempotencyKey: key,
    matterId: CONSULT,
    formVersion: 1,
    zone: 'shenjiang',
    applicant: {
      name: '陈晓明',
      idType: 'mainland',
      idNumber: '11010519491231002X',
      phoneRegion: 'cn',
      phone: '13800138000',
      company: { name: '深圳市示例储能科技有限公司', creditCode }
    },
    answers: {
      project: 'proj-001',
      park: 'shenjiang-cooperation-zone',
      investmentWan: '50000',
      landMu: '150',
      model: 'sz_rd_jm_production',
      message: '计划在江门建设储能电池 pack 生产线，想了解用地和政策。'
    },
    attachments: {}
  }
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; reason: string }> {
  try {
    await p
  } catch (e) {
    if (isBackendError(e)) return { code: e.code, reason: e.reason }
    throw e
  }
  throw new Error('expected a refusal')
}

describe.each(BACKEND_IMPLEMENTATIONS)('consultation: %s', (_name, make) => {
  let backend: Backend
  let close: () => Promise<void>
  let clock: ReturnType<typeof testClock>
  beforeEach(async () => {
    clock = testClock(NOW)
    const made = await make(clock.now)
    backend = made.backend
    close = made.close
  })
  afterEach(() => close())

  test('the form is listed and served in both scripts, on the consultation workflow', async () => {
    const forms = await backend.applications.listForms('zh-Hans')
    expect(forms.find((f) => f.matterId === CONSULT)).toEqual({
      matterId: CONSULT,
      title: '投资咨询（我要对接）',
      version: 1
    })
    const hant = await backend.applications.getForm(CONSULT, 'zh-Hant')
    expect(hant.title).toBe('投資諮詢（我要對接）')
    expect(hant).toMatchObject({ workflow: 'consultation', applicant: 'legal', promisedDays: 3 })
  })

  test('a wrong check character is refused; the right code is taken once per key', async () => {
    expect(await refusal(backend.applications.submit(consultation('c0', '91440700MA4UQ2XX3R')))).toEqual({
      code: 'invalid',
      reason: 'creditCode.checkChar'
    })
    const first = await backend.applications.submit(consultation('c1'))
    const again = await backend.applications.submit(consultation('c1'))
    expect(again.id).toBe(first.id)
    expect(first).toMatchObject({ status: 'submitted', workflow: 'consultation', matterName: '投资咨询（我要对接）' })
    expect(await backend.applications.list()).toHaveLength(1)
  })

  test('受理 → 对接 with its note → 办结 with the result, through the office commands; then 好差评', async () => {
    const { id } = await backend.applications.submit(consultation('c2'))
    const { office } = backend.applications
    // no meeting before 受理, no review in this workflow
    expect(await refusal(office.act(id, { event: 'connect', actor: 'office', note: '招商部与企业面谈' }))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })
    const accepted = await office.act(id, { event: 'accept', actor: 'office' })
    expect(accepted.deadline.dueAt).toBe(addWorkingDaysAt(accepted.updatedAt, 3))
    expect(await refusal(office.act(id, { event: 'review', actor: 'office' }))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })
    expect(await refusal(office.act(id, { event: 'connect', actor: 'office', note: '已联系' }))).toEqual({
      code: 'invalid',
      reason: 'application.connect.noteRequired'
    })

    clock.advance(DAY)
    const note = '11 月 24 日深江经济合作区招商部李经理与企业面谈，并考察银湖湾园区'
    const connected = await office.act(id, { event: 'connect', actor: 'office', note })
    expect(connected.status).toBe('connected')
    expect(connected.timeline.at(-1)).toMatchObject({ event: 'connect', from: 'accepted', to: 'connected', note })
    expect(connected.deadline.metAt).toBe(connected.updatedAt)
    expect(await backend.user.countApplicationUpdates()).toBe(1)
    // not closed yet: no rating
    expect(await refusal(backend.applications.rate(id, 5))).toEqual({
      code: 'conflict',
      reason: 'application.transition.invalid'
    })

    const text = '双方达成投资意向，拟在银湖湾园区用地 150 亩'
    const done = await office.act(id, { event: 'decide', actor: 'office', outcome: 'approved', text })
    expect(done).toMatchObject({ status: 'decided', decision: { outcome: 'approved', text } })
    const mine = await backend.applications.get(id)
    expect(mine.timeline.map((s) => s.to)).toEqual(['submitted', 'accepted', 'connected', 'decided'])

    const rated = await backend.applications.rate(id, 5)
    expect(rated.ratings).toHaveLength(1)
    expect(await refusal(backend.applications.rate(id, 4))).toEqual({
      code: 'conflict',
      reason: 'application.rate.already'
    })
  })

  test('退回 from 已对接, with its reason', async () => {
    const { id } = await backend.applications.submit(consultation('c3'))
    const { office } = backend.applications
    await office.act(id, { event: 'accept', actor: 'office' })
    await office.act(id, { event: 'connect', actor: 'office', note: '招商部王科长电话联系企业并约定考察' })
    const returned = await office.act(id, { event: 'return', actor: 'office', note: '企业已改由线下渠道对接' })
    expect(returned.status).toBe('returned')
    expect((await backend.applications.rate(id, 4)).ratings[0].level).toBe(4)
  })
})
