// 园区与平台, 园区详情, 园区地图, 招商项目 and 项目详情: the parks filtered by chain and district with the drive from the
// zone's city; a park's every fact with its sample land prices marked, 导航 on the web map, 收藏 and share; the map
// page sorted by the user's position only after the tap, or by the drive from a city; the projects filtered by chain,
// park, district, scale and kind, paged; a project's fields in words, its park, 我要对接 and 企业诉求 117; the
// unified search finds parks, projects and policies.
import parks from '@/data/investment/parks.json'
import policies from '@/data/investment/policies.json'
import projects from '@/data/investment/projects.json'
import catalogue from '@/features/investment/locales/zh-Hans.json'
import { pageUrl, routes } from '@/routes'
import { renderPage } from '../../../helpers/render-page'

const parksPage = () => import('@/features/investment/pages/parks')
const parkPage = () => import('@/features/investment/pages/park')
const mapPage = () => import('@/features/investment/pages/map')
const projectsPage = () => import('@/features/investment/pages/projects')
const projectPage = () => import('@/features/investment/pages/project')
const favouritesPage = () => import('@/features/account/pages/favourites')

const zone = (zoneId: string) => ({ 'wst:zone': JSON.stringify({ state: { zoneId }, version: 1 }) })
const titles = (page: { container: HTMLElement }) =>
  Array.from(page.container.querySelectorAll('.wst-cell__title')).map((n) => n.textContent)
const rowOf = (page: { getAllByText(text: string): HTMLElement[] }, name: string) =>
  page.getAllByText(name)[0].closest('.wst-cell')!
const minutes = (m: number) => {
  const h = Math.floor(m / 60)
  return h ? (m % 60 ? `${h} 小时 ${m % 60} 分` : `${h} 小时`) : `${m} 分钟`
}
const parkById = (id: string) => parks.find((p) => p.id === id)!

const cooperationZone = parkById('shenjiang-cooperation-zone')
const cuishanhu = parkById('kaiping-cuishanhu')
/** the newest first, as the projects page lists them */
const newest = [...projects].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn))

afterEach(() => {
  jest.dontMock('@/platform/position')
  jest.restoreAllMocks()
})

describe('园区与平台', () => {
  test('every park is listed with its kind, district, area and leading industries', async () => {
    const page = await renderPage(parksPage)
    await page.waitForText(`共 ${parks.length} 个园区与平台`)
    expect(titles(page)).toEqual(parks.map((p) => p.name))
    const row = rowOf(page, '深江产业园').textContent
    expect(row).toContain('产业园区')
    expect(row).toContain('新会区 · 约 23,135 亩')
    expect(rowOf(page, '大广海湾经济区').textContent).toContain('省级新区')
    expect(rowOf(page, '大广海湾经济区').textContent).toContain('约 3,240 平方公里')
    expect(page.text()).toContain('示例数据')
  })

  test('the chain and district filters have visible labels and narrow the list together', async () => {
    const page = await renderPage(parksPage)
    await page.waitForText('产业链')
    expect(page.getAllByText('所在地区').length).toBeGreaterThan(0)
    await page.pickerChoose('#parks-chain', '硅能源')
    const silicon = parks.filter((p) => p.industries.includes('silicon_energy'))
    await page.waitForText(`共 ${silicon.length} 个园区与平台`)
    expect(titles(page)).toEqual(silicon.map((p) => p.name))
    await page.pickerChoose('#parks-district', '台山市')
    const both = silicon.filter((p) => p.district === 'taishan')
    await page.waitForText(`共 ${both.length} 个园区与平台`)
    expect(titles(page)).toEqual(both.map((p) => p.name))
    expect(both.length).toBeLessThan(silicon.length)
    await page.pickerChoose('#parks-chain', '不限')
    await page.waitForText(`共 ${parks.filter((p) => p.district === 'taishan').length} 个园区与平台`)
  })

  test('a filter can come in the link, and one no park has says so and offers 清除筛选', async () => {
    const page = await renderPage(parksPage, { params: { district: 'enping', chain: 'culture_tourism' } })
    const found = parks.filter((p) => p.district === 'enping' && p.industries.includes('culture_tourism'))
    await page.waitForText(`共 ${found.length} 个园区与平台`)
    expect(found).toEqual([])
    expect(page.text()).toContain('没有符合条件的园区')
    await page.tap('清除筛选')
    await page.waitForText(`共 ${parks.length} 个园区与平台`)
  })

  test('in the 深江 zone each park shows the drive from Shenzhen, in the 中江 zone from Zhongshan', async () => {
    const sz = await renderPage(parksPage, { storage: zone('shenjiang') })
    await sz.waitForText(`深圳自驾约 ${minutes(cooperationZone.from.shenzhen.minutes)}`)
    expect(rowOf(sz, cooperationZone.name).textContent).toContain(
      `深圳自驾约 ${minutes(cooperationZone.from.shenzhen.minutes)}`
    )
    expect(sz.text()).not.toContain('中山自驾')
    sz.unmount()
    const zs = await renderPage(parksPage, { storage: zone('zhongjiang') })
    await zs.waitForText(`中山自驾约 ${minutes(cooperationZone.from.zhongshan.minutes)}`)
    expect(zs.text()).not.toContain('深圳自驾')
  })

  test('the 江门专区, where investors come from both cities, shows both drives', async () => {
    const page = await renderPage(parksPage)
    await page.waitForText(`共 ${parks.length} 个园区与平台`)
    const row = rowOf(page, cuishanhu.name).textContent
    expect(row).toContain(`深圳自驾约 ${minutes(cuishanhu.from.shenzhen.minutes)}`)
    expect(row).toContain(`中山自驾约 ${minutes(cuishanhu.from.zhongshan.minutes)}`)
  })

  test('a row opens its park, and the map is a tap away', async () => {
    const page = await renderPage(parksPage)
    await page.waitForText(cuishanhu.name)
    await page.tap(cuishanhu.name)
    await page.tap('在地图上查看园区')
    expect(page.navigations).toEqual([
      pageUrl('investment', 'park', { id: cuishanhu.id }),
      pageUrl('investment', 'map')
    ])
  })
})

