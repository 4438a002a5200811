// 招商服务 (investment): parks and platforms, investment projects, 惠企政策 and the company profile they are matched
// against. Pure TypeScript, no platform. Unions come from `as const` lists, so the filters, the data tests and
// the catalogue keys never keep a second copy. A policy's conditions are a rule of core/rules over COMPANY_FACTS
// (data, never code), the language the talent policies use, so real policy texts can replace the sample ones.
import { JIANGMEN_DISTRICTS, type CityId, type District } from '../domain'
import type { Rule } from '../rules'
import type { ApplicationWindow, PolicyAmount, PolicyChannel, PolicyMaterial } from '../talent/types'
import type { Coordinates } from '../tourism/types'

export type { Coordinates }

/**
 * the industry chains: Jiangmen's "5+1" (新能源汽车及零部件, 新型储能与电池, 硅能源, 新一代电子信息, 高端装备制造,
 * 新材料, 大健康/生物医药, 现代轻工纺织) with 安全应急, 现代服务业, 现代农业与食品 and 文旅 that parks and projects
 * also name
 */
export const INDUSTRY_CHAINS = [
  'new_energy_vehicle',
  'battery_storage',
  'silicon_energy',
  'electronics',
  'equipment',
  'new_materials',
  'health',
  'light_textile',
  'safety',
  'services',
  'agri_food',
  'culture_tourism'
] as const
export type IndustryChain = (typeof INDUSTRY_CHAINS)[number]

// ── parks and platforms

/** 省级新区 / 经济合作区, 开发区 (国家级 or 省级), 产业园区, 创新平台 (人才岛, 国际合作区) */
export const PARK_KINDS = ['new_area', 'cooperation_zone', 'development_zone', 'industrial_park', 'platform'] as const
export type ParkKind = (typeof PARK_KINDS)[number]

export interface Area {
  value: number
  unit: 'km2' | 'mu' | 'ha'
}

/** a price range in yuan per 亩 (industrial land, 出让 50 years), or per m² per month for a rented plant */
export interface PriceRange {
  min: number
  max: number
  unit: 'yuan_per_mu' | 'yuan_per_m2_month'
}

/** how far a park is from a fusion-zone city: km and minutes by car, and the way (深中通道, 江珠高速 …) */
export interface Distance {
  km: number
  minutes: number
  via: string
}

export interface Contact {
  /** the office, e.g. 深江经济合作区管委会招商部 */
  name: string
  phone: string
  /** sample contacts say so */
  sample?: boolean
}

export interface Park extends Coordinates {
  id: string
  name: string
  /** other names and their words, for search (深江合作区, 银湖湾) */
  aliases: readonly string[]
  kind: ParkKind
  district: District
  address: string
  summary: string
  /** planned or total area */
  area: Area
  industries: readonly IndustryChain[]
  /** sample figures: industrial land still to let, and its price */
  land: { availableMu: number; price: PriceRange; note?: string }
  /** rented standard plants, when the park has them */
  plants?: { availableM2: number; price: PriceRange }
  /** 供电, 供水, 供气, 污水处理 … as the park states them */
  utilities: readonly string[]
  /** ports, rail, expressways, airports */
  transport: readonly string[]
  from: Record<'shenzhen' | 'zhongshan', Distance>
  /** what an investor should know first (sourced facts: 15 km of port shoreline, 23,135 亩 …) */
  highlights: readonly string[]
  contacts: readonly Contact[]
  /** where the facts come from */
  source: string
}

// ── investment projects

/** 招商项目 (seeking an investor) and 合作项目 (a partner for an existing firm or platform) */
export const PROJECT_KINDS = ['attract', 'cooperation'] as const
export type ProjectKind = (typeof PROJECT_KINDS)[number]

