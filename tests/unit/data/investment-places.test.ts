// The parks and investment projects of the sample data: enough of them and the ones the issue names, ids unique,
// every value one the types allow, places inside Jiangmen, land and prices well formed and said to be samples, the
// travel from Shenzhen and Zhongshan given, and the projects spread so that no filter chip leads nowhere: every park,
// district, industry, model (the three 深江 ones among them), status and scale band has projects.
import parksData from '@/data/investment/parks.json'
import projectsData from '@/data/investment/projects.json'
import { isIsoDate } from '@/core/calendar/shanghai-time'
import { JIANGMEN_DISTRICTS } from '@/core/domain'
import {
  COOPERATION_MODELS,
  INDUSTRY_CHAINS,
  PARK_KINDS,
  PROJECT_KINDS,
  PROJECT_STATUSES,
  SCALE_BANDS,
  type Contact,
  type InvestmentProject,
  type Park,
  type ScaleBand
} from '@/core/investment/types'

const PARKS = parksData as Park[]
const PROJECTS = projectsData as InvestmentProject[]
const parkById = new Map(PARKS.map((p) => [p.id, p]))
const TODAY = '2026-12-01'
/** 0750 and seven digits: Jiangmen's landlines */
const JIANGMEN_PHONE = /^0750-\d{7}$/
/** Jiangmen's bounding box (GCJ-02, approximate) */
const inJiangmen = (lat: number, lng: number) => lat > 21.4 && lat < 22.9 && lng > 111.9 && lng < 113.3

const unique = (ids: string[]) => new Set(ids).size === ids.length
const filled = (text: string) => expect(text.trim()).not.toBe('')

/** the scale bands as SCALE_BANDS documents them, in 万元: under 1 亿, 1–5 亿, 5–10 亿, 10 亿 and more */
function bandOf(investmentWan: number): ScaleBand {
  if (investmentWan < 10000) return 'under_100m'
  if (investmentWan < 50000) return '100m_500m'
  if (investmentWan < 100000) return '500m_1b'
  return 'over_1b'
}

function expectSampleContact(contact: Contact) {
  filled(contact.name)
  expect(contact.phone).toMatch(JIANGMEN_PHONE)
  expect(contact.sample).toBe(true)
}

describe('parks', () => {
  test('at least 12, ids unique, the platforms the issue names among them', () => {
    expect(PARKS.length).toBeGreaterThanOrEqual(12)
    expect(unique(PARKS.map((p) => p.id))).toBe(true)
    const names = PARKS.map((p) => p.name)
    for (const name of [
      '大广海湾经济区',
      '广海湾经济开发区',
      '深江经济合作区',
      '深江产业园',
      '江门高新区',
      '蓬江产业园',
      '江门人才岛',
      '深江智能科技产业园',
      '凤山湖',
      '翠山湖',
      '恩平智能装备产业园',
      '中国—欧盟（江门）中小企业国际合作区'
    ])
      expect(names.some((n) => n.includes(name))).toBe(true)
  })

  test('the sourced facts: 23,135 亩 of 深江产业园, 广海湾’s 15 km of shoreline and 55 berths, the three 深江 models', () => {
    expect(parkById.get('shenjiang-industrial-park')!.area).toEqual({ value: 23135, unit: 'mu' })
    const guanghai = parkById.get('guanghai-bay-edz')!.highlights.join('')
    expect(guanghai).toContain('15 公里')
    expect(guanghai).toContain('55 个泊位')
    const zone = parkById.get('shenjiang-cooperation-zone')!
    expect(zone.kind).toBe('cooperation_zone')
    for (const model of ['深圳总部 + 江门基地', '深圳研发 + 江门生产', '深圳服务 + 江门制造'])
      expect(zone.highlights.join('')).toContain(model)
  })

  test('every kind and every district has a park', () => {
    for (const kind of PARK_KINDS) expect(PARKS.some((p) => p.kind === kind)).toBe(true)
    for (const district of JIANGMEN_DISTRICTS) expect(PARKS.some((p) => p.district === district)).toBe(true)
  })

  test.each(PARKS.map((p) => [p.name, p] as const))('%s is complete, in Jiangmen, its values allowed', (_, p) => {
    expect(p.id).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(PARK_KINDS).toContain(p.kind)
    expect(JIANGMEN_DISTRICTS).toContain(p.district)
    expect(inJiangmen(p.latitude, p.longitude)).toBe(true)
    for (const text of [p.name, p.address, p.summary, p.source]) filled(text)
    expect(p.aliases.length).toBeGreaterThan(0)
    expect(p.area.value).toBeGreaterThan(0)
    expect(['km2', 'mu', 'ha']).toContain(p.area.unit)
    expect(p.industries.length).toBeGreaterThan(0)
    for (const i of p.industries) expect(INDUSTRY_CHAINS).toContain(i)
    expect(unique([...p.industries])).toBe(true)
    for (const list of [p.utilities, p.transport, p.highlights]) {
      expect(list.length).toBeGreaterThan(0)
      for (const line of list) filled(line)
    }
    expect(p.contacts.length).toBeGreaterThan(0)
    for (const contact of p.contacts) expectSampleContact(contact)
  })

  test.each(PARKS.map((p) => [p.name, p] as const))(
    '%s: its land and plants are priced and said to be samples',
    (_, p) => {
      const { land, plants } = p
      expect(Number.isInteger(land.availableMu) && land.availableMu > 0).toBe(true)
      expect(land.price.unit).toBe('yuan_per_mu')
      expect(land.price.min).toBeGreaterThan(0)
      expect(land.price.max).toBeGreaterThanOrEqual(land.price.min)
      expect(land.note).toContain('示例')
      if (plants) {
        expect(plants.availableM2).toBeGreaterThan(0)
        expect(plants.price.unit).toBe('yuan_per_m2_month')
        expect(plants.price.min).toBeGreaterThan(0)
        expect(plants.price.max).toBeGreaterThanOrEqual(plants.price.min)
      }
    }
  )

  test.each(PARKS.map((p) => [p.name, p] as const))('%s gives the drive from Shenzhen and Zhongshan', (_, p) => {
    for (const city of ['shenzhen', 'zhongshan'] as const) {
      const d = p.from[city]
      expect(d.km).toBeGreaterThan(0)
      expect(d.minutes).toBeGreaterThan(0)
      filled(d.via)
      // a drive between 30 and 120 km/h on average
      expect(d.km / (d.minutes / 60)).toBeGreaterThan(30)
      expect(d.km / (d.minutes / 60)).toBeLessThan(120)
    }
    // Shenzhen comes over 深中通道, and is farther than Zhongshan
    expect(p.from.shenzhen.via).toContain('深中通道')
    expect(p.from.shenzhen.km).toBeGreaterThan(p.from.zhongshan.km)
  })
})

