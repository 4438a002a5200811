// 承办端 (development builds only): acting as the 12345 centre and the handling unit, each button moves an
// appeal one step through the workflow, and a step the workflow refuses says why.
import { renderPage, type RenderedPage } from '../../../helpers/render-page'
import { seedAppeals, STEPS, storedAppeals } from './seed-appeals'

const officePage = () => import('@/features/appeals/pages/office')

const buttons = (page: RenderedPage) =>
  Array.from(page.container.querySelectorAll('taro-button-core')).map((b) => b.textContent)
/** the note (退单原因或答复内容): the card's only textarea */
const noteField = (page: RenderedPage) => page.container.querySelector('taro-textarea-core') as Element
const statusOf = (page: RenderedPage, id: string) => storedAppeals(page.device).find((a) => a.id === id)

test('the seeded appeals are listed with their reference, status and next deadline', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }, {}])
  const page = await renderPage(officePage, { storage })
  await page.waitForText(appeals[0].reference)
  expect(page.title()).toBe('承办端（开发调试）')
  expect(page.text()).toContain('仅开发版本可见')
  expect(page.text()).toContain(appeals[1].reference)
  expect(page.getAllByText('已提交')).toHaveLength(1)
  expect(page.getAllByText('办理中')).toHaveLength(1)
  expect(page.getAllByText(/^联系诉求人剩余 \d+分\d+秒$/)).toHaveLength(2)
  // the buttons are what the workflow allows in each status
  expect(buttons(page)).toEqual([
    '12345热线：受理',
    '12345热线：改派',
    '承办单位：退单',
    '承办单位：联系诉求人',
    '承办单位：答复'
  ])
})

test('with no appeals the office says so', async () => {
  const page = await renderPage(officePage)
  await page.waitForText('暂无诉求')
})

test('受理 then 派单 moves the appeal on to the proposed unit', async () => {
  const { storage, appeals } = await seedAppeals([{}])
  const [appeal] = appeals
  const page = await renderPage(officePage, { storage })
  await page.waitForText('已提交')
  expect(page.text()).toContain('派往单位：江门市住房和城乡建设局')

  await page.tap('12345热线：受理')
  await page.waitForText('已受理')
  expect(page.text()).not.toContain('已提交')
  expect(statusOf(page, appeal.id)?.status).toBe('accepted')

  await page.tap('12345热线：派单')
  await page.waitForText('已派单')
  expect(buttons(page)).toContain('承办单位：签收办理')
  expect(statusOf(page, appeal.id)).toMatchObject({ status: 'dispatched', unitId: 'jm-housing' })
})

test('派单 goes to the unit chosen in the picker', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: [{ actor: 'center', event: 'accept' }] }])
  const page = await renderPage(officePage, { storage })
  await page.waitForText('已受理')
  await page.pickerChoose('派往单位：江门市住房和城乡建设局 ▾', '江门市生态环境局')
  expect(page.text()).toContain('派往单位：江门市生态环境局')
  await page.tap('12345热线：派单')
  await page.waitForText('已派单')
  expect(statusOf(page, appeals[0].id)?.unitId).toBe('jm-environment')
})

test('a 退单 without a reason is refused with the workflow message; with one it goes back to the centre', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }])
  const page = await renderPage(officePage, { storage })
  await page.waitForText('办理中')

  await page.tap('承办单位：退单')
  expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
    '退单需要说明理由（至少5个字），例如不属于本单位职责的依据'
  )
  expect(page.text()).toContain('办理中')
  expect(statusOf(page, appeals[0].id)?.status).toBe('processing')

  await page.input(noteField(page), '噪音')
  await page.tap('承办单位：退单')
  expect(page.container.querySelector('[role="alert"]')?.textContent).toMatch(/^退单需要说明理由/)

  await page.input(noteField(page), '工厂噪音不属于本单位职责')
  await page.tap('承办单位：退单')
  await page.waitForText('已受理')
  expect(page.container.querySelector('[role="alert"]')).toBeNull()
  expect(statusOf(page, appeals[0].id)?.status).toBe('accepted')
  expect(statusOf(page, appeals[0].id)?.unitId).toBeUndefined()
  expect(statusOf(page, appeals[0].id)?.timeline.at(-1)).toMatchObject({
    event: 'return',
    note: '工厂噪音不属于本单位职责'
  })
})

test('a reply too short for the workflow is refused; a proper one moves the appeal to 已答复', async () => {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }])
  const page = await renderPage(officePage, { storage })
  await page.waitForText('办理中')

  await page.input(noteField(page), '已处理')
  await page.tap('承办单位：答复')
  expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
    '答复内容至少需要10个字，请写明办理结果和依据'
  )

  await page.input(noteField(page), '已责令施工单位夜间停止高噪音作业。')
  await page.tap('承办单位：答复')
  await page.waitForText('已答复')
  expect(buttons(page)).toEqual(['12345热线：回访', '12345热线：办结'])
  expect(statusOf(page, appeals[0].id)?.replies).toHaveLength(1)
})
