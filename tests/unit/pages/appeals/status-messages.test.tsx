// 订阅下一次状态提醒 on an open appeal, as WeChat shows it: a template accepted covers one message, so the detail offers
// to ask again; the dialog is asked for inside the tap, and the answer is told in a toast. A build without templates
// offers nothing.
import { waitFor } from '@testing-library/react'
import { renderPage } from '../../../helpers/render-page'
import { seedAppeals, STEPS } from './seed-appeals'

// shared by every copy of the module: renderPage loads the page in a registry of its own
const mockOffers = jest.fn<boolean, [string]>(() => true)
const mockRequest = jest.fn<Promise<string[]>, [string]>(async () => ['tpl-appeal'])
jest.mock('@/platform/subscribe', () => ({
  SUBSCRIBE_CHANNEL: 'wechat',
  offersStatusMessages: (kind: string) => mockOffers(kind),
  requestStatusSubscription: (kind: string) => mockRequest(kind)
}))

async function openProcessing() {
  const { storage, appeals } = await seedAppeals([{ steps: STEPS.processing }])
  const page = await renderPage(() => import('@/features/appeals/pages/detail'), {
    params: { id: appeals[0].id },
    storage
  })
  await page.waitForText(appeals[0].reference)
  return page
}

afterEach(() => jest.clearAllMocks())
afterEach(() => mockOffers.mockReturnValue(true))

test('an open appeal offers the next status message; the tap asks for the appeal templates and says it is on', async () => {
  const page = await openProcessing()
  expect(page.text()).toContain('每订阅一次，状态变化时微信会发来一条服务通知')
  await page.tap('订阅下一次状态提醒')
  await waitFor(() => expect(mockRequest).toHaveBeenCalledWith('appeal'))
  await waitFor(() => expect(page.toasts).toContain('已订阅，状态变化时会提醒您'))
})

test('refused: the toast says the progress is still here; a build without templates offers nothing', async () => {
  mockRequest.mockResolvedValueOnce([])
  const page = await openProcessing()
  await page.tap('订阅下一次状态提醒')
  await waitFor(() => expect(page.toasts).toContain('未订阅，可随时在本页查看进度'))
  page.unmount()

  mockOffers.mockReturnValue(false)
  const bare = await openProcessing()
  expect(bare.text()).not.toContain('订阅下一次状态提醒')
})
