// 我的诉求: the user's appeals with their status, reference, masked contact and the next deadline ticking;
// filings still waiting to be sent (待发送) are listed apart and go out, once, when the network is back.
import { waitFor } from '@testing-library/react'
import type { AppealRequest } from '@/core/appeals/types'
import { routes } from '@/routes'
import { renderPage, type RenderedPage, type RenderOptions } from '../../../helpers/render-page'
import { appealRequest, seedAppeals, STEPS, storedAppeals, storedState } from './seed-appeals'

const listPage = () => import('@/features/appeals/pages/list')
const open = (options: RenderOptions = {}) => renderPage(listPage, options)

/** the appeal rows (not the 待发送 ones), each as its text */
const rows = (page: RenderedPage) =>
  Array.from(page.container.querySelectorAll('.appeal-list__row:not(.appeal-list__row--queued)')).map(
    (row) => row.textContent ?? ''
  )
const queuedRows = (page: RenderedPage) =>
  Array.from(page.container.querySelectorAll('.appeal-list__row--queued')).map((row) => row.textContent ?? '')
/** a status filter chip (its label is also a status name, shown on the rows) */
const filter = (page: RenderedPage, label: string) => {
  const tab = Array.from(page.container.querySelectorAll('[role="tab"]')).find((el) => el.textContent === label)
  if (!tab) throw new Error(`no filter ${label}`)
  return tab
}

/** device storage with these filings in the outbox, as the page's store persists it */
function outboxStorage(...items: Array<{ request: AppealRequest; refused?: string; attempts?: number }>) {
  const entries = items.map(({ request, refused, attempts = 0 }, i) => [
    request.idempotencyKey,
    { request, queuedAt: Date.now() - (i + 1) * 60_000, attempts, ...(refused ? { refused } : {}) }
  ])
  return { 'wst:appeal-outbox': JSON.stringify({ state: { items: Object.fromEntries(entries) }, version: 1 }) }
}

/** the network as the app sees it, switchable by the test */
function mockNetwork() {
  const network = { online: false, listeners: [] as Array<(online: boolean) => void> }
  jest.doMock('@/platform/network', () => ({
    isOnline: async () => network.online,
    onNetworkChange: (cb: (online: boolean) => void) => {
      network.listeners.push(cb)
      return () => undefined
    }
  }))
  return network
}
afterEach(() => jest.dontMock('@/platform/network'))

test('each appeal shows its type, status, reference, masked contact and the next deadline counting down', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }, {}])
  const page = await open({ storage })
  await page.waitForText(appeals[0].reference)
  expect(page.title()).toBe('我的诉求')

  // newest first
  const [submitted, processing] = rows(page)
  expect(rows(page)).toHaveLength(2)
  expect(submitted).toContain('投诉 · 企业诉求·117')
  expect(submitted).toContain('已提交')
  expect(submitted).toContain(appeals[1].reference)
  expect(processing).toContain('办理中')
  expect(processing).toContain(appeals[0].reference)
  // the contact is masked; the full name and number never reach the list
  for (const row of [submitted, processing]) {
    expect(row).toContain('陈*明 138****8000')
    expect(row).not.toContain('陈大明')
    expect(row).not.toContain('13800138000')
    expect(row).toMatch(/联系诉求人剩余 \d+分\d+秒/)
  }
  // changed by the 12345 centre since the user last looked
  expect(processing).toContain('● 有新进展')
  expect(submitted).not.toContain('有新进展')

  // the countdown is live
  const countdown = () => page.container.querySelector('.appeal-countdown')?.textContent
  const before = countdown()
  await waitFor(() => expect(countdown()).not.toBe(before))
  expect(countdown()).toMatch(/^联系诉求人剩余 \d+分\d+秒$/)

  await page.tap(page.getByText(appeals[0].reference))
  expect(page.navigations).toEqual([routes.appeal(appeals[0].id)])
})

test('the status filters narrow the rows', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }, { steps: STEPS.awaitingRating }, {}])
  const page = await open({ storage })
  await page.waitForText(appeals[0].reference)
  expect(rows(page)).toHaveLength(3)

  await page.tap(filter(page, '待评价'))
  expect(rows(page)).toHaveLength(1)
  expect(rows(page)[0]).toContain(appeals[1].reference)
  expect(filter(page, '待评价').getAttribute('aria-selected')).toBe('true')

  await page.tap(filter(page, '办理中'))
  expect(rows(page).map((r) => r.match(/SQ\d+/)?.[0])).toEqual([appeals[2].reference, appeals[0].reference])

  await page.tap(filter(page, '已办结'))
  expect(rows(page)).toEqual([])
  expect(page.text()).toContain('还没有诉求记录')

  await page.tap(filter(page, '全部'))
  expect(rows(page)).toHaveLength(3)
})

