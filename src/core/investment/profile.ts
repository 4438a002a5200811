// The company profile as the rules see it: which answers the vocabulary allows, and the facts computed from
// others (研发费用占比, 科技人员占比), which are never asked and never stored.
import { isIsoDate } from '../calendar/shanghai-time'
import type { Facts } from '../rules'
import { COMPANY_FACTS, COMPANY_FACT_NAMES, type CompanyFact, type CompanyFactName, type CompanyProfile } from './types'

/** a derived fact and the two answers it is computed from: part over whole, in per cent */
export const DERIVED_FROM = {
  rdRatio: ['rdSpendWan', 'revenueWan'],
  techStaffRatio: ['techStaff', 'headcount']
} as const satisfies Partial<Record<CompanyFactName, readonly [CompanyFactName, CompanyFactName]>>
export type DerivedFactName = keyof typeof DERIVED_FROM

const fact = (name: CompanyFactName): CompanyFact => COMPANY_FACTS[name]
export const isDerived = (name: CompanyFactName): name is DerivedFactName => fact(name).derived === true
/** the facts a company answers, in the vocabulary's order (the order the questions are asked in) */
export const ASKED_FACTS: readonly CompanyFactName[] = COMPANY_FACT_NAMES.filter((f) => !isDerived(f))

/** an answer the question allows: a choice's value (or several, for a multiple one), a number in its range, a
 * valid date, a yes or no */
export function allowedAnswer(name: CompanyFactName, v: unknown): boolean {
  const f = fact(name)
  if (f.derived) return false
  switch (f.kind) {
    case 'choice': {
      const isValue = (x: unknown): boolean => typeof x === 'string' && (f.values ?? []).includes(x)
      if (!f.multiple) return isValue(v)
      return Array.isArray(v) && v.every(isValue) && new Set(v).size === v.length
    }
    case 'number': {
      if (typeof v !== 'number' || !Number.isFinite(v)) return false
      if (f.integer && !Number.isInteger(v)) return false
      return !f.range || (v >= f.range[0] && v <= f.range[1])
    }
    case 'date':
      return typeof v === 'string' && isIsoDate(v)
    case 'boolean':
      return typeof v === 'boolean'
  }
}

const isCompanyFact = (name: string): name is CompanyFactName =>
  Object.prototype.hasOwnProperty.call(COMPANY_FACTS, name)

/** drops what the vocabulary does not allow (damaged storage, an older app's answers): never a wrong fact */
export function cleanProfile(x: unknown): CompanyProfile {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return {}
  const kept: CompanyProfile = {}
  for (const [name, v] of Object.entries(x as Record<string, unknown>))
    if (isCompanyFact(name) && allowedAnswer(name, v)) kept[name] = v as CompanyProfile[CompanyFactName]
  return kept
}

/** part over whole in per cent; unknown without both, or with nothing to divide by */
function ratio(part: unknown, whole: unknown): number | undefined {
  if (typeof part !== 'number' || typeof whole !== 'number' || whole <= 0) return undefined
  // part × 100 first: 250 of 5,000 is exactly 5, not 5.000000000000001
  return (part * 100) / whole
}

/** the facts the rules read: the allowed answers, with the derived ones computed from theirs */
export function companyFacts(profile: CompanyProfile): Facts {
  const facts: Record<string, Facts[string]> = { ...cleanProfile(profile) }
  for (const [name, [part, whole]] of Object.entries(DERIVED_FROM)) facts[name] = ratio(facts[part], facts[whole])
  return facts
}

/** the answers a fact needs: itself, or for a derived one the two it is computed from */
export const answersFor = (name: CompanyFactName): readonly CompanyFactName[] =>
  isDerived(name) ? DERIVED_FROM[name] : [name]
