// How a policy's amount, application window and status read, for every module with policies (人才政策, 惠企政策).
// The words are each module's own, under its catalogue prefix (`<prefix>.amount.*`, `<prefix>.window.*`,
// `<prefix>.status.*`, `<prefix>.yuan.*`); the rules of wording are here once.
import type { Translate } from '@/core/i18n'
import type { PolicyStatus } from '@/core/talent/policy-status'
import type { ApplicationWindow, PolicyAmount, Yuan } from '@/core/talent/types'

const number = (t: Translate, prefix: string, n: number): string =>
  n >= 10000 && n % 1000 === 0 ? t(`${prefix}.yuan.wan`, { n: n / 10000 }) : String(n)

export const policyYuanText = (t: Translate, prefix: string, yuan: Yuan): string =>
  typeof yuan === 'number'
    ? number(t, prefix, yuan)
    : t(`${prefix}.yuan.range`, { min: number(t, prefix, yuan.min), max: number(t, prefix, yuan.max) })

export function policyAmountText(t: Translate, prefix: string, amount: PolicyAmount | undefined): string {
  if (!amount) return t(`${prefix}.amount.inKind`)
  const yuan = policyYuanText(t, prefix, amount.yuan)
  const p = amount.payment
  return p.kind === 'once'
    ? t(`${prefix}.amount.once`, { yuan })
    : p.kind === 'instalments'
      ? t(`${prefix}.amount.instalments`, { yuan, years: p.years })
      : t(`${prefix}.amount.monthly`, { yuan, months: p.months })
}

export function policyWindowText(t: Translate, prefix: string, w: ApplicationWindow): string {
  if (w.kind === 'year_round') return t(`${prefix}.window.yearRound`)
  if (w.kind === 'period') return t(`${prefix}.window.period`, { from: w.from, to: w.to })
  return t(`${prefix}.window.periodic`, { months: w.months.join('、'), from: w.days[0], to: w.days[1] })
}

export type StatusTone = 'ok' | 'warn' | 'muted' | 'info'

/** the status as a tag: its words (never colour alone) and a tone */
export function policyStatusTag(t: Translate, prefix: string, s: PolicyStatus): { text: string; tone: StatusTone } {
  switch (s.status) {
    case 'open':
      return {
        text:
          s.closesOn === '9999-12-31'
            ? t(`${prefix}.status.open`)
            : t(`${prefix}.status.openUntil`, { date: s.closesOn }),
        tone: 'ok'
      }
    case 'closed-window':
      return {
        text: s.nextOpensOn
          ? t(`${prefix}.status.nextOpens`, { date: s.nextOpensOn })
          : t(`${prefix}.status.closedWindow`),
        tone: 'warn'
      }
    case 'not-yet':
      return { text: t(`${prefix}.status.notYet`, { date: s.from }), tone: 'info' }
    case 'expired':
      return { text: t(`${prefix}.status.expiredOn`, { date: s.expiredOn }), tone: 'muted' }
  }
}
