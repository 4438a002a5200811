// 人才服务's jobs, fairs and housing: the postings' filters change what is listed; a posting's page shows the
// employer and the phone and can be favourited (found under 我的收藏); the fair calendar marks past fairs 已结束 and
// today's 今天 by the Beijing date, filters by month and mode and offers 添加到日历 for the fairs to come; a housing
// project shows its rule as its condition list and applies through 在线申办; 繁體 reads in its own script.
import { waitFor } from '@testing-library/react'
import { filterPostings, type JobPosting } from '@/core/talent/jobs'
import fairs from '@/data/talent/fairs.json'
import housing from '@/data/talent/housing.json'
import policiesData from '@/data/talent/policies.json'
import postingsData from '@/data/talent/postings.json'
import { pageUrl } from '@/routes'
import { renderPage, type RenderedPage } from '../../../helpers/render-page'

const jobsPage = () => import('@/features/talent/pages/jobs')
const jobPage = () => import('@/features/talent/pages/job')
const fairsPage = () => import('@/features/talent/pages/fairs')
const housingPage = () => import('@/features/talent/pages/housing')
const housePage = () => import('@/features/talent/pages/house')
const favouritesPage = () => import('@/features/account/pages/favourites')
const homePage = () => import('@/features/talent/pages/home')
const searchPage = () => import('@/features/search/pages/search')
const POSTINGS = postingsData as JobPosting[]

const at = (beijing: string) => jest.spyOn(Date, 'now').mockReturnValue(Date.parse(`${beijing}+08:00`))
beforeEach(() => at('2026-12-01T10:00:00'))
afterEach(() => jest.restoreAllMocks())

/** a chip of a filter row: the first element with the text (the filters come before the list) */
const chip = (page: RenderedPage, label: string) => page.getAllByText(label)[0]

describe('岗位', () => {
  test('the filters narrow the list to the postings that satisfy them, and 不限 widens it again', async () => {
    const page = await renderPage(jobsPage)
    await page.waitForText(`共 ${POSTINGS.length} 个岗位`)
    expect(page.text()).toContain('示例数据')

    await page.pickerChoose('#jobs-district', '开平市')
    const kaiping = filterPostings(POSTINGS, { district: 'kaiping' })
    await page.waitForText(`共 ${kaiping.length} 个岗位`)
    for (const p of kaiping) expect(page.text()).toContain(p.employer)
    expect(page.text()).not.toContain(POSTINGS.find((p) => p.district === 'taishan')!.employer)

    await page.tap(chip(page, '8000–12000'))
    const both = filterPostings(POSTINGS, { district: 'kaiping', salary: '8k-12k' })
    expect(both.length).toBeLessThan(kaiping.length)
    await page.waitForText(`共 ${both.length} 个岗位`)

    await page.pickerChoose('#jobs-district', '全部地区')
    await page.waitForText(`共 ${filterPostings(POSTINGS, { salary: '8k-12k' }).length} 个岗位`)
  })

  test('the user’s education lists the postings asking for it or less; the list pages with 加载更多', async () => {
    const page = await renderPage(jobsPage)
    await page.waitForText(`共 ${POSTINGS.length} 个岗位`)
    // twenty shown, the rest behind 加载更多
    expect(page.container.querySelectorAll('.wst-cell').length).toBe(20)
    await page.tap(`加载更多（还有 ${POSTINGS.length - 20} 项）`)
    await waitFor(() => expect(page.container.querySelectorAll('.wst-cell').length).toBe(40))

    await page.tap(chip(page, '中专/高中'))
    const secondary = filterPostings(POSTINGS, { education: 'secondary' })
    await page.waitForText(`共 ${secondary.length} 个岗位`)
    expect(secondary.every((p) => p.education === 'secondary')).toBe(true)
    expect(page.text()).not.toContain('本科及以上')
  })

  test('a link may bring a filter (industry=…); a posting opens its page', async () => {
    const page = await renderPage(jobsPage, { params: { industry: 'new_energy' } })
    const newEnergy = filterPostings(POSTINGS, { industry: 'new_energy' })
    await page.waitForText(`共 ${newEnergy.length} 个岗位`)
    await page.tap(page.getAllByText(newEnergy[0].title)[0])
    expect(page.navigations).toEqual([pageUrl('talent', 'job', { id: newEnergy[0].id })])
  })
})