describe('园区详情', () => {
  const p = cooperationZone

  test('every fact: area, industries, land and plants marked 示例, utilities, transport, both cities, contacts', async () => {
    const page = await renderPage(parkPage, { params: { id: p.id } })
    await page.waitForText(p.address)
    const text = page.text()
    for (const line of [
      p.summary,
      '约 66 平方公里',
      p.industries.map((c) => (catalogue as Record<string, string>)[`investment.chain.${c}`]).join('、'),
      `约 ${p.land.availableMu.toLocaleString('en-US')} 亩（示例）`,
      `${p.land.price.min.toLocaleString('en-US')}–${p.land.price.max.toLocaleString('en-US')} 元/亩（示例）`,
      ...p.utilities,
      ...p.transport,
      ...p.highlights,
      `约 ${p.from.shenzhen.km} 公里，自驾约 ${minutes(p.from.shenzhen.minutes)}（经${p.from.shenzhen.via}）`,
      `约 ${p.from.zhongshan.km} 公里，自驾约 ${minutes(p.from.zhongshan.minutes)}（经${p.from.zhongshan.via}）`,
      `资料来源：${p.source}`
    ])
      expect(text).toContain(line)
    if (p.plants) expect(text).toContain(`${p.plants.price.min}–${p.plants.price.max} 元/平方米·月（示例）`)
    else expect(text).toContain('暂无可租标准厂房信息')
    // a sample number says so in its words
    const [contact] = p.contacts
    expect(text).toContain(contact.sample ? `${contact.name}（示例号码）` : contact.name)
    await page.tap(`[aria-label="拨打 ${contact.phone} ${contact.name}"]`)
    expect(page.calls.find((c) => c.api === 'makePhoneCall')?.options).toMatchObject({ phoneNumber: contact.phone })
  })

  test('in the 中江 zone the time from Zhongshan comes first', async () => {
    const page = await renderPage(parkPage, { params: { id: p.id }, storage: zone('zhongjiang') })
    await page.waitForText('距中山')
    const labels = Array.from(page.container.querySelectorAll('.wst-facts__label')).map((n) => n.textContent)
    expect(labels.indexOf('距中山')).toBeLessThan(labels.indexOf('距深圳'))
  })

  test('its projects are listed and open', async () => {
    const own = projects.filter((x) => x.park === p.id)
    expect(own.length).toBeGreaterThan(0)
    const page = await renderPage(parkPage, { params: { id: p.id } })
    await page.waitForText(own[0].name)
    for (const x of own) expect(page.text()).toContain(x.name)
    await page.tap(own[0].name)
    expect(page.navigations).toEqual([pageUrl('investment', 'project', { id: own[0].id })])
  })

  test('on H5, 导航 opens the web map at the park', async () => {
    const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
    const page = await renderPage(parkPage, { params: { id: p.id } })
    await page.waitForText('导航到园区')
    await page.tap('导航到园区')
    expect(opened).toHaveBeenCalledWith(expect.stringContaining(`position=${p.longitude},${p.latitude}`), '_blank')
    expect(page.calls.find((c) => c.api === 'openLocation')).toBeUndefined()
  })

  test('我要对接 opens the consultation about the park; 企业诉求 117 the enterprise channel with the park filled in', async () => {
    const page = await renderPage(parkPage, { params: { id: p.id } })
    await page.waitForText('我要对接')
    await page.tap('#investment-consult')
    await page.tap('#investment-appeal')
    expect(page.navigations).toEqual([
      routes.applyFor('investment/consult', { park: p.id }),
      routes.fileAppeal({ channel: 'enterprise', category: '090204', subject: p.name, district: 'xinhui' })
    ])
  })

  test('a favourite park is in 我的收藏, the visit in 我的足迹; it is shared by its name and page', async () => {
    const page = await renderPage(parkPage, { params: { id: cuishanhu.id } })
    await page.waitForText('☆ 收藏')
    await page.tap('☆ 收藏')
    await page.waitForText('★ 已收藏')
    expect(page.toasts).toEqual(['已收藏，可在“我的收藏”中找到'])
    expect(await page.fire('share')).toEqual({
      title: cuishanhu.name,
      path: pageUrl('investment', 'park', { id: cuishanhu.id })
    })
    page.unmount()
    const favourites = await renderPage(favouritesPage)
    await favourites.waitForText(cuishanhu.name)
  })

  test('an unknown park says so', async () => {
    const page = await renderPage(parkPage, { params: { id: 'no-such-park' } })
    await page.waitForText('没有找到这个园区，可能已下线或链接有误。')
  })

  test('in 繁體 and elder mode the page reads in 繁體', async () => {
    const page = await renderPage(parkPage, {
      params: { id: p.id },
      settings: { locale: 'zh-Hant', elderMode: true }
    })
    await page.waitForText('用地與廠房')
    expect(page.text()).toContain('導航到園區')
    expect(page.text()).toContain('我要對接')
    expect(page.text()).not.toContain('导航到园区')
  })
})