/** 深圳总部 + 江门基地, 深圳研发 + 江门生产, 深圳服务 + 江门制造, and the usual forms of investment */
export const COOPERATION_MODELS = [
  'sz_hq_jm_base',
  'sz_rd_jm_production',
  'sz_service_jm_manufacturing',
  'sole',
  'joint_venture',
  'equity',
  'build_to_suit',
  'plant_lease'
] as const
export type CooperationModel = (typeof COOPERATION_MODELS)[number]

/** 招商中, 洽谈中, 已签约 */
export const PROJECT_STATUSES = ['open', 'negotiating', 'signed'] as const
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** the scale filter's bands, 万元: under 1 亿, 1–5 亿, 5–10 亿, 10 亿 and more */
export const SCALE_BANDS = ['under_100m', '100m_500m', '500m_1b', 'over_1b'] as const
export type ScaleBand = (typeof SCALE_BANDS)[number]

export interface InvestmentProject {
  id: string
  name: string
  aliases: readonly string[]
  kind: ProjectKind
  industry: IndustryChain
  /** a park of parks.json */
  park: string
  district: District
  /** total investment, 万元 */
  investmentWan: number
  /** land it needs, 亩; absent for a project in rented plants or offices */
  landMu?: number
  models: readonly CooperationModel[]
  status: ProjectStatus
  summary: string
  /** what is offered and what is sought */
  detail: readonly string[]
  /** 项目优势: market, supply chain, policy support */
  advantages: readonly string[]
  /** YYYY-MM-DD */
  publishedOn: string
  contact: Contact
}

// ── the company profile: the facts a 惠企政策's rule reads

/** 高新技术企业, 专精特新中小企业, 专精特新"小巨人", 创新型中小企业, 科技型中小企业, 规上工业企业, 上市企业 */
export const QUALIFICATIONS = [
  'high_tech',
  'specialized',
  'little_giant',
  'innovative_sme',
  'tech_sme',
  'above_scale',
  'listed'
] as const
export type Qualification = (typeof QUALIFICATIONS)[number]

/** 纳税信用等级 */
export const TAX_CREDIT_LEVELS = ['A', 'B', 'M', 'C', 'D'] as const
/** the Jiangmen district a company is in, or outside Jiangmen */
export const DISTRICT_ANSWERS = [...JIANGMEN_DISTRICTS, 'other'] as const

export type CompanyFactKind = 'choice' | 'number' | 'date' | 'boolean'

/** a fact as the rules see it; its question and values are in the module's catalogue (investment.fact.<name>,
 * investment.value.<name>.<value>) */
export interface CompanyFact {
  kind: CompanyFactKind
  values?: readonly string[]
  /** a choice answered with several values at once (the qualifications) */
  multiple?: boolean
  /** the label every rule leaf on this fact carries */
  label: string
  unit?: string
  /** a number's allowed range; numbers may have decimals unless `integer` */
  range?: readonly [number, number]
  integer?: boolean
  /** computed from other answers, never asked (研发费用占比 from 研发费用 and 营业收入) */
  derived?: boolean
}

/**
 * the one vocabulary of company facts. A policy's city is where the company would be registered: the same profile
 * is matched against Jiangmen's and Shenzhen's (or Zhongshan's) policies side by side, so no rule reads the city;
 * `district` is the Jiangmen district (or other) for district policies.
 */