describe('岗位详情', () => {
  const p = POSTINGS[0]

  test('shows the employer, salary, education, experience, requirements, benefits and address; 拨打 calls', async () => {
    const page = await renderPage(jobPage, { params: { id: p.id } })
    await page.waitForText(p.employer)
    for (const text of [p.title, p.address, p.contact.name, p.postedOn, ...p.requirements, ...p.benefits])
      expect(page.text()).toContain(text)
    expect(page.text()).toContain(`${p.salary.min}–${p.salary.max} 元/月`)
    expect(page.text()).toContain('本科及以上')
    expect(page.text()).toContain(`${p.experienceYears} 年以上经验`)
    await page.tap(`拨打 ${p.contact.phone}`)
    expect(page.calls.find((c) => c.api === 'makePhoneCall')?.options).toEqual({ phoneNumber: p.contact.phone })
  })

  test('a favourite posting is kept under the module and kind posting, the visit in history, and 我的收藏 lists it', async () => {
    const page = await renderPage(jobPage, { params: { id: p.id } })
    await page.waitForText('☆ 收藏')
    await page.tap('☆ 收藏')
    await page.waitForText('★ 已收藏')
    const { userApi } = require('@/backend/user') as typeof import('@/backend/user')
    const ref = { module: 'talent', kind: 'posting', id: p.id, route: pageUrl('talent', 'job', { id: p.id }) }
    expect(await userApi.listFavourites()).toEqual([expect.objectContaining(ref)])
    // opening it was recorded in 我的足迹 too
    expect(await userApi.listHistory()).toEqual([expect.objectContaining(ref)])
    page.unmount()
    const favourites = await renderPage(favouritesPage)
    await favourites.waitForText(`${p.title} · ${p.employer}`)
  })

  test('an unknown posting says so', async () => {
    const page = await renderPage(jobPage, { params: { id: 'job-999' } })
    await page.waitForText('没有找到这个岗位，可能已下线或链接有误。')
  })
})

describe('招聘会', () => {
  test('the fairs to come are listed, an online fair open today 进行中; the ended ones, 已结束, on request, without 添加到日历', async () => {
    const page = await renderPage(fairsPage)
    const ended = fairs.filter((f) => (f.endDate ?? f.date) < '2026-12-01')
    const coming = fairs.filter((f) => (f.endDate ?? f.date) >= '2026-12-01')
    await page.waitForText(coming[0].title)
    expect(page.text()).not.toContain(ended[0].title)
    expect(page.getAllByText('进行中')).toHaveLength(1)
    expect(page.getAllByText('添加到日历')).toHaveLength(coming.length)
    expect(page.text()).toContain('线上')
    expect(page.text()).toContain('示例数据')

    await page.tap(`显示已结束的 ${ended.length} 场`)
    await page.waitForText(ended[0].title)
    expect(page.getAllByText('已结束')).toHaveLength(ended.length)
    expect(page.getAllByText('添加到日历')).toHaveLength(coming.length)
    await page.tap('隐藏已结束的招聘会')
    await waitFor(() => expect(page.text()).not.toContain(ended[0].title))
    // a choice whose fairs have all ended says so (November's on-site fairs; its online one is still open)
    await page.tap(chip(page, '11月'))
    await page.waitForText('2026 年 11 月 · 1 场')
    await page.tap(chip(page, '现场'))
    await page.waitForText('所选的招聘会都已结束，可以点上方“显示已结束”查看。')
  })

  test('on the day of a one-day fair it says 今天', async () => {
    at('2026-12-05T08:00:00')
    const page = await renderPage(fairsPage)
    await page.waitForText('今天')
    const card = page.getByText('今天').closest('.talent-fair')!
    expect(card.textContent).toContain('台山市广海湾新能源专场招聘会')
    expect(card.textContent).toContain('时间：2026-12-05（周六） 09:00–12:00')
  })

  test('month and mode filters narrow the calendar', async () => {
    const page = await renderPage(fairsPage)
    const january = fairs.find((f) => f.date.startsWith('2027-01'))!
    await page.waitForText(january.title)
    await page.tap(chip(page, '2月'))
    const february = fairs.filter((f) => f.date.startsWith('2027-02'))
    await page.waitForText(`2027 年 2 月 · ${february.length} 场`)
    expect(page.text()).not.toContain(january.title)
    await page.tap(chip(page, '线上'))
    await page.waitForText('2027 年 2 月 · 1 场')
    expect(page.text()).toContain('春风行动·江门网络招聘会')
    expect(page.text()).not.toContain('2027 年春风行动·江门市大型现场招聘会')
  })

  test('添加到日历 on the H5 site downloads the fair as an .ics file; 导航到会场 opens the map at the venue', async () => {
    const page = await renderPage(fairsPage, { params: { month: '2026-12' } })
    const taishan = fairs.find((f) => f.id === 'fair-2026-12-05-taishan')!
    await page.waitForText(taishan.title)
    const clicked: HTMLAnchorElement[] = []
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement
    ) {
      clicked.push(this)
    })
    await page.tap(`[aria-label="把“${taishan.title}”添加到日历"]`)
    await waitFor(() => expect(page.toasts).toEqual(['已下载日历文件，打开即可添加到日历']))
    click.mockRestore()
    expect(clicked[0].download).toBe(`${taishan.id}.ics`)
    const ics = decodeURIComponent(clicked[0].href.replace(/^data:text\/calendar;charset=utf-8,/, '')).replace(
      /\r\n /g,
      ''
    )
    expect(ics).toContain('DTSTART:20261205T010000Z')
    expect(ics).toContain('DTEND:20261205T040000Z')

    // on H5 the map is 高德's web map, at the venue
    const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
    await page.tap(`[aria-label="导航到${taishan.venue!.name}"]`)
    const { latitude, longitude } = taishan.venue!
    expect(opened).toHaveBeenCalledWith(expect.stringContaining(`position=${longitude},${latitude}`), '_blank')
    opened.mockRestore()
  })
})

