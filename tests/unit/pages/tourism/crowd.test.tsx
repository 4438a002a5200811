// 客流 on a sight's page: each hour's bar says its level in words, the block says its figures are 通常 (typical,
// sample data) on the embedded backend, a crowded hour is warned of with a quieter one to switch to, a museum's
// closed Monday says so; and 旅游投诉 leads to the appeal form with the tourism category and the sight preset.
import { routes } from '@/routes'
import { renderPage, type RenderedPage } from '../../../helpers/render-page'

const sightPage = () => import('@/features/tourism/pages/sight')
/** Saturday 28 November 2026, 09:30 Beijing time */
const SATURDAY_MORNING = Date.UTC(2026, 10, 28, 1, 30)
const crowd = (page: RenderedPage) => page.container.querySelector('#tourism-crowd')?.textContent ?? ''

beforeEach(() => {
  jest.spyOn(Date, 'now').mockReturnValue(SATURDAY_MORNING)
})
afterEach(() => jest.restoreAllMocks())

test('the hours of the day in words, labelled 通常; a crowded hour is warned of and a quieter one offered', async () => {
  const page = await renderPage(sightPage, { params: { id: 'zili-village' } })
  await page.waitForText('到达时间')
  const rows = Array.from(page.container.querySelectorAll('.crowd__bar-row'))
  // 08:00 to 16:00, the last hour one may still enter (17:00)
  expect(rows.map((r) => r.querySelector('.crowd__hour')?.textContent)).toEqual(
    ['08', '09', '10', '11', '12', '13', '14', '15', '16'].map((h) => `${h}:00`)
  )
  for (const row of rows) expect(row.querySelector('.crowd__level')?.textContent).toMatch(/^(较空|适中|较挤|拥挤)$/)
  expect(crowd(page)).toContain('通常')
  expect(crowd(page)).toContain('周末的通常客流，按以往情况估计（示例数据），不是实时人数。')
  expect(crowd(page)).not.toContain('实时 ')
  // now, 09:00 on a Saturday, is usually fine
  expect(crowd(page)).toContain('09:00—10:00通常适中，适合前往。')

  await page.pickerChoose('#tourism-crowd-time', '10:00—11:00')
  await page.waitForText('10:00—11:00通常较挤。建议改在 08:00—09:00 到达，通常较空。')
  await page.tap('改为 08:00')
  await page.waitForText('08:00—09:00通常较空，适合前往。')
  expect(page.container.querySelector('.crowd__bar-row--chosen .crowd__hour')?.textContent).toBe('08:00')
})

test('a museum closed on Mondays says so for a Monday', async () => {
  const page = await renderPage(sightPage, { params: { id: 'jiangmen-museum' } })
  await page.waitForText('到达时间')
  await page.tap('11月30日 周一')
  await page.waitForText('当天闭馆，请选择其他日期。')
  expect(page.container.querySelectorAll('.crowd__bar-row')).toHaveLength(0)
})

test('旅游投诉 opens the appeal form with the tourism category, the sight and its district', async () => {
  const page = await renderPage(sightPage, { params: { id: 'zili-village' } })
  await page.waitForText('旅游投诉')
  await page.tap('旅游投诉')
  expect(page.navigations).toEqual([
    routes.fileAppeal({ type: 'complaint', category: '140101', subject: '自力村碉楼群', district: 'kaiping' })
  ])
})

describe('with a server that counts visitors', () => {
  const live = { count: 4210, capacity: 6000, at: SATURDAY_MORNING - 10 * 60_000 }
  const tags = (page: RenderedPage) =>
    Array.from(page.container.querySelectorAll('#tourism-crowd .wst-tag')).map((x) => x.textContent)
  beforeEach(() => {
    jest.doMock('@/backend/crowding', () => {
      const { crowdingBackend } = jest.requireActual('@/backend/crowding')
      return { crowdingBackend: { ...crowdingBackend, live: async () => live } }
    })
  })
  afterEach(() => jest.dontMock('@/backend/crowding'))

  test('a fresh count is shown as 实时 with its time and level; the bars stay 通常', async () => {
    const page = await renderPage(sightPage, { params: { id: 'zili-village' } })
    await page.waitForText('09:20 在园约 4,210 人，较挤')
    expect(tags(page)).toEqual(['实时', '通常'])
    expect(crowd(page)).toContain('周末的通常客流')
  })

  test('a count older than 30 minutes is not shown: 通常 only', async () => {
    live.at = SATURDAY_MORNING - 45 * 60_000
    const page = await renderPage(sightPage, { params: { id: 'zili-village' } })
    await page.waitForText('到达时间')
    expect(crowd(page)).not.toContain('在园约')
    expect(tags(page)).toEqual(['通常'])
  })
})
