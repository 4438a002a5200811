// 办件查询: the user types a reference and sees either what is wrong with it or the case's history.
import { BackendError } from '@/backend/errors'
import { renderPage } from '../../../helpers/render-page'

const progressPage = () => import('@/features/gov-services/pages/progress')

test('a reference that does not start with JM gets its own message under the field', async () => {
  const page = await renderPage(progressPage)
  expect(page.title()).toBe('办件查询')
  expect(page.fieldError('受理编号')).toBeUndefined()

  await page.input('受理编号', 'AB20261103000127')
  await page.tap('#progress-query')

  expect(page.fieldError('受理编号')).toBe('受理编号应以JM开头，请核对受理回执上的编号')
  expect(page.text()).not.toContain('申请人')
})

test('a reference with a letter O for a zero is told so, and the message goes once the user types', async () => {
  const page = await renderPage(progressPage)
  await page.input('受理编号', 'JM2026110300O127')
  await page.tap('查询')
  expect(page.fieldError('受理编号')).toMatch(/误输入了字母（如把0输成O）/)

  await page.input('受理编号', 'JM20261103000127', { leave: false })
  expect(page.fieldError('受理编号')).toBeUndefined()
})

test('a well-formed reference that matches no case says it was not found', async () => {
  const page = await renderPage(progressPage)
  await page.input('受理编号', 'JM20261103999999')
  await page.tap('查询')
  await page.waitForText('没有找到该受理编号的办件')
  expect(page.fieldError('受理编号')).toMatch(/^没有找到该受理编号的办件/)
})

test('a known reference shows the case and its history, newest first', async () => {
  const page = await renderPage(progressPage)
  await page.input('受理编号', ' jm2026-1103-000127 ')
  await page.tap('查询')

  await page.waitForText('申请人：陈*明')
  expect(page.getByText('办理事项：户口迁移（市内）')).toBeTruthy()
  const history = page.getAllByText(/^2026-11-\d\d \d\d:\d\d/).map((el) => el.textContent)
  expect(history).toEqual([
    '2026-11-09 10:40  迁移完成，户口页已领取',
    '2026-11-06 16:00  准予迁入',
    '2026-11-04 10:30  迁入地派出所核查住所',
    '2026-11-03 09:15  蓬江区政务服务中心受理'
  ])
  expect(page.fieldError('受理编号')).toBeUndefined()
})

test('a link carrying ?ref= shows the case without a tap', async () => {
  const page = await renderPage(progressPage, { params: { ref: 'JM20261103000127' } })
  await page.waitForText('申请人：陈*明')
  expect(page.text()).toContain('已办结')
})

// 繁體 follows Hong Kong usage (户, 准), as the build-time table does
test('in 繁體 the same case reads in traditional characters', async () => {
  const page = await renderPage(progressPage, { params: { ref: 'JM20261103000127' }, settings: { locale: 'zh-Hant' } })
  await page.waitForText('申請人：陳*明')
  expect(page.title()).toBe('辦件查詢')
  expect(page.text()).toContain('辦理事項：户口遷移（市內）')
})

test('when the service cannot be reached the user is told so, under the field', async () => {
  // each renderPage loads the app anew, so a doMock made before it reaches the page
  jest.doMock('@/backend/gov', () => {
    const { govApi } = jest.requireActual('@/backend/gov')
    return { govApi: { ...govApi, findCase: () => Promise.reject(new BackendError('network')) } }
  })
  try {
    const page = await renderPage(progressPage)
    await page.input('受理编号', 'JM20261103000127')
    await page.tap('查询')
    await page.waitForText('网络连接不可用，请检查网络后重试。')
    expect(page.text()).not.toContain('申请人')
  } finally {
    jest.dontMock('@/backend/gov')
  }
})