describe('人才住房', () => {
  const island = housing.find((h) => h.id === 'house-talent-island')!

  test('the list shows every project with its rent; a project opens its page', async () => {
    const page = await renderPage(housingPage)
    await page.waitForText(`共 ${housing.length} 个项目`)
    for (const h of housing) expect(page.text()).toContain(h.name)
    expect(page.text()).toContain(`${island.rent.min}–${island.rent.max} 元/月`)
    await page.tap(island.name)
    expect(page.navigations).toEqual([pageUrl('talent', 'house', { id: island.id })])
  })

  test('a project shows its rule as its condition list, navigates, and 申请入住 opens the talent-apartment form', async () => {
    const page = await renderPage(housePage, { params: { id: island.id } })
    await page.waitForText('申请条件')
    for (const line of [
      '· 学历：本科 / 硕士研究生 / 博士研究生',
      '· 全日制学历：是',
      '· 用人单位所在城市：江门',
      '· 本市已有住房：否'
    ])
      expect(page.text()).toContain(line)
    expect(page.text()).toContain(island.conditionText)

    const opened = jest.spyOn(window, 'open').mockReturnValue({ opener: {} } as Window)
    await page.tap('导航到这里')
    expect(opened).toHaveBeenCalledWith(
      expect.stringContaining(`position=${island.longitude},${island.latitude}`),
      '_blank'
    )
    opened.mockRestore()
    await page.tap('申请入住')
    const apply = pageUrl('gov-services', 'apply', { matter: 'talent/apartment', preset: `project:${island.id}` })
    expect(page.navigations).toEqual([apply])
    page.unmount()
    // the form opens with that project chosen
    const form = await renderPage(() => import('@/features/gov-services/pages/apply'), {
      params: { matter: 'talent/apartment', preset: `project:${island.id}` }
    })
    await form.waitForText(island.name)
    expect(form.queryByText('请选择申请公寓')).toBeNull()
  })

  test('alternatives sit under 满足以下任一项, thresholds read with their units', async () => {
    const page = await renderPage(housePage, { params: { id: 'house-pengjiang-tangxia' } })
    await page.waitForText('满足以下任一项：')
    for (const line of [
      '· 职称：中级职称 / 副高级职称 / 正高级职称',
      '· 职业技能等级：技师（二级）及以上',
      '· 社保不少于 1 个月'
    ])
      expect(page.text()).toContain(line)
    const alternative = page.getByText('· 职称：中级职称 / 副高级职称 / 正高级职称')
    expect(alternative.className).toContain('talent-house__condition--1')
    const jianghai = await renderPage(housePage, { params: { id: 'house-jianghai-hitech' } })
    await jianghai.waitForText('· 年龄不超过 40 岁')
  })

  test('in 繁體 the project, its conditions and its button read in Traditional script', async () => {
    const page = await renderPage(housePage, { params: { id: island.id }, settings: { locale: 'zh-Hant' } })
    await page.waitForText('申請入住')
    expect(page.text()).toContain('江門人才島人才公寓')
    expect(page.text()).toContain('· 學歷：本科 / 碩士研究生 / 博士研究生')
    expect(page.text()).toContain('示例數據')
  })
})

