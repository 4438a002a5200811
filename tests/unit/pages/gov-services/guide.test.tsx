// 办事指南: a service's guide puts its key facts first, asks for the situation (情形) where the matter has several,
// lists the nearest halls, and leads to action from a bar that stays on screen.
import { routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'
import govHalls from '@/data/gov/halls.json'

const guidePage = () => import('@/features/gov-services/pages/guide')
const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })
const called = (page: { calls: { api: string; options: unknown }[] }, api: string) =>
  page.calls.filter((c) => c.api === api).map((c) => c.options)

afterEach(() => {
  jest.dontMock('@/platform/position')
  jest.restoreAllMocks()
})

test('?id=svc-0004 shows the service name and the materials to bring', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  expect(page.title()).toBe('办事指南')

  expect(page.getByText('申请材料')).toBeTruthy()
  for (const material of ['居民身份证', '居民户口簿', '数码照片回执']) expect(page.getByText(material)).toBeTruthy()
  expect(page.getByText('原件1份；照相馆或窗口现场拍摄')).toBeTruthy()
  // two of the three are fetched as electronic licences, and the note says what that means
  expect(page.getAllByText('免证办')).toHaveLength(2)
  expect(page.text()).toContain('标“免证办”的材料可由系统调取电子证照')
})

test('the summary card states time, visits, materials, mode and fee before anything else', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  const card = page.container.querySelector('.guide-summary')!
  expect(card.textContent).toContain('承诺时限20 个工作日')
  expect(card.textContent).toContain('跑动次数最多 1 次')
  expect(card.textContent).toContain('申请材料3 份，2 份免证办')
  expect(card.textContent).toContain('办理方式网上办或到厅办')
  expect(card.textContent).toContain('收费工本费20元')
  // the card comes before the conditions, materials and halls
  const text = page.text()
  expect(text.indexOf('承诺时限')).toBeLessThan(text.indexOf('申请条件'))
  const free = await renderPage(guidePage, { params: { id: 'svc-0011', situation: 'purchase' } })
  await free.waitForText('住房公积金提取（购房）')
  expect(free.container.querySelector('.guide-summary')!.textContent).toContain('跑动次数0 次')
})

test('事项编码 and 设定依据 are folded under 更多信息', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  // folded: only the line saying what is inside
  expect(page.queryByText(/^事项编码$/)).toBeNull()
  expect(page.queryByText(/^设定依据$/)).toBeNull()
  await page.tap('更多信息 ▾')
  await page.waitForText(/^事项编码$/)
  expect(page.getByText(/^设定依据$/)).toBeTruthy()
  expect(page.text()).toMatch(/440700-/)
})

test('the action bar books at a hall', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  await page.tap('预约到厅')
  expect(page.navigations).toEqual([routes.booking('svc-0004')])
})

test('the action bar opens the official online channels; a blocked tab copies the address and says so', async () => {
  const open = jest.spyOn(window, 'open').mockImplementation(() => null)
  const page = await renderPage(guidePage, { params: { id: 'svc-0002', situation: 'rent' } })
  await page.waitForText('住房公积金提取（租房）')
  // 零跑动 items are done online: the bar offers where
  await page.tap('网上办理 ▴')
  await page.waitForText('江门易办事')
  expect(page.getByText('各渠道小程序编号为示例数据，办事请以官方渠道为准。')).toBeTruthy()
  await page.tap('粤省事')
  await page.waitForText('收起 ▾')
  expect(open).toHaveBeenCalledWith('https://www.gdzwfw.gov.cn/portal/personal/theme', '_blank')
  expect(called(page, 'setClipboardData')).toEqual([
    expect.objectContaining({ data: 'https://www.gdzwfw.gov.cn/portal/personal/theme' })
  ])
  expect(page.toasts).toEqual(['已复制粤省事网址，请在浏览器中打开'])
})