test('a confidential appeal shows 保密 in the list instead of the name and number', async () => {
  const { storage, appeals } = await seedAppeals([{ request: { confidential: true } }])
  const page = await open({ storage })
  await page.waitForText(appeals[0].reference)
  const [row] = rows(page)
  expect(row).toContain('保密')
  expect(row).not.toContain('陈*明')
  expect(row).not.toContain('138****8000')
})

test('with no appeals the list says so and leads to 我要诉求', async () => {
  const page = await open()
  await page.waitForText('还没有诉求记录')
  expect(page.text()).not.toContain('待发送')
  await page.tap('我要诉求')
  expect(page.navigations).toEqual([routes.fileAppeal()])
})

test('a filing made offline waits under 待发送; back online, 立即重试 sends it once', async () => {
  const network = mockNetwork()
  const request = appealRequest({ categoryCode: '030301', idempotencyKey: 'queued-1' })
  const page = await open({ storage: outboxStorage({ request }) })
  await page.waitForText('待发送')
  expect(queuedRows(page)).toHaveLength(1)
  expect(queuedRows(page)[0]).toContain('投诉 · 企业诉求·117')
  expect(queuedRows(page)[0]).toContain('联网后会自动提交，同一诉求只会提交一次')
  expect(page.text()).not.toContain('还没有诉求记录')
  expect(storedAppeals(page.device)).toEqual([])

  // still offline: nothing is sent
  await page.tap('立即重试')
  expect(storedAppeals(page.device)).toEqual([])
  expect(queuedRows(page)).toHaveLength(1)

  network.online = true
  await page.tap('立即重试')
  await page.waitForText(/^SQ\d+/)
  expect(storedAppeals(page.device)).toHaveLength(1)
  expect(Object.keys(storedState(page.device, 'wst:appeal-outbox')?.items ?? {})).toEqual([])
  expect(queuedRows(page)).toEqual([])
  expect(rows(page)).toHaveLength(1)

  // another retry, or the network coming back again, sends nothing more
  await page.fire('show')
  for (const listener of network.listeners) listener(true)
  await page.settle()
  expect(storedAppeals(page.device)).toHaveLength(1)
})

test('a filing the backend refused says why and goes back to its form to be corrected', async () => {
  mockNetwork()
  const request = appealRequest({ categoryCode: '030301', idempotencyKey: 'refused-1', content: '工地太吵了。' })
  const page = await open({ storage: outboxStorage({ request, refused: 'appeal.content.tooShort', attempts: 1 }) })
  await page.waitForText('修改后重新提交')
  expect(queuedRows(page)[0]).toContain('未能提交：诉求内容至少需要10个字，请补充事情经过、时间和地点等细节')

  await page.tap('修改后重新提交')
  expect(page.navigations).toEqual([routes.fileAppeal({ channel: 'enterprise' })])
  expect(Object.keys(storedState(page.device, 'wst:appeal-outbox')?.items ?? {})).toEqual([])
  const draft = storedState(page.device, 'wst:appeal-drafts')?.drafts.enterprise
  expect(draft).toMatchObject({ content: '工地太吵了。', contact: { phone: '13800138000' } })
  // corrected, it is a new filing
  expect(draft.idempotencyKey).not.toBe('refused-1')
})

test('pulling down the list sends what waits and ends the refresh', async () => {
  const network = mockNetwork()
  const request = appealRequest({ categoryCode: '030301', idempotencyKey: 'queued-2' })
  const page = await open({ storage: outboxStorage({ request }) })
  await page.waitForText('待发送')

  network.online = true
  await page.fire('pullDownRefresh')
  await page.waitForText(/^SQ\d+/)
  expect(storedAppeals(page.device)).toHaveLength(1)
  expect(queuedRows(page)).toEqual([])
  expect(page.calls.map((c) => c.api)).toContain('stopPullDownRefresh')
})

test('an appeal a newer app version stored with a status this version does not know is listed as 其他状态', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }, {}])
  const envelope = storage['wst:appeals'] as { v: number; items: Record<string, unknown>[] }
  // the newer version put the first one on hold, with a field of its own
  const items = envelope.items.map((a) =>
    a.id === appeals[0].id ? { ...a, status: 'suspended', suspendedUntil: Date.now() + 86_400_000 } : a
  )
  const page = await open({ storage: { ...storage, 'wst:appeals': { ...envelope, items } } })
  await page.waitForText(appeals[0].reference)
  expect(rows(page)).toHaveLength(2)
  const suspended = rows(page).find((r) => r.includes(appeals[0].reference)) ?? ''
  expect(suspended).toContain('其他状态')
  expect(suspended).toContain('投诉 · 企业诉求·117')
  expect(rows(page).find((r) => r.includes(appeals[1].reference))).toContain('已提交')

  // it opens its detail like any other, and listing it changed nothing stored
  await page.tap(page.getByText(appeals[0].reference))
  expect(page.navigations).toEqual([routes.appeal(appeals[0].id)])
  expect(storedAppeals(page.device).find((a) => a.id === appeals[0].id)).toMatchObject({ status: 'suspended' })
})
