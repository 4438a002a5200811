// 人才服务 (talent): the talent policies of Jiangmen and, for the 深江 and 中江 zones, Shenzhen and Zhongshan, and
// the facts their eligibility rules read. A policy's conditions are a rule of core/rules (data, never code), so
// the real policy texts can replace the sample ones without a code change.
import { CITY_IDS, JIANGMEN_DISTRICTS, type CityId, type District } from '../domain'
import type { Rule } from '../rules'

/** 生活补贴, 安家/购房补贴, 租房补贴, 人才公寓, 子女入学, 配偶就业, 项目资助, 人才卡待遇 */
export const BENEFIT_TYPES = [
  'living',
  'housing',
  'rent',
  'apartment',
  'schooling',
  'spouse_job',
  'project',
  'talent_card'
] as const
export type BenefitType = (typeof BENEFIT_TYPES)[number]
/** the benefits paid in money, so their policies state an amount; the others are in kind (a flat, a school place) */
export const CASH_BENEFITS: readonly BenefitType[] = ['living', 'housing', 'rent', 'project']

// ── the facts a rule reads, and their allowed values

/** 中专/高中, 大专, 本科, 硕士, 博士 */
export const EDUCATION_LEVELS = ['secondary', 'college', 'bachelor', 'master', 'doctor'] as const
export type EducationLevel = (typeof EDUCATION_LEVELS)[number]
/** 专业技术职称: 无, 初级, 中级, 副高级, 正高级 */
export const TITLE_LEVELS = ['none', 'junior', 'intermediate', 'associate_senior', 'senior'] as const
export type TitleLevel = (typeof TITLE_LEVELS)[number]
/**
 * 职业技能等级, 1 = 高级技师 (一级) … 5 = 初级工 (五级), 6 = none: a smaller number is a higher level, so a rule reads
 * `skillLevel <= 2` (技师 or above) and someone without a level fails it instead of staying unknown
 */
export const SKILL_LEVELS = [1, 2, 3, 4, 5, 6] as const
export type SkillLevel = (typeof SKILL_LEVELS)[number]
/** 机关, 事业单位, 国有企业, 民营企业, 外资及港澳台资企业, 社会组织, 个体工商户 */
export const EMPLOYER_TYPES = [
  'government',
  'public_institution',
  'state_owned',
  'private',
  'foreign',
  'social_org',
  'self_employed'
] as const
export type EmployerType = (typeof EMPLOYER_TYPES)[number]
/** the platforms an employer may belong to (a list answer: several at once) */
export const TALENT_PLATFORMS = [
  'talent_island',
  'wuyi_university',
  'postdoc_station',
  'carbon_lab',
  'high_tech_enterprise',
  'shenjiang_zone',
  'cuiheng',
  'hkmo_youth_base'
] as const
export type TalentPlatform = (typeof TALENT_PLATFORMS)[number]
/** 院士, 国家级人才工程, 省级人才工程, 市级人才工程, 未入选 */
export const TALENT_PROGRAMMES = ['academician', 'national', 'provincial', 'city', 'none'] as const
export type TalentProgramme = (typeof TALENT_PROGRAMMES)[number]
/** 侨都人才卡 (or the other city's talent card) class, A highest; none without a card */
export const TALENT_CARD_TIERS = ['a', 'b', 'c', 'd', 'none'] as const
export type TalentCardTier = (typeof TALENT_CARD_TIERS)[number]
/** a city answer (户籍, the employer's city): one of the three, or elsewhere */
export const CITY_ANSWERS = [...CITY_IDS, 'other'] as const
export type CityAnswer = (typeof CITY_ANSWERS)[number]
/** the employer's district: one of Jiangmen's seven, or outside Jiangmen */
export const DISTRICT_ANSWERS = [...JIANGMEN_DISTRICTS, 'other'] as const
export type DistrictAnswer = (typeof DISTRICT_ANSWERS)[number]

export type FactKind = 'choice' | 'number' | 'year' | 'date' | 'boolean'

/** a fact as the rules see it; the question and the answers' names are in the module's catalogue
 * (talent.fact.<name>, talent.value.<name>.<value>), so both scripts have them */
export interface TalentFact {
  kind: FactKind
  /** the answers a choice allows (a rule's `in` lists only these) */
  values?: readonly string[]
  /** the label every rule leaf on this fact carries, e.g. 年龄 for a birth date compared in years */
  label: string
  /** the unit every such leaf carries, e.g. 个月 */
  unit?: string
  /** a number's allowed range */
  range?: readonly [number, number]
}

/**
 * the one vocabulary of facts: the talent policies' rules read only these, with these labels and units. The facts
 * about 本市 (socialInsuranceMonths, ownsHomeInCity, homePurchasedInCity) are about the policy's own city, so a
 * person's answers are kept per city: 8 months of 社保 in Jiangmen are none in Zhongshan.
 */