test('人才服务 home leads to the fairs, the postings and the housing', async () => {
  const page = await renderPage(homePage)
  await page.waitForText('就业与安居')
  for (const [label, to] of [
    ['招聘会', 'fairs'],
    ['岗位', 'jobs'],
    ['人才住房', 'housing']
  ] as const) {
    await page.tap(page.getAllByText(label).at(-1)!)
    expect(page.navigations.at(-1)).toBe(pageUrl('talent', to))
  }
})

test('the unified search finds postings, fairs and housing, by their words and by pinyin, and opens them', async () => {
  const page = await renderPage(searchPage)
  await page.input('#search-input', 'chunfengxingdong', { leave: false })
  await page.waitForText('春风行动·江门网络招聘会')
  await page.tap(page.getAllByText('春风行动·江门网络招聘会')[0])
  expect(page.navigations.at(-1)).toBe(pageUrl('talent', 'fairs', { month: '2027-02' }))

  await page.input('#search-input', '人才岛人才公寓', { leave: false })
  await page.waitForText('人才住房')
  // a policy has the same name: the housing project is the row of kind 人才住房
  const house = Array.from(page.container.querySelectorAll('.search__result')).find(
    (r) => r.querySelector('.wst-tag')?.textContent === '人才住房'
  )!
  expect(house.textContent).toContain('江门人才岛人才公寓')
  await page.tap(house)
  expect(page.navigations.at(-1)).toBe(pageUrl('talent', 'house', { id: 'house-talent-island' }))

  const posting = POSTINGS.find((p) => p.title === '电芯工艺工程师')!
  await page.input('#search-input', '电芯工艺', { leave: false })
  await page.waitForText(`${posting.employer} · 江海区`)
})

test('the unified search finds a talent policy by its title words, its pinyin and its initials, and 人才资格自测', async () => {
  /** the result row of that kind and title, once the search shows it (titles are drawn in highlighted pieces) */
  const result = async (page: RenderedPage, kind: string, title: string) => {
    const find = () =>
      Array.from(page.container.querySelectorAll('.search__result')).find((r) => {
        const el = r.querySelector('.search__result-title')
        const tag = el?.querySelector('.wst-tag')?.textContent ?? ''
        return tag === kind && el?.textContent?.slice(tag.length) === title
      })
    await waitFor(() => expect(find()).toBeDefined())
    return find()!
  }
  const policy = policiesData.find((p) => p.id === 'jm-high-skill-living')!
  expect(policy.title).toBe('高技能人才岗位津贴')
  const page = await renderPage(searchPage)
  for (const query of ['岗位津贴', 'gangweijintie', 'gjnrcgwjt']) {
    await page.input('#search-input', query, { leave: false })
    const row = await result(page, '人才政策', policy.title)
    expect(row.textContent).toContain(policy.issuer)
    await page.tap(row)
    expect(page.navigations.at(-1)).toBe(pageUrl('talent', 'policy', { id: policy.id }))
  }
  for (const query of ['人才自测', 'rencaizice']) {
    await page.input('#search-input', query, { leave: false })
    await page.tap(await result(page, '工具', '人才资格自测'))
    expect(page.navigations.at(-1)).toBe(pageUrl('talent', 'check'))
  }
})
