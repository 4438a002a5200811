// One condition of an eligibility result in words (人才资格自测, 惠企政策匹配): met with the answer that met it, or
// what stands in the way (还差 4 个月社保, 研发费用占比还差 0.5%). Each module keeps its own wording under its
// catalogue prefix (`<prefix>.reason.*`, `<prefix>.op.*`) and names its facts and answers; the logic is here once.
import type { Translate } from '@/core/i18n'
import type { LeafResult } from '@/core/rules'

export interface ReasonVocabulary {
  /** the catalogue prefix of the reason strings: `<prefix>.reason.met`, `<prefix>.op.>=` … */
  prefix: string
  /** a fact's name when its leaf carries no label */
  factLabel(fact: string): string
  /** an answer as it reads: a choice's name, 是 / 否, a number with its unit */
  answerText(fact: string, value: unknown, unit?: string): string
  /** a module's own wording of an unmet leaf (a skill level, say), before the general ones; undefined: none */
  special?(r: LeafResult, label: string): string | undefined
}

/** a number as a person reads it: at most two decimals, none when whole (5 − 4.7 is 0.3, not 0.2999…) */
export const readableNumber = (n: number): number => Math.round(n * 100) / 100

export function ruleReasonText(t: Translate, r: LeafResult, vocabulary: ReasonVocabulary): string {
  const { prefix } = vocabulary
  const { leaf } = r
  const label = leaf.label ?? vocabulary.factLabel(leaf.fact)
  const unit = leaf.unit ?? ''
  const say = (key: string, values: Record<string, string | number>) => t(`${prefix}.reason.${key}`, values)
  const actual = vocabulary.answerText(
    leaf.fact,
    typeof r.actual === 'number' ? readableNumber(r.actual) : r.actual,
    unit
  )
  // under a `not`, the leaf failing is what meets the condition, and its being met is what stands in the way
  if ((r.outcome === 'met') !== r.negated) return say('met', { label, actual })
  if (r.negated) return say('negatedMet', { label, actual })
  if ('in' in leaf) {
    const values = leaf.in.map((v) => vocabulary.answerText(leaf.fact, v)).join('、')
    return say('in', { label, values })
  }
  // a year counted back (毕业 3 年内) reads as what it requires
  if ('op' in leaf && typeof leaf.value === 'object') return say('yearsAgo', { label, n: leaf.value.yearsAgo })
  const special = vocabulary.special?.(r, label)
  if (special !== undefined) return special
  if (r.gap !== undefined && 'op' in leaf) {
    const key = leaf.op === '>=' || leaf.op === '>' ? 'gap' : 'over'
    return say(key, { label, gap: readableNumber(r.gap), unit })
  }
  if ('op' in leaf && typeof leaf.value === 'boolean')
    return say('bool', { label, expected: vocabulary.answerText(leaf.fact, leaf.value) })
  if ('between' in leaf) return say('value', { label, op: '', value: `${leaf.between[0]}–${leaf.between[1]} ${unit}` })
  const value = typeof leaf.value === 'object' ? '' : vocabulary.answerText(leaf.fact, leaf.value, unit)
  return say('value', { label, op: t(`${prefix}.op.${leaf.op}`), value })
}
