// 诉求详情: one appeal with its deadlines, content, unit and history; the citizen can withdraw it before it is
// accepted and rate the result, and a 差评 sends it back for one 重办.
import { waitFor } from '@testing-library/react'
import { renderPage, type RenderedPage } from '../../../helpers/render-page'
import { seedAppeals, STEPS, storedAppeals, type Seed } from './seed-appeals'

const detailPage = () => import('@/features/appeals/pages/detail')
const open = (id: string, storage: Record<string, unknown> = {}) => renderPage(detailPage, { params: { id }, storage })

/** the detail of one seeded appeal, loaded */
async function openSeeded(seed: Seed, options: { minutesAgo?: number } = {}) {
  const { storage, appeals } = await seedAppeals([seed], options)
  const page = await open(appeals[0].id, storage)
  await page.waitForText(appeals[0].reference)
  return { page, appeal: appeals[0] }
}

/** the status tag at the top of the page */
const status = (page: RenderedPage) => page.container.querySelector('.appeal-detail__head')?.textContent ?? ''
const deadlineRows = (page: RenderedPage) =>
  Array.from(page.container.querySelectorAll('.appeal-deadlines__row')).map((r) => r.textContent ?? '')
const buttons = (page: RenderedPage) =>
  Array.from(page.container.querySelectorAll('taro-button-core')).map((b) => b.textContent)
const stored = (page: RenderedPage, id: string) => storedAppeals(page.device).find((a) => a.id === id)

test('an enterprise appeal shows the three 117 deadlines with the time left, and its details', async () => {
  const { page, appeal } = await openSeeded({})
  expect(page.title()).toBe('诉求详情')
  expect(status(page)).toBe('投诉 · 企业诉求·117已提交')

  const [contact, reply, close] = deadlineRows(page)
  expect(deadlineRows(page)).toHaveLength(3)
  expect(contact).toMatch(/^联系诉求人 · 1小时内剩余 \d+分\d+秒截止 \d{4}-\d\d-\d\d \d\d:\d\d$/)
  expect(reply).toMatch(/^答复 · 24小时内剩余 23小时\d+分截止 /)
  // 7 days run to 24:00 of the 7th day after filing, so what is left depends on the hour it was filed
  expect(close).toMatch(/^办结 · 7天内剩余 [67]天\d+小时截止 \d{4}-\d\d-\d\d 23:59$/)

  expect(page.text()).toContain(appeal.content)
  expect(page.text()).toContain('江门 蓬江区 蓬江区白沙大道西1号')
  expect(page.text()).toContain('江门市示例电子有限公司 91440703MA4UJ5XQ0W')
  // the contact is masked here too
  expect(page.text()).toContain('陈*明 138****8000')
  expect(page.text()).not.toContain('13800138000')
  // one handler, in one sentence, until the 12345 centre dispatches it: a local matter to its district's unit
  const handler = page.container.querySelector('#appeal-handler')?.textContent ?? ''
  expect(handler).toContain('拟派往蓬江区住房和城乡建设局（由12345最终确认）')
  expect(handler).toContain('蓬江区的诉求由蓬江区住房和城乡建设局属地办理')
  expect(page.text()).not.toContain('待12345热线分派')
  expect(page.text()).not.toContain('拟承办单位')
  expect(page.text()).toContain('依据：建筑工地、施工')
  expect(page.text()).toContain('提交诉求 → 已提交')
})

test('a deadline that has passed is shown as overdue', async () => {
  const { page } = await openSeeded({}, { minutesAgo: 90 })
  expect(deadlineRows(page)[0]).toMatch(/^联系诉求人 · 1小时内⚠ 已超时 \d+分\d+秒/)
  expect(deadlineRows(page)[1]).toMatch(/^答复 · 24小时内剩余 /)
})

test('before it is accepted the appeal can be withdrawn, after an inline confirmation', async () => {
  const { page, appeal } = await openSeeded({})
  expect(buttons(page)).toContain('撤回诉求')
  expect(page.text()).toContain('受理前可以撤回，撤回后不再办理')
  await page.tap('撤回诉求')
  // nothing happens before the confirmation, which can be declined
  expect(stored(page, appeal.id)?.status).toBe('submitted')
  await page.tap('保留')
  expect(page.queryByText('确认撤回')).toBeNull()

  await page.tap('撤回诉求')
  await page.tap('确认撤回')
  await page.waitForText('撤回诉求 → 已撤回')
  expect(status(page)).toContain('已撤回')
  expect(page.toasts).toEqual(['已撤回'])
  expect(stored(page, appeal.id)?.status).toBe('withdrawn')
  expect(buttons(page)).not.toContain('撤回诉求')
  // a withdrawn appeal's deadlines count no more
  expect(page.container.querySelector('.appeal-deadlines')?.textContent).not.toMatch(/已超时|剩余/)
})

test('once it is being handled there is no 撤回 button', async () => {
  const { page } = await openSeeded({ steps: STEPS.processing })
  expect(status(page)).toContain('办理中')
  expect(buttons(page)).not.toContain('撤回诉求')
  expect(page.text()).not.toContain('撤回')
  // dispatched: the unit it went to, once, and no longer a proposal
  expect(page.container.querySelector('#appeal-handler')?.textContent).toContain('承办单位：蓬江区住房和城乡建设局')
  expect(page.text()).not.toContain('拟派往')
})

