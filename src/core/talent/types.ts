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
export const BENEFIT_LABELS: Readonly<Record<BenefitType, string>> = {
  living: '生活补贴',
  housing: '安家/购房补贴',
  rent: '租房补贴',
  apartment: '人才公寓',
  schooling: '子女入学',
  spouse_job: '配偶就业',
  project: '项目资助',
  talent_card: '人才卡待遇'
}
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

export const EDUCATION_LABELS: Readonly<Record<EducationLevel, string>> = {
  secondary: '中专/高中',
  college: '大专',
  bachelor: '本科',
  master: '硕士研究生',
  doctor: '博士研究生'
}
export const TITLE_LABELS: Readonly<Record<TitleLevel, string>> = {
  none: '无职称',
  junior: '初级职称',
  intermediate: '中级职称',
  associate_senior: '副高级职称',
  senior: '正高级职称'
}
export const SKILL_LEVEL_LABELS: Readonly<Record<SkillLevel, string>> = {
  1: '高级技师（一级）',
  2: '技师（二级）',
  3: '高级工（三级）',
  4: '中级工（四级）',
  5: '初级工（五级）',
  6: '无职业技能等级'
}

export const EMPLOYER_TYPE_LABELS: Readonly<Record<EmployerType, string>> = {
  government: '机关',
  public_institution: '事业单位',
  state_owned: '国有企业',
  private: '民营企业',
  foreign: '外资及港澳台资企业',
  social_org: '社会组织',
  self_employed: '个体工商户'
}
export const PLATFORM_LABELS: Readonly<Record<TalentPlatform, string>> = {
  talent_island: '江门人才岛',
  wuyi_university: '五邑大学',
  postdoc_station: '博士后科研工作站、流动站或创新实践基地',
  carbon_lab: '双碳实验室',
  high_tech_enterprise: '高新技术企业',
  shenjiang_zone: '深江经济合作区',
  cuiheng: '中山翠亨新区',
  hkmo_youth_base: '港澳青年创新创业基地'
}
export const PROGRAMME_LABELS: Readonly<Record<TalentProgramme, string>> = {
  academician: '两院院士',
  national: '国家级人才工程',
  provincial: '省级人才工程',
  city: '市级人才工程',
  none: '未入选'
}
export const CARD_TIER_LABELS: Readonly<Record<TalentCardTier, string>> = {
  a: 'A 类',
  b: 'B 类',
  c: 'C 类',
  d: 'D 类',
  none: '未持有'
}
export const CITY_ANSWER_LABELS: Readonly<Record<CityAnswer, string>> = {
  jiangmen: '江门',
  shenzhen: '深圳',
  zhongshan: '中山',
  other: '其他城市'
}
export const DISTRICT_ANSWER_LABELS: Readonly<Record<DistrictAnswer, string>> = {
  pengjiang: '蓬江区',
  jianghai: '江海区',
  xinhui: '新会区',
  taishan: '台山市',
  kaiping: '开平市',
  heshan: '鹤山市',
  enping: '恩平市',
  other: '江门以外'
}

export type FactKind = 'choice' | 'number' | 'year' | 'date' | 'boolean'

export interface TalentFact {
  /** what the question asks, e.g. 出生日期 */
  question: string
  kind: FactKind
  /** the answers a choice allows (a rule's `in` lists only these) */
  values?: readonly string[]
  /** what each of them reads as */
  valueLabels?: Readonly<Record<string, string>>
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
    question: '最高学历',
    kind: 'choice',
    values: EDUCATION_LEVELS,
    valueLabels: EDUCATION_LABELS,
    label: '学历'
  },
  fullTimeDegree: { question: '是否全日制学历', kind: 'boolean', label: '全日制学历' },
  graduationYear: { question: '毕业年份', kind: 'year', label: '毕业年份', unit: '年' },
  birthDate: { question: '出生日期', kind: 'date', label: '年龄', unit: '岁' },
  title: { question: '专业技术职称', kind: 'choice', values: TITLE_LEVELS, valueLabels: TITLE_LABELS, label: '职称' },
  skillLevel: {
    question: '职业技能等级（1 高级技师 … 5 初级工，6 无）',
    kind: 'number',
    label: '职业技能等级',
    unit: '级',
    range: [1, 6]
  },
  yearsWorked: { question: '工作年限', kind: 'number', label: '工作年限', unit: '年', range: [0, 60] },
  socialInsuranceMonths: {
    question: '在本市连续缴纳社保月数',
    kind: 'number',
    label: '社保',
    unit: '个月',
    range: [0, 600]
  },
  employerType: {
    question: '用人单位类型',
    kind: 'choice',
    values: EMPLOYER_TYPES,
    valueLabels: EMPLOYER_TYPE_LABELS,
    label: '用人单位类型'
  },
  employerCity: {
    question: '用人单位所在城市',
    kind: 'choice',
    values: CITY_ANSWERS,
    valueLabels: CITY_ANSWER_LABELS,
    label: '用人单位所在城市'
  },
  employerDistrict: {
    question: '用人单位所在区（市）',
    kind: 'choice',
    values: DISTRICT_ANSWERS,
    valueLabels: DISTRICT_ANSWER_LABELS,
    label: '用人单位所在区（市）'
  },
  employerPlatform: {
    question: '用人单位所属平台',
    kind: 'choice',
    values: TALENT_PLATFORMS,
    valueLabels: PLATFORM_LABELS,
    label: '所属平台'
  },
  talentProgramme: {
    question: '入选人才工程',
    kind: 'choice',
    values: TALENT_PROGRAMMES,
    valueLabels: PROGRAMME_LABELS,
    label: '人才工程'
  },
  talentCardTier: {
    question: '持有人才卡类别',
    kind: 'choice',
    values: TALENT_CARD_TIERS,
    valueLabels: CARD_TIER_LABELS,
    label: '人才卡类别'
  },
  hukouCity: {
    question: '户籍所在地',
    kind: 'choice',
    values: CITY_ANSWERS,
    valueLabels: CITY_ANSWER_LABELS,
    label: '户籍'
  },
  hkmoResident: { question: '是否港澳居民', kind: 'boolean', label: '港澳居民' },
  ownsHomeInCity: { question: '本人及配偶在本市是否已有住房', kind: 'boolean', label: '本市已有住房' },
  homePurchasedInCity: { question: '是否已在本市购买首套住房', kind: 'boolean', label: '在本市购买首套住房' },
  // the firm's city and district are the employer's (employerCity, employerDistrict)
  startupFounder: { question: '是否创办企业（法定代表人或主要股东）', kind: 'boolean', label: '创办企业' },
  schoolAgeChild: { question: '是否有适龄随迁子女', kind: 'boolean', label: '适龄随迁子女' },
  spouseAccompanying: { question: '配偶是否随迁且未就业', kind: 'boolean', label: '配偶随迁未就业' }
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
