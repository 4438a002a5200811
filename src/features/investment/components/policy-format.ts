// How the 惠企政策 pages word their data: amounts, windows, a policy's status, a company's answers and the reasons
// of a matching result, with the wording rules every policy module shares (components/policy-format,
// components/rule-reason) and this module's words. The conditions' own labels and units come with the data.
import type { Translate } from '@/core/i18n'
import type { CompanyFactName, EnterprisePolicy } from '@/core/investment/types'
import { COMPANY_FACTS } from '@/core/investment/types'
import type { LeafResult } from '@/core/rules'
import type { PolicyStatus } from '@/core/talent/policy-status'
import type { ApplicationWindow, PolicyAmount } from '@/core/talent/types'
import { policyAmountText, policyStatusTag, policyWindowText, type StatusTone } from '@/components/policy-format'
import { readableNumber, ruleReasonText } from '@/components/rule-reason'

/** the catalogue prefix of the shared wording (status, amount, window, reasons) */
const PREFIX = 'investment.policies'

export const amountText = (t: Translate, amount: PolicyAmount | undefined): string =>
  policyAmountText(t, PREFIX, amount)

export const windowText = (t: Translate, w: ApplicationWindow): string => policyWindowText(t, PREFIX, w)

export const statusTag = (t: Translate, s: PolicyStatus): { text: string; tone: StatusTone } =>
  policyStatusTag(t, PREFIX, s)

/** where a policy applies: its district, or its city */
export const whereText = (t: Translate, p: Pick<EnterprisePolicy, 'city' | 'district'>): string =>
  p.district ? t(`investment.district.${p.district}`) : t(`city.${p.city}`)

const isFact = (f: string): f is CompanyFactName => Object.prototype.hasOwnProperty.call(COMPANY_FACTS, f)

/** the name of one value of a choice: the industry chains and districts as the parks pages name them */
export function valueText(t: Translate, fact: CompanyFactName, value: string): string {
  if (fact === 'industry') return t(`investment.chain.${value}`)
  if (fact === 'district' && value !== 'other') return t(`investment.district.${value}`)
  return t(`investment.value.${fact}.${value}`)
}

/** an answer as it reads: a choice's name, 是 / 否, a number with its unit */
export function answerText(t: Translate, fact: string, value: unknown, unit?: string): string {
  if (Array.isArray(value)) return value.map((v) => answerText(t, fact, v)).join('、')
  if (typeof value === 'boolean') return t(value ? 'investment.profile.yes' : 'investment.profile.no')
  if (isFact(fact) && COMPANY_FACTS[fact].kind === 'choice') return valueText(t, fact, String(value))
  const shown = typeof value === 'number' ? String(readableNumber(value)) : String(value)
  return unit ? `${shown}${unit}` : shown
}

/** one condition of a result: met with the answer that met it, or what is missing (研发费用占营业收入比例还差 0.5%) */
export const reasonText = (t: Translate, r: LeafResult): string =>
  ruleReasonText(t, r, {
    prefix: PREFIX,
    factLabel: (fact) => t(`investment.fact.${fact}`),
    answerText: (fact, value, unit) => answerText(t, fact, value, unit)
  })