test('a 差评 needs a reason, and with one it goes back to the unit for 重办', async () => {
  const { page, appeal } = await openSeeded({ steps: STEPS.awaitingRating })
  expect(status(page)).toContain('待评价')
  expect(page.text()).toContain('评价办理结果')
  expect(page.text()).toContain('已责令施工单位夜间停止高噪音作业')

  await page.tap('提交评价')
  expect(page.getByText('请选择满意程度')).toBeTruthy()

  await page.tap('不满意')
  expect(page.text()).toContain('不满意的原因')
  await page.tap('提交评价')
  expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
    '选择“不满意”或“非常不满意”时请说明原因（至少5个字），以便回访和整改'
  )
  await page.input('#appeal-rate-reason', '还是很吵')
  await page.tap('提交评价')
  expect(page.container.querySelector('[role="alert"]')?.textContent).toMatch(/^选择“不满意”/)
  expect(stored(page, appeal.id)?.status).toBe('awaiting_rating')

  await page.input('#appeal-rate-reason', '夜里十二点还在打桩，没有任何改善')
  await page.tap('提交评价')
  await page.waitForText('重办 1 次')
  expect(status(page)).toContain('办理中')
  expect(page.toasts).toEqual(['已退回重办，重办后可再次评价'])
  expect(page.text()).toContain('第1次评价 · 不满意')
  expect(page.text()).toContain('评价 → 办理中')
  expect(page.text()).not.toContain('提交评价')
  expect(stored(page, appeal.id)).toMatchObject({ status: 'processing', redoCount: 1 })
  // the 重办 runs against its own deadlines
  expect(deadlineRows(page)[0]).toMatch(/^联系诉求人 · 1个工作日内/)
})

test('after the 重办 is answered, the second rating closes the appeal and both rounds are listed', async () => {
  const { page: first, appeal } = await openSeeded({ steps: STEPS.awaitingRating })
  await first.tap('非常不满意')
  await first.input('#appeal-rate-reason', '夜里十二点还在打桩，没有任何改善')
  await first.tap('提交评价')
  await first.waitForText('重办 1 次')

  // the unit answers again and the 12345 centre calls back, through the backend the page uses
  const { appealsApi } = require('@/backend/appeals')
  await appealsApi.office.act(appeal.id, {
    actor: 'unit',
    event: 'reply',
    text: '已对施工单位立案处罚，夜间施工已停止。',
    attachments: []
  })
  await appealsApi.office.act(appeal.id, { actor: 'center', event: 'revisit' })
  first.unmount()

  const page = await open(appeal.id)
  await page.waitForText('重办后再次评价')
  expect(status(page)).toContain('待评价')
  await page.tap('满意')
  expect(page.text()).not.toContain('不满意的原因')
  await page.tap('提交评价')
  await page.waitForText('第2次评价 · 满意')
  expect(status(page)).toContain('已办结')
  expect(page.text()).toContain('第1次评价 · 非常不满意')
  expect(page.text()).toContain('夜里十二点还在打桩，没有任何改善')
  expect(page.text()).toContain('已对施工单位立案处罚，夜间施工已停止。')
  expect(page.text()).not.toContain('提交评价')
  expect(page.toasts).toEqual(['感谢您的评价'])
  expect(stored(page, appeal.id)?.status).toBe('closed')
  expect(stored(page, appeal.id)?.ratings).toHaveLength(2)
})

test('content that looks like HTML is shown as the text the user typed', async () => {
  const content = '<img src=x onerror="alert(1)"><b>工地</b>夜间施工噪音很大，请处理'
  const { page } = await openSeeded({ request: { content } })
  expect(page.container.querySelector('#appeal-detail-content')?.textContent).toBe(content)
  expect(document.querySelector('img')).toBeNull()
  expect(document.querySelector('b')).toBeNull()
})

test('opening an appeal with news marks it seen', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }])
  const [appeal] = appeals
  expect(appeal.unseen).toBe(true)
  const seenAt = (page: RenderedPage) =>
    (page.device.get('wst:appeals-seen') as { items: Array<{ id: string; at: number }> }).items.find(
      (s) => s.id === appeal.id
    )?.at

  const page = await open(appeal.id, storage)
  await page.waitForText(appeal.reference)
  await waitFor(() => expect(seenAt(page)).toBe(appeal.updatedAt))
  expect(seenAt(page)).toBeGreaterThan(appeal.createdAt)
})

test('an unknown id says the appeal was not found', async () => {
  const page = await open('SQ20260101999999')
  await page.waitForText('没有找到这条诉求，可能已被清除')
  expect(page.text()).not.toContain('办理时限')
})

test('an appeal with a status of a newer app version reads 其他状态 and offers no action', async () => {
  // a state where this version would offer 评价 and, before acceptance, 撤回: a newer version moved each on
  for (const steps of [STEPS.submitted, STEPS.awaitingRating]) {
    const { storage, appeals } = await seedAppeals([{ steps }])
    const [appeal] = appeals
    const envelope = storage['wst:appeals'] as { v: number; items: Record<string, unknown>[] }
    const items = envelope.items.map((a) => ({ ...a, status: 'suspended', suspendedUntil: Date.now() + 86_400_000 }))
    const page = await open(appeal.id, { ...storage, 'wst:appeals': { ...envelope, items } })
    await page.waitForText(appeal.reference)
    expect(status(page)).toBe('投诉 · 企业诉求·117其他状态')
    // what it holds is still shown
    expect(page.text()).toContain(appeal.content)
    // read-only: no 撤回, no 评价, no button at all
    expect(buttons(page)).toEqual([])
    for (const action of ['撤回诉求', '评价办理结果', '提交评价', '满意']) expect(page.queryByText(action)).toBeNull()
    expect(page.container.querySelector('#appeal-rate')).toBeNull()
    // opening it changed nothing stored
    expect(stored(page, appeal.id)).toMatchObject({ status: 'suspended', suspendedUntil: expect.any(Number) })
    page.unmount()
  }
})
