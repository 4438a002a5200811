// One question of the 企业画像, drawn by the shared questionnaire control (components/fact-question) from the
// company-fact vocabulary: chips for a choice (the qualifications several at once) or a yes / no, the date picker
// for the registration date, and a number field with its unit that says in Chinese what it accepts.
import type { CompanyFactName } from '@/core/investment/types'
import { COMPANY_FACTS, type CompanyFact } from '@/core/investment/types'
import type { Translate } from '@/core/i18n'
import type { FactValue } from '@/core/rules'
import { FactQuestion, type NumberReading, type QuestionSpec } from '@/components/fact-question'
import { valueText } from './policy-format'

interface ProfileQuestionProps {
  t: Translate
  fact: CompanyFactName
  value: FactValue | undefined
  today: string
  onChange(value: FactValue | undefined): void
}

const INTEGER = /^\d+$/
/** up to two decimals: 12.5, 3000, 0.75 */
const DECIMAL = /^\d+(\.\d{1,2})?$/

/** a number's unit in the user's script (人, 万元, 件) */
const unitText = (t: Translate, fact: CompanyFactName): string =>
  (COMPANY_FACTS[fact] as CompanyFact).unit === undefined ? '' : t(`investment.unit.${fact}`)

/** a number as typed, read against the fact's rule: its form, then its range */
export function readNumber(t: Translate, fact: CompanyFactName, text: string): NumberReading {
  const f: CompanyFact = COMPANY_FACTS[fact]
  const unit = unitText(t, fact)
  const label = t(`investment.fact.${fact}`)
  if (!(f.integer ? INTEGER : DECIMAL).test(text))
    return { error: t(f.integer ? 'investment.profile.integerError' : 'investment.profile.decimalError', { unit }) }
  const n = Number(text)
  const [min, max] = f.range ?? [0, Number.MAX_SAFE_INTEGER]
  if (n < min || n > max) return { error: t('investment.profile.maxError', { label, max, unit }) }
  return { value: n }
}

function specOf(t: Translate, fact: CompanyFactName, today: string): QuestionSpec {
  const f: CompanyFact = COMPANY_FACTS[fact]
  const options = (f.values ?? []).map((v) => ({ value: v, label: valueText(t, fact, v) }))
  if (f.kind === 'choice')
    return f.multiple
      ? { kind: 'multiple', options, hint: t('investment.profile.multipleHint') }
      : { kind: 'choice', options }
  if (f.kind === 'boolean') return { kind: 'boolean' }
  if (f.kind === 'date') return { kind: 'date', end: today }
  const unit = unitText(t, fact)
  return {
    kind: 'number',
    maxlength: 12,
    keyboard: f.integer ? 'number' : 'digit',
    hint: t(f.integer ? 'investment.profile.integerHint' : 'investment.profile.decimalHint', { unit }),
    read: (text) => readNumber(t, fact, text)
  }
}

export function ProfileQuestion({ t, fact, value, today, onChange }: ProfileQuestionProps) {
  return (
    <FactQuestion
      label={t(`investment.fact.${fact}`)}
      spec={specOf(t, fact, today)}
      words={{
        yes: t('investment.profile.yes'),
        no: t('investment.profile.no'),
        skip: t('investment.profile.skip'),
        pick: t('investment.profile.pick')
      }}
      value={value}
      onChange={onChange}
    />
  )
}
