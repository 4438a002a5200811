// How the module words its data: amounts, windows, a policy's status, and the reasons of a self-check result,
// all from the catalogue (so both scripts read them), with the wording rules every policy module shares
// (components/policy-format, components/rule-reason). The conditions' own labels come with the data.
import type { Translate } from '@/core/i18n'
import type { LeafResult } from '@/core/rules'
import type { PolicyStatus } from '@/core/talent/policy-status'
import type { ApplicationWindow, PolicyAmount, TalentFactName, Yuan } from '@/core/talent/types'
import { TALENT_FACTS } from '@/core/talent/types'
import {
  policyAmountText,
  policyStatusTag,
  policyWindowText,
  policyYuanText,
  type StatusTone
} from '@/components/policy-format'
import { ruleReasonText } from '@/components/rule-reason'

const PREFIX = 'talent'

export type { StatusTone } from '@/components/policy-format'

export const yuanText = (t: Translate, yuan: Yuan): string => policyYuanText(t, PREFIX, yuan)

export const amountText = (t: Translate, amount: PolicyAmount | undefined): string =>
  policyAmountText(t, PREFIX, amount)

export const windowText = (t: Translate, w: ApplicationWindow): string => policyWindowText(t, PREFIX, w)

/** the status as a tag: its words (never colour alone) and a tone */
export const statusTag = (t: Translate, s: PolicyStatus): { text: string; tone: StatusTone } =>
  policyStatusTag(t, PREFIX, s)

const isFact = (f: string): f is TalentFactName => f in TALENT_FACTS

/** an answer as it reads: a choice's name, 是 / 否, a number with its unit */
export function answerText(t: Translate, fact: string, value: unknown, unit?: string): string {
  if (Array.isArray(value)) return value.map((v) => answerText(t, fact, v)).join('、')
  if (typeof value === 'boolean') return t(value ? 'talent.check.yes' : 'talent.check.no')
  if (isFact(fact) && (TALENT_FACTS[fact].kind === 'choice' || fact === 'skillLevel'))
    return t(`talent.value.${fact}.${String(value)}`)
  return unit ? `${String(value)} ${unit}` : String(value)
}

/** one condition of a result: met with the answer that met it, or what is missing (还差 4 个月社保) */
export const reasonText = (t: Translate, r: LeafResult): string =>
  ruleReasonText(t, r, {
    prefix: PREFIX,
    factLabel: (fact) => t(`talent.fact.${fact}`),
    answerText: (fact, value, unit) => answerText(t, fact, value, unit),
    // a skill level (a smaller number is higher) reads as the level it requires
    special: ({ leaf }, label) =>
      'op' in leaf && leaf.fact === 'skillLevel' && typeof leaf.value === 'number'
        ? t('talent.reason.skill', { label, level: answerText(t, leaf.fact, leaf.value) })
        : undefined
  })