describe('园区地图 on H5', () => {
  test('lists the parks with a web-map link each', async () => {
    const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
    const page = await renderPage(mapPage)
    await page.waitForText('网页版不能显示地图')
    expect(page.text()).toContain(`共 ${parks.length} 个园区与平台`)
    const [first] = parks
    await page.tap(`[aria-label="在地图中查看 ${first.name}"]`)
    expect(opened).toHaveBeenCalledWith(
      `https://uri.amap.com/marker?position=${first.longitude},${first.latitude}&name=${encodeURIComponent(first.name)}&coordinate=gaode&callnative=1`,
      '_blank'
    )
  })

  test('until an order is chosen each row gives the drive from the zone’s city', async () => {
    const page = await renderPage(mapPage, { storage: zone('shenjiang') })
    await page.waitForText(`新会区 · 深圳自驾约 ${minutes(cooperationZone.from.shenzhen.minutes)}`)
    expect(page.text()).not.toContain('中山自驾')
  })

  test('从深圳 orders the parks by the drive from Shenzhen and shows it', async () => {
    const page = await renderPage(mapPage)
    await page.waitForText('从深圳')
    await page.tap('从深圳')
    await page.waitForText('已按从深圳出发的自驾车程排序。')
    const names = Array.from(page.container.querySelectorAll('.investment-place__name')).map((n) => n.textContent)
    const nearest = [...parks].sort(
      (a, b) => a.from.shenzhen.minutes - b.from.shenzhen.minutes || a.from.shenzhen.km - b.from.shenzhen.km
    )
    expect(names).toEqual(nearest.map((x) => x.name))
    expect(page.text()).toContain(
      `自驾约 ${nearest[0].from.shenzhen.km} 公里 · ${minutes(nearest[0].from.shenzhen.minutes)}`
    )
  })

  test('the position is asked for only on 离我最近; then the nearest come first', async () => {
    const asked = jest.fn(async () => ({ ok: true, position: { latitude: 22.38, longitude: 112.7 } }))
    jest.doMock('@/platform/position', () => ({ currentPosition: asked }))
    const page = await renderPage(mapPage)
    await page.waitForText('点“离我最近”后才会获取您的位置')
    expect(asked).not.toHaveBeenCalled()
    await page.tap('离我最近')
    await page.waitForText('已按离您的距离排序（直线距离）。')
    expect(asked).toHaveBeenCalledTimes(1)
    // from 开平 city: 翠山湖 first
    expect(page.container.querySelector('.investment-place__name')?.textContent).toBe(cuishanhu.name)
    expect(page.text()).toMatch(/约 \d+\.\d 公里/)
  })

  test('a refusal keeps the order and says what to do', async () => {
    jest.doMock('@/platform/position', () => ({
      currentPosition: async () => ({ ok: false, code: 'location.denied' })
    }))
    const page = await renderPage(mapPage)
    await page.waitForText('离我最近')
    await page.tap('离我最近')
    await page.waitForText(/未获得位置权限，仍按推荐顺序排列/)
    const names = Array.from(page.container.querySelectorAll('.investment-place__name')).map((n) => n.textContent)
    expect(names).toEqual(parks.map((x) => x.name))
  })
})

