// How the module words its data: amounts, windows, a policy's status, and the reasons of a self-check result,
// all from the catalogue (so both scripts read them). The conditions' own labels come with the data.
import type { Translate } from '@/core/i18n'
import type { LeafResult } from '@/core/rules'
import type { PolicyStatus } from '@/core/talent/policy-status'
import type { ApplicationWindow, PolicyAmount, TalentFactName, Yuan } from '@/core/talent/types'
import { TALENT_FACTS } from '@/core/talent/types'

const number = (t: Translate, n: number): string =>
  n >= 10000 && n % 1000 === 0 ? t('talent.yuan.wan', { n: n / 10000 }) : String(n)

export const yuanText = (t: Translate, yuan: Yuan): string =>
  typeof yuan === 'number'
    ? number(t, yuan)
    : t('talent.yuan.range', { min: number(t, yuan.min), max: number(t, yuan.max) })

export function amountText(t: Translate, amount: PolicyAmount | undefined): string {
  if (!amount) return t('talent.amount.inKind')
  const yuan = yuanText(t, amount.yuan)
  const p = amount.payment
  return p.kind === 'once'
    ? t('talent.amount.once', { yuan })
    : p.kind === 'instalments'
      ? t('talent.amount.instalments', { yuan, years: p.years })
      : t('talent.amount.monthly', { yuan, months: p.months })
}

export function windowText(t: Translate, w: ApplicationWindow): string {
  if (w.kind === 'year_round') return t('talent.window.yearRound')
  if (w.kind === 'period') return t('talent.window.period', { from: w.from, to: w.to })
  return t('talent.window.periodic', { months: w.months.join('、'), from: w.days[0], to: w.days[1] })
}

export type StatusTone = 'ok' | 'warn' | 'muted' | 'info'

/** the status as a tag: its words (never colour alone) and a tone */
export function statusTag(t: Translate, s: PolicyStatus): { text: string; tone: StatusTone } {
  switch (s.status) {
    case 'open':
      return {
        text:
          s.closesOn === '9999-12-31' ? t('talent.status.open') : t('talent.status.openUntil', { date: s.closesOn }),
        tone: 'ok'
      }
    case 'closed-window':
      return {
        text: s.nextOpensOn ? t('talent.status.nextOpens', { date: s.nextOpensOn }) : t('talent.status.closedWindow'),
        tone: 'warn'
      }
    case 'not-yet':
      return { text: t('talent.status.notYet', { date: s.from }), tone: 'info' }
    case 'expired':
      return { text: t('talent.status.expiredOn', { date: s.expiredOn }), tone: 'muted' }
  }
}

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
export function reasonText(t: Translate, r: LeafResult): string {
  const { leaf } = r
  const label = leaf.label ?? t(`talent.fact.${leaf.fact}`)
  const unit = leaf.unit ?? ''
  // a date compared in years (年龄) reads as the years; the answer itself as it was given otherwise
  const actual = answerText(t, leaf.fact, r.actual, unit)
  // under a `not`, the leaf failing is what meets the condition, and its being met is what stands in the way
  if ((r.outcome === 'met') !== r.negated) return t('talent.reason.met', { label, actual })
  if (r.negated) return t('talent.reason.negatedMet', { label, actual })
  if ('in' in leaf) {
    const values = leaf.in.map((v) => answerText(t, leaf.fact, v)).join('、')
    return t('talent.reason.in', { label, values })
  }
  // a year counted back (毕业 3 年内) and a skill level (a smaller number is higher) read as what they require
  if ('op' in leaf && typeof leaf.value === 'object')
    return t('talent.reason.yearsAgo', { label, n: leaf.value.yearsAgo })
  if ('op' in leaf && leaf.fact === 'skillLevel' && typeof leaf.value === 'number')
    return t('talent.reason.skill', { label, level: answerText(t, leaf.fact, leaf.value) })
  if (r.gap !== undefined && 'op' in leaf) {
    const key = leaf.op === '>=' || leaf.op === '>' ? 'talent.reason.gap' : 'talent.reason.over'
    return t(key, { label, gap: r.gap, unit })
  }
  if ('op' in leaf && typeof leaf.value === 'boolean')
    return t('talent.reason.bool', { label, expected: t(leaf.value ? 'talent.check.yes' : 'talent.check.no') })
  if ('between' in leaf)
    return t('talent.reason.value', { label, op: '', value: `${leaf.between[0]}–${leaf.between[1]} ${unit}` })
  const value = typeof leaf.value === 'object' ? '' : answerText(t, leaf.fact, leaf.value, unit)
  return t('talent.reason.value', { label, op: t(`talent.op.${leaf.op}`), value })
}
