// 在线申办 · 受理端 (development builds only): acting as the office, each button moves an application one step
// through the workflow; a 补正 names what to change, and a step the workflow refuses says why.
import { renderPage, type RenderedPage } from '../../../helpers/render-page'
import { seedApplication } from './seed-applications'

const officePage = () => import('@/features/gov-services/pages/office')
const buttons = (page: RenderedPage) =>
  Array.from(page.container.querySelectorAll('taro-button-core')).map((b) => b.textContent)
const stored = (page: RenderedPage) => {
  const raw = page.device.get('wst:applications')
  return ((typeof raw === 'string' ? JSON.parse(raw) : raw) as { items: Array<Record<string, any>> }).items[0]
}

/** 无犯罪记录证明开具, just submitted */
const seeded = () =>
  seedApplication(undefined, Date.now(), {
    matterId: 'gov-services/svc-0069',
    answers: { purpose: 'purpose-1', recipient: '某某有限公司', language: 'language-1' },
    attachments: {}
  })

test('受理, then a 补正 that names a field; without a note the office is told what is missing', async () => {
  const { storage, id: reference } = await seeded()
  const page = await renderPage(officePage, { storage })
  await page.waitForText(reference)
  expect(page.text()).toContain('仅开发版本可见')
  expect(buttons(page)).toEqual(['受理', '退回'])
  await page.tap('受理')
  await page.waitForText('已受理')
  expect(buttons(page)).toEqual(['要求补正', '开始审核', '办结：准予', '办结：不予', '退回'])

  await page.tap('证明提交单位')
  await page.tap('要求补正')
  expect(page.text()).toContain('请写明需要补正的内容（至少 5 个字）')
  await page.input(page.container.querySelector('taro-textarea-core') as Element, '请写明提交单位全称')
  await page.tap('要求补正')
  await page.waitForText('待补正')
  expect(stored(page).amendRequest).toMatchObject({ fields: ['recipient'], note: '请写明提交单位全称' })
})