test('an opened tab is the channel: nothing is copied', async () => {
  const tab = { opener: {} } as unknown as Window
  const open = jest.spyOn(window, 'open').mockImplementation(() => tab)
  const page = await renderPage(guidePage, { params: { id: 'svc-0002', situation: 'rent' } })
  await page.waitForText('住房公积金提取（租房）')
  await page.tap('网上办理 ▴')
  await page.tap('广东政务服务网')
  expect(open).toHaveBeenCalledWith('https://www.gdzwfw.gov.cn/', '_blank')
  expect(tab.opener).toBeNull()
  expect(called(page, 'setClipboardData')).toEqual([])
})

test('公积金提取 asks which situation first; each situation has its own conditions and materials', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0002' } })
  await page.waitForText('您因为什么提取住房公积金？')
  expect(page.getByText('住房公积金提取')).toBeTruthy()
  for (const s of ['租房', '购房', '偿还房贷', '退休', '离职', '重大疾病']) expect(page.getByText(s)).toBeTruthy()
  // nothing of the 租房 item is shown before the choice
  expect(page.queryByText('房屋租赁合同')).toBeNull()
  expect(page.queryByText('预约到厅')).toBeNull()
  await page.tap('购房')
  expect(page.navigations).toEqual([routes.guide('svc-0002', 'purchase')])
  page.unmount()

  const purchase = await renderPage(guidePage, { params: { id: 'svc-0002', situation: 'purchase' } })
  await purchase.waitForText('住房公积金提取（购房）')
  expect(purchase.getByText('住房公积金提取 · 办理情形：购房')).toBeTruthy()
  expect(purchase.getByText('购房合同及购房发票')).toBeTruthy()
  expect(purchase.queryByText('房屋租赁合同')).toBeNull()
  expect(purchase.text()).toContain('提取申请在购房合同备案或不动产登记之日起2年内提出')
  // shared and reloaded with its situation; 更换情形 asks again
  expect(await purchase.fire('share')).toEqual({
    title: '住房公积金提取（购房）',
    path: routes.guide('svc-0002', 'purchase')
  })
  await purchase.tap('更换情形')
  expect(purchase.navigations).toEqual([routes.guide('svc-0002')])
})

test('in the 深江 zone a situation Shenzhen does not accept says so', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0002' }, storage: zone('shenjiang') })
  await page.waitForText('本专区不可办')
  // 重大疾病 is handled in Jiangmen and Zhongshan only; every other situation is 本专区可办
  expect(page.getAllByText('本专区不可办')).toHaveLength(1)
  const row = page.getByText('重大疾病').closest('.wst-cell')!
  expect(row.textContent).toContain('本专区不可办')
})

test('an item without situations never asks, whatever the URL says', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004', situation: 'purchase' } })
  await page.waitForText('居民身份证换领')
  expect(page.queryByText('更换情形')).toBeNull()
})

test('two halls first, then 查看全部; each with its phone, map and bookable slots', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('办理大厅')
  const halls = () => Array.from(page.container.querySelectorAll('.guide-hall__name'), (n) => n.textContent)
  expect(halls()).toEqual(['江门市行政服务中心', '蓬江区政务服务中心'])
  expect(page.text()).toContain('已按本专区城市排序：江门')
  expect(page.text()).toContain('可预约 09:00—17:00，每个工作日 11 个时段')

  // on H5 the map is 高德's web map, at the hall
  const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
  await page.tap('[aria-label="导航 江门市行政服务中心"]')
  expect(opened).toHaveBeenCalledWith(expect.stringContaining(encodeURIComponent('江门市行政服务中心')), '_blank')
  opened.mockRestore()
  await page.tap('拨打 0750-3270033')
  expect(called(page, 'makePhoneCall')).toEqual([expect.objectContaining({ phoneNumber: '0750-3270033' })])

  await page.tap('查看全部（共 10 个大厅） ▾')
  await page.waitForText('中山市政务服务中心')
  expect(halls()).toHaveLength(10)
  await page.tap('收起 ▴')
  expect(halls()).toHaveLength(2)
})