describe('projects', () => {
  test('at least 40, ids unique, both kinds', () => {
    expect(PROJECTS.length).toBeGreaterThanOrEqual(40)
    expect(unique(PROJECTS.map((p) => p.id))).toBe(true)
    expect(unique(PROJECTS.map((p) => p.name))).toBe(true)
    for (const kind of PROJECT_KINDS) expect(PROJECTS.some((p) => p.kind === kind)).toBe(true)
  })

  test('every park, district, industry, model, status and scale band has projects, so no filter chip leads nowhere', () => {
    for (const park of PARKS) expect(PROJECTS.some((p) => p.park === park.id)).toBe(true)
    for (const district of JIANGMEN_DISTRICTS) expect(PROJECTS.some((p) => p.district === district)).toBe(true)
    for (const industry of INDUSTRY_CHAINS) expect(PROJECTS.some((p) => p.industry === industry)).toBe(true)
    for (const model of COOPERATION_MODELS) expect(PROJECTS.some((p) => p.models.includes(model))).toBe(true)
    for (const status of PROJECT_STATUSES) expect(PROJECTS.some((p) => p.status === status)).toBe(true)
    for (const band of SCALE_BANDS) expect(PROJECTS.some((p) => bandOf(p.investmentWan) === band)).toBe(true)
  })

  test('the bands split where SCALE_BANDS says', () => {
    expect([9999, 10000, 49999, 50000, 99999, 100000].map(bandOf)).toEqual([
      'under_100m',
      '100m_500m',
      '100m_500m',
      '500m_1b',
      '500m_1b',
      'over_1b'
    ])
  })

  test.each(PROJECTS.map((p) => [p.id, p] as const))('%s is complete and its values are allowed', (_, p) => {
    expect(p.id).toMatch(/^proj-\d{3}$/)
    expect(PROJECT_KINDS).toContain(p.kind)
    expect(INDUSTRY_CHAINS).toContain(p.industry)
    expect(PROJECT_STATUSES).toContain(p.status)
    // its park exists and the project lies in the park's district
    const park = parkById.get(p.park)
    expect(park).toBeDefined()
    expect(p.district).toBe(park!.district)
    expect(JIANGMEN_DISTRICTS).toContain(p.district)
    for (const text of [p.name, p.summary]) filled(text)
    expect(p.aliases.length).toBeGreaterThan(0)
    // amounts in 万元: whole, and between 100 万 and 1,000 亿
    expect(Number.isInteger(p.investmentWan)).toBe(true)
    expect(p.investmentWan).toBeGreaterThanOrEqual(100)
    expect(p.investmentWan).toBeLessThanOrEqual(10000000)
    if (p.landMu !== undefined) expect(p.landMu).toBeGreaterThan(0)
    expect(p.models.length).toBeGreaterThan(0)
    expect(unique([...p.models])).toBe(true)
    for (const m of p.models) expect(COOPERATION_MODELS).toContain(m)
    for (const list of [p.detail, p.advantages]) {
      expect(list.length).toBeGreaterThanOrEqual(2)
      for (const line of list) filled(line)
    }
    expect(isIsoDate(p.publishedOn)).toBe(true)
    expect(p.publishedOn >= '2026-01-01' && p.publishedOn <= TODAY).toBe(true)
    expectSampleContact(p.contact)
  })

  test.each(PARKS.map((p) => [p.name, p] as const))(
    '%s: the land its projects ask for fits its available land',
    (_, park) => {
      const asked = PROJECTS.filter((p) => p.park === park.id).reduce((sum, p) => sum + (p.landMu ?? 0), 0)
      expect(asked).toBeLessThanOrEqual(park.land.availableMu)
    }
  )
})
