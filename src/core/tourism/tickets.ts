// Who pays what at a gate: the concession rules of its policy applied to a visitor. A visitor gets the best rule
// they qualify for (free before half), so qualifying for more never costs more, and nothing costs more than the
// full price. An unknown fact about the visitor (no age given) never qualifies them.
import type { Concession, ConcessionCondition, ConcessionPays, Visitor } from './types'

const within = (value: number | undefined, min: number | undefined, max: number | undefined): boolean =>
  (min === undefined && max === undefined) ||
  (value !== undefined && (min === undefined || value >= min) && (max === undefined || value <= max))

/** every condition the rule names holds for the visitor */
export function qualifies(when: ConcessionCondition, v: Visitor): boolean {
  return (
    within(v.age, when.ageMin, when.ageMax) &&
    within(v.heightCm, when.heightMin, when.heightMax) &&
    (when.student === undefined || v.student === when.student) &&
    (when.disabled === undefined || v.disabled === when.disabled)
  )
}

const SHARE: Record<ConcessionPays, number> = { free: 0, half: 0.5 }

/** the amount a rule leaves to pay of a price, in yuan (half of 25 is 12.5) */
export const concessionAmount = (price: number, pays: ConcessionPays): number => price * SHARE[pays]

/** the rule a visitor enters on (the cheapest they qualify for; the first such in the data), if any */
export function bestConcession(rules: readonly Concession[], v: Visitor): Concession | undefined {
  let best: Concession | undefined
  for (const rule of rules) if (qualifies(rule.when, v) && (!best || SHARE[rule.pays] < SHARE[best.pays])) best = rule
  return best
}

export interface VisitorPrice {
  /** yuan */
  price: number
  concession?: Concession
}

/** what the visitor pays for a ticket of this full price under these rules */
export function visitorPrice(fullPrice: number, rules: readonly Concession[], v: Visitor): VisitorPrice {
  if (fullPrice <= 0) return { price: 0 }
  const concession = bestConcession(rules, v)
  return concession ? { price: concessionAmount(fullPrice, concession.pays), concession } : { price: fullPrice }
}