test('in the 中江 zone the Zhongshan hall comes first and the title names the zone', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' }, storage: zone('zhongjiang') })
  await page.waitForText('办理大厅')
  const first = page.container.querySelector('.guide-hall__name')!
  expect(first.textContent).toBe('中山市政务服务中心')
  expect(page.text()).toContain('已按本专区城市排序：中山、江门')
  expect(page.title()).toBe('办事指南 · 中江专区')
})

test('with the user position the nearest halls come first; a refusal keeps the zone order and says so', async () => {
  const position = { ok: true, position: { latitude: 22.25, longitude: 112.79 } }
  jest.doMock('@/platform/position', () => ({ currentPosition: async () => position }))
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('按离我最近排序')
  await page.tap('按离我最近排序')
  await page.waitForText('已按离您的距离排序')
  expect(page.container.querySelector('.guide-hall__name')!.textContent).toBe('台山市政务服务中心')
  expect(page.text()).toMatch(/距您约 \d+\.\d 公里/)
  page.unmount()

  jest.doMock('@/platform/position', () => ({
    currentPosition: async () => ({ ok: false, code: 'location.denied' })
  }))
  const refused = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await refused.waitForText('按离我最近排序')
  await refused.tap('按离我最近排序')
  await refused.waitForText(/未获得位置权限，仍按本专区城市排序/)
  expect(refused.container.querySelector('.guide-hall__name')!.textContent).toBe('江门市行政服务中心')
})

test('a favourite is kept on the device and shown on the next visit', async () => {
  const first = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await first.waitForText('☆ 收藏')
  await first.tap('☆ 收藏')
  await first.waitForText('★ 已收藏')
  expect(first.toasts).toEqual(['已加入收藏'])
  first.unmount()

  const again = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await again.waitForText('★ 已收藏')
  await again.tap('★ 已收藏')
  await again.waitForText('☆ 收藏')
  expect(again.toasts).toEqual(['已取消收藏'])
})

test('sharing shares this guide under the service name', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  expect(await page.fire('share')).toEqual({ title: '居民身份证换领', path: routes.guide('svc-0004') })
})

test('an unknown service says so instead of a blank page', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-9999' } })
  await page.waitForText('该事项不存在或已下线。')
  expect(page.getByText('重试')).toBeTruthy()
})

test('in 繁體 and elder mode the guide and its situations read in traditional characters', async () => {
  const page = await renderPage(guidePage, {
    params: { id: 'svc-0004' },
    settings: { locale: 'zh-Hant', elderMode: true }
  })
  await page.waitForText('居民身份證換領')
  expect(page.title()).toBe('辦事指南')
  expect(page.text()).toContain('申請材料')
  expect(page.container.querySelector('.wst-page--elder')).not.toBeNull()
  expect(page.getByText('預約到廳')).toBeTruthy()

  const ask = await renderPage(guidePage, { params: { id: 'svc-0002' }, settings: { locale: 'zh-Hant' } })
  await ask.waitForText('您因為什麼提取住房公積金？')
  expect(ask.getByText('購房')).toBeTruthy()
})

test('an item this app takes online applications for offers 在线申办 first; one that does not, no such button', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0001' } })
  await page.waitForText('在线申办')
  const bar = page.container.querySelector('.action-bar')
  expect(bar?.textContent?.indexOf('在线申办')).toBeLessThan(bar?.textContent?.indexOf('预约到厅') ?? -1)
  await page.tap('在线申办')
  expect(page.navigations).toEqual([routes.apply('svc-0001')])
  page.unmount()

  const other = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await other.waitForText('预约到厅')
  await other.settle()
  expect(other.queryByText('在线申办')).toBeNull()
})

test('预约此大厅 on a hall row opens the booking form with that hall chosen', async () => {
  const page = await renderPage(guidePage, { params: { id: 'svc-0004' } })
  await page.waitForText('居民身份证换领')
  const first = page.container.querySelector('.guide-hall')
  const name = first?.querySelector('.guide-hall__name')?.textContent ?? ''
  await page.tap(`预约此大厅`)
  const hall = govHalls.find((h) => h.name === name)!
  expect(page.navigations).toEqual([routes.booking('svc-0004', hall.id)])
})