export const COMPANY_FACTS = {
  industry: { kind: 'choice', values: INDUSTRY_CHAINS, label: '所属产业' },
  registeredOn: { kind: 'date', label: '成立年限', unit: '年' },
  district: { kind: 'choice', values: DISTRICT_ANSWERS, label: '所在区（市）' },
  headcount: { kind: 'number', label: '从业人数', unit: '人', range: [0, 1000000], integer: true },
  techStaff: { kind: 'number', label: '科技人员', unit: '人', range: [0, 1000000], integer: true },
  techStaffRatio: { kind: 'number', label: '科技人员占比', unit: '%', range: [0, 100], derived: true },
  revenueWan: { kind: 'number', label: '上年营业收入', unit: '万元', range: [0, 100000000] },
  rdSpendWan: { kind: 'number', label: '上年研发费用', unit: '万元', range: [0, 10000000] },
  rdRatio: { kind: 'number', label: '研发费用占营业收入比例', unit: '%', range: [0, 100], derived: true },
  inventionPatents: { kind: 'number', label: '发明专利', unit: '件', range: [0, 100000], integer: true },
  utilityPatents: { kind: 'number', label: '实用新型专利', unit: '件', range: [0, 100000], integer: true },
  designPatents: { kind: 'number', label: '外观设计专利', unit: '件', range: [0, 100000], integer: true },
  softwareCopyrights: { kind: 'number', label: '软件著作权', unit: '件', range: [0, 100000], integer: true },
  qualifications: { kind: 'choice', values: QUALIFICATIONS, multiple: true, label: '企业资质' },
  taxCredit: { kind: 'choice', values: TAX_CREDIT_LEVELS, label: '纳税信用等级' },
  hkmoInvested: { kind: 'boolean', label: '港澳资企业' },
  /** 本年度设备购置与技术改造投资 */
  upgradeInvestmentWan: { kind: 'number', label: '本年度技改投资', unit: '万元', range: [0, 10000000] },
  /** moved or set up a base from Shenzhen or Zhongshan (深圳研发 + 江门生产 …) */
  fromFusionCity: { kind: 'boolean', label: '深圳或中山企业来江投资' }
} as const satisfies Record<string, CompanyFact>
export type CompanyFactName = keyof typeof COMPANY_FACTS
export const COMPANY_FACT_NAMES = Object.keys(COMPANY_FACTS) as CompanyFactName[]

/** a company's answers, as saved on the device (derived facts are computed, never stored) */
export type CompanyProfile = Partial<Record<CompanyFactName, number | string | boolean | readonly string[]>>

// ── the enterprise policy

/** 资金补助, 奖励, 税费减免, 贴息与融资, 用地保障, 租金减免, 人才支持, 服务保障 */
export const ENTERPRISE_BENEFITS = ['subsidy', 'reward', 'tax', 'finance', 'land', 'rent', 'talent', 'service'] as const
export type EnterpriseBenefit = (typeof ENTERPRISE_BENEFITS)[number]

/** 免申即享 (granted without applying), 快申快享 (a short form, paid within 60 working days), 依申请 */
export const GRANT_MODES = ['no_apply', 'fast', 'apply'] as const
export type GrantMode = (typeof GRANT_MODES)[number]

/** one published change of a policy: its revision, the day, what kind and what changed in the policy's words */
export interface PolicyChange {
  revision: number
  on: string
  kind: 'changed' | 'extended'
  text: string
}

export interface EnterprisePolicy {
  id: string
  city: CityId
  /** the Jiangmen district that issues it; absent for a city-wide policy */
  district?: District
  title: string
  aliases: readonly string[]
  issuer: string
  /** 文号; sample ones say 示例 */
  docNumber: string
  issuedOn: string
  effectiveFrom: string
  expiresOn: string
  checkedOn: string
  benefit: EnterpriseBenefit
  mode: GrantMode
  /** absent for a benefit in kind (用地保障, 服务保障) */
  amount?: PolicyAmount
  summary: string
  /** who qualifies, as a rule over COMPANY_FACTS */
  conditions: Rule
  conditionText: readonly string[]
  materials: readonly PolicyMaterial[]
  /** 兑现时限: working days from a complete application (or from the data, for 免申即享) to payment */
  fulfilmentWorkingDays?: number
  window: ApplicationWindow
  channels: readonly PolicyChannel[]
  phone: string
  /** the policy text's revision: 1 as first published, one more for each change below */
  revision: number
  /** its published changes, oldest first; the notice on the module's home reads those after what the user saw */
  changes: readonly PolicyChange[]
  sample: true
  source: string
}