describe('招商项目', () => {
  test('newest first, ten at a time, each with its kind, its status in words, chain, park and sum', async () => {
    const page = await renderPage(projectsPage)
    await page.waitForText(`共 ${projects.length} 个项目`)
    expect(titles(page)).toEqual(newest.slice(0, 10).map((x) => x.name))
    await page.tap(`加载更多（还有 ${projects.length - 10} 项）`)
    expect(titles(page)).toEqual(newest.slice(0, 20).map((x) => x.name))
    const first = rowOf(page, newest[0].name).textContent
    expect(first).toMatch(/状态：(招商中|洽谈中|已签约)/)
    expect(first).toMatch(/(招商项目|合作项目)/)
    expect(first).toContain(parkById(newest[0].park).name)
  })

  test('a chain and a scale narrow the list to the projects of both', async () => {
    const page = await renderPage(projectsPage)
    await page.waitForText(`共 ${projects.length} 个项目`)
    await page.pickerChoose('#projects-industry', '高端装备制造')
    const equipment = projects.filter((x) => x.industry === 'equipment')
    await page.waitForText(`共 ${equipment.length} 个项目`)
    await page.tap('1–5 亿元')
    const banded = equipment.filter((x) => x.investmentWan >= 10000 && x.investmentWan < 50000)
    await page.waitForText(`共 ${banded.length} 个项目`)
    expect(titles(page)).toEqual(
      [...banded].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn)).map((x) => x.name)
    )
  })

  test('the park, district and kind filters; a band holds its lower bound', async () => {
    const page = await renderPage(projectsPage)
    await page.waitForText(`共 ${projects.length} 个项目`)
    await page.pickerChoose('#projects-park', cooperationZone.name)
    await page.waitForText(`共 ${projects.filter((x) => x.park === cooperationZone.id).length} 个项目`)
    await page.pickerChoose('#projects-park', '不限')
    await page.pickerChoose('#projects-district', '鹤山市')
    const heshan = projects.filter((x) => x.district === 'heshan')
    await page.waitForText(`共 ${heshan.length} 个项目`)
    await page.tap('合作')
    await page.waitForText(`共 ${heshan.filter((x) => x.kind === 'cooperation').length} 个项目`)
    page.unmount()
    // 10 亿 exactly is 10 亿元及以上, 1 亿 exactly 1–5 亿元
    const again = await renderPage(projectsPage)
    await again.waitForText('10 亿元及以上')
    await again.tap('10 亿元及以上')
    await again.waitForText(`共 ${projects.filter((x) => x.investmentWan >= 100000).length} 个项目`)
  })

  test('a filter can come in the link (a park’s projects)', async () => {
    const page = await renderPage(projectsPage, { params: { park: cuishanhu.id } })
    await page.waitForText(`共 ${projects.filter((x) => x.park === cuishanhu.id).length} 个项目`)
  })
})