export const TALENT_FACTS = {
  education: {
    kind: 'choice',
    values: EDUCATION_LEVELS,
    label: '学历'
  },
  fullTimeDegree: { kind: 'boolean', label: '全日制学历' },
  graduationYear: { kind: 'year', label: '毕业年份', unit: '年' },
  birthDate: { kind: 'date', label: '年龄', unit: '岁' },
  title: { kind: 'choice', values: TITLE_LEVELS, label: '职称' },
  skillLevel: {
    kind: 'number',
    label: '职业技能等级',
    unit: '级',
    range: [1, 6]
  },
  yearsWorked: { kind: 'number', label: '工作年限', unit: '年', range: [0, 60] },
  socialInsuranceMonths: {
    kind: 'number',
    label: '社保',
    unit: '个月',
    range: [0, 600]
  },
  employerType: {
    kind: 'choice',
    values: EMPLOYER_TYPES,
    label: '用人单位类型'
  },
  employerCity: {
    kind: 'choice',
    values: CITY_ANSWERS,
    label: '用人单位所在城市'
  },
  employerDistrict: {
    kind: 'choice',
    values: DISTRICT_ANSWERS,
    label: '用人单位所在区（市）'
  },
  employerPlatform: {
    kind: 'choice',
    values: TALENT_PLATFORMS,
    label: '所属平台'
  },
  talentProgramme: {
    kind: 'choice',
    values: TALENT_PROGRAMMES,
    label: '人才工程'
  },
  talentCardTier: {
    kind: 'choice',
    values: TALENT_CARD_TIERS,
    label: '人才卡类别'
  },
  hukouCity: {
    kind: 'choice',
    values: CITY_ANSWERS,
    label: '户籍'
  },
  hkmoResident: { kind: 'boolean', label: '港澳居民' },
  ownsHomeInCity: { kind: 'boolean', label: '本市已有住房' },
  homePurchasedInCity: { kind: 'boolean', label: '在本市购买首套住房' },
  // the firm's city and district are the employer's (employerCity, employerDistrict)
  startupFounder: { kind: 'boolean', label: '创办企业' },
  schoolAgeChild: { kind: 'boolean', label: '适龄随迁子女' },
  spouseAccompanying: { kind: 'boolean', label: '配偶随迁未就业' }
} as const satisfies Record<string, TalentFact>
export type TalentFactName = keyof typeof TALENT_FACTS
export const TALENT_FACT_NAMES = Object.keys(TALENT_FACTS) as TalentFactName[]
/** a choice fact's allowed values: the only texts a rule's `in` on it may list */
export const allowedValues = (fact: TalentFactName): readonly string[] | undefined =>
  (TALENT_FACTS[fact] as TalentFact).values

// ── the policy

/** how an amount is paid: once; in yearly instalments (分 3 年发放, the amount is the total); monthly for N months
 * (the amount is per month) */
export type Payment = { kind: 'once' } | { kind: 'instalments'; years: number } | { kind: 'monthly'; months: number }

/** yuan: an exact sum, or a range (最高 … or 1–10 M by assessment) */
export type Yuan = number | { min: number; max: number }

export interface PolicyAmount {
  yuan: Yuan
  payment: Payment
  /** e.g. 按评审等次确定 */
  note?: string
}

export interface PolicyMaterial {
  name: string
  /** 免证办: fetched from the electronic licence library, nothing to bring */
  exempt: boolean
  note?: string
}

/**
 * when applications are taken: 常年受理; only some months on some days (3、6、9、12 月 1–15 日); or one 申报期
 * (both dates inclusive). Always within the policy's own validity.
 */
export type ApplicationWindow =
  | { kind: 'year_round' }
  | { kind: 'periodic'; months: readonly number[]; days: readonly [number, number] }
  | { kind: 'period'; from: string; to: string }

export interface PolicyChannel {
  /** where to apply, as the user reads it: 江门人才网, 粤省事, 蓬江区人社局窗口 */
  name: string
  /** an official channel of data/gov/channels.json the app can open ('yss' 粤省事 …) */
  channelId?: string
  /** this app's 在线申办 matter ('talent/<policy id>') when the app takes the application */
  matterId?: string
  /** a window's address for applying in person */
  address?: string
}

export interface TalentPolicy {
  id: string
  city: CityId
  /** the Jiangmen district (区/县级市) that issues it; absent for a city-wide policy */
  district?: District
  title: string
  /** 发文机关 */
  issuer: string
  /** 文号; sample ones say 示例 */
  docNumber: string
  /** YYYY-MM-DD */
  issuedOn: string
  effectiveFrom: string
  /** the last day it is in force */
  expiresOn: string
  /** when the text was last checked against its source */
  checkedOn: string
  benefit: BenefitType
  /** absent for a benefit in kind (人才公寓, 子女入学, 配偶就业, 人才卡待遇) */
  amount?: PolicyAmount
  summary: string
  /** who qualifies, as a rule over TALENT_FACTS */
  conditions: Rule
  /** the same conditions as the policy words them */
  conditionText: readonly string[]
  materials: readonly PolicyMaterial[]
  window: ApplicationWindow
  channels: readonly PolicyChannel[]
  /** 咨询电话 */
  phone: string
  /** sample data written from public information, not the official text */
  sample: true
  /** where the figures come from */
  source: string
}