describe('项目详情', () => {
  const x = projects.find((p) => p.models.includes('sz_rd_jm_production')) ?? projects[0]
  const park = parkById(x.park)

  test('every field, the cooperation models in words, its park as a link', async () => {
    const page = await renderPage(projectPage, { params: { id: x.id } })
    await page.waitForText(x.summary)
    const text = page.text()
    expect(text).toContain('深圳研发 + 江门生产')
    expect(text).toMatch(/状态：(招商中|洽谈中|已签约)/)
    expect(text).toContain(x.publishedOn)
    expect(text).toMatch(/(亿元|万元)（示例）/)
    for (const line of [...x.detail, ...x.advantages]) expect(text).toContain(line)
    expect(text).toContain(x.landMu === undefined ? '不需新增用地' : `约 ${x.landMu} 亩`)
    await page.tap(`查看园区：${park.name}`)
    expect(page.navigations).toEqual([pageUrl('investment', 'park', { id: park.id })])
  })

  test('我要对接 opens the consultation about the project, 企业诉求 117 the enterprise channel', async () => {
    const page = await renderPage(projectPage, { params: { id: x.id } })
    await page.waitForText('我要对接')
    await page.tap('#investment-consult')
    await page.tap('#investment-appeal')
    expect(page.navigations).toEqual([
      routes.applyFor('investment/consult', { project: x.id }),
      routes.fileAppeal({ channel: 'enterprise', category: '090204', subject: x.name, district: x.district as never })
    ])
  })

  test('a favourite project is in 我的收藏; it is shared by its name and page', async () => {
    const page = await renderPage(projectPage, { params: { id: x.id } })
    await page.waitForText('☆ 收藏')
    await page.tap('☆ 收藏')
    await page.waitForText('★ 已收藏')
    expect(await page.fire('share')).toEqual({ title: x.name, path: pageUrl('investment', 'project', { id: x.id }) })
    page.unmount()
    const favourites = await renderPage(favouritesPage)
    await favourites.waitForText(x.name)
  })

  test('an unknown project says so', async () => {
    const page = await renderPage(projectPage, { params: { id: 'no-such-project' } })
    await page.waitForText('没有找到这个项目，可能已下线或链接有误。')
  })
})

describe('search', () => {
  const searchPage = () => import('@/features/search/pages/search')
  const resultTitles = (page: { container: HTMLElement }) =>
    Array.from(page.container.querySelectorAll('.search__result-title')).map((el) => {
      const kind = el.querySelector('.wst-tag')?.textContent ?? ''
      return el.textContent?.slice(kind.length)
    })
  const project = projects[0]

  test.each([
    ['翠山湖', cuishanhu.name, pageUrl('investment', 'park', { id: cuishanhu.id })],
    ['shenjiang', cooperationZone.name, pageUrl('investment', 'park', { id: cooperationZone.id })],
    [project.name, project.name, pageUrl('investment', 'project', { id: project.id })],
    [policies[0].aliases[0], policies[0].title, pageUrl('investment', 'policy', { id: policies[0].id })]
  ])('%s finds %s, opening its page', async (query, title, route) => {
    const page = await renderPage(searchPage)
    await page.input('#search-input', query, { leave: false })
    await page.waitForText(title)
    expect(resultTitles(page)).toContain(title)
    const rows = Array.from(page.container.querySelectorAll('.search__result'))
    await page.tap(rows[resultTitles(page).indexOf(title)])
    expect(page.navigations).toEqual([route])
  })
})

test('the 117 filing page opened from a park has its category, the park as the place and its district', async () => {
  const url = routes.fileAppeal({
    channel: 'enterprise',
    category: '090204',
    subject: cooperationZone.name,
    district: 'xinhui'
  })
  const params = Object.fromEntries(new URLSearchParams(url.split('?')[1]))
  const page = await renderPage(() => import('@/features/appeals/pages/file'), { params })
  await page.waitForText('项目投资')
  expect(page.text()).toContain('企业服务')
  expect(page.text()).toContain('新会区')
  expect(page.value('详细地址')).toBe(cooperationZone.name)
})
